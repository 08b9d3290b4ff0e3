//! The audience a resident chose ("senioři", "rodiny s dětmi"...): the whole site turns to it.
//! The URL says it (`skupina=seniori`, or `skupina=` to clear it); a cookie remembers it for the
//! pages whose URL does not say. The server sets the cookie when a URL chooses and sends list
//! pages to the URL with the remembered audience (`server/src/audience_cookie.rs`).

mod chooser;
mod cookie;

pub use chooser::{AudiencePage, AudienceTilesFor};
pub use cookie::{COOKIE, remembered, set_cookie};

use domain::AudienceSlug;
use domain::filter::{audience_choice, keys};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, Copy)]
struct ChosenAudience(Memo<Option<AudienceSlug>>);

/// Works out the chosen audience for the page and shares it; the layout calls this once.
/// With `remember` false (an embedded view) only the URL says it: no cookie is read.
pub fn provide_chosen_audience(remember: bool) -> Memo<Option<AudienceSlug>> {
    let location = use_location();
    let remembered = remember.then(remembered_now).flatten();
    let chosen = Memo::new(move |_| {
        audience_choice(&location.search.get()).unwrap_or_else(|| remembered.clone())
    });
    provide_context(ChosenAudience(chosen));
    chosen
}

/// The audience the resident chose, if any.
pub fn use_chosen_audience() -> Memo<Option<AudienceSlug>> {
    expect_context::<ChosenAudience>().0
}

/// `path` with the chosen audience in its query, so that a link keeps the site turned to it.
pub fn with_audience(path: &str, audience: Option<&AudienceSlug>) -> String {
    match audience {
        Some(slug) if path.contains('?') => format!("{path}&{}={slug}", keys::AUDIENCE),
        Some(slug) => format!("{path}?{}={slug}", keys::AUDIENCE),
        None => path.to_owned(),
    }
}

/// The audience the request's cookie remembers. Pages render on the server only (islands), so
/// the request is always there.
fn remembered_now() -> Option<AudienceSlug> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().and_then(|parts| {
            parts
                .headers
                .get(http::header::COOKIE)?
                .to_str()
                .ok()
                .and_then(remembered)
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_audience() {
        let seniors = AudienceSlug::parse("seniori").unwrap();
        assert_eq!(
            with_audience("/sluzby", Some(&seniors)),
            "/sluzby?skupina=seniori"
        );
        assert_eq!(
            with_audience("/dotazy?tema=pece", Some(&seniors)),
            "/dotazy?tema=pece&skupina=seniori"
        );
        assert_eq!(with_audience("/sluzby", None), "/sluzby");
    }
}
