//! The script that loads the bundle, hydrates the islands of a page and starts the in-page
//! navigation. The layout places it on every resident's page; an embedded view places it only
//! beside an island (the map, the wizard), a staff page only beside a form with a new password.
//! A module script, so it runs once the page is parsed, wherever it stands.

use leptos::prelude::*;

#[component]
pub fn IslandsLoader() -> impl IntoView {
    use_context::<LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}

/// Beside an island that can be embedded: the embedded view loads the bundle itself.
#[component]
pub fn EmbeddedIslandsLoader() -> impl IntoView {
    crate::embed::is_embedded().then(|| view! { <IslandsLoader /> })
}
