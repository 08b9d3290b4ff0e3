//! A page that shows what a resident typed, when it found nothing, is theirs alone: the words may
//! be a name, an address or a birth number. It says so (`Cache-Control: private, no-cache`), so
//! the server does not keep it for whoever asks for that address next, nor may a shared cache.
//! Text that found something is made of the portal's own words (every term of a search must
//! match), and such a page may be kept.

/// Marks the page being rendered as private when `text` was typed and `found` nothing.
pub fn mark_if_found_nothing(text: &str, found: usize) {
    if found == 0
        && !text.trim().is_empty()
        && let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
    {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("private, no-cache"),
        );
    }
}
