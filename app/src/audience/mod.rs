//! The audience a resident chose ("senioři", "rodiny s dětmi"...): the whole site turns to it.
//! The URL says it (`skupina=seniori`, or `skupina=` to clear it); a cookie remembers it for the
//! pages whose URL does not say. The server sets the cookie for plain links and forms and sends
//! list pages to the URL with the remembered audience; in the browser the same happens here.

mod chooser;
mod cookie;

pub use chooser::{AudiencePage, AudienceTilesFor};
pub use cookie::{COOKIE, remembered, set_cookie};

use domain::AudienceSlug;
use domain::filter::{audience_choice, keys};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

#[derive(Clone, Copy)]
struct ChosenAudience(Memo<Option<AudienceSlug>>);

/// Works out the chosen audience for the page and shares it; the layout calls this once.
/// With `remember` false (an embedded view) only the URL says it: no cookie is read or written.
pub fn provide_chosen_audience(remember: bool) -> Memo<Option<AudienceSlug>> {
    let location = use_location();
    let remembered = RwSignal::new(remember.then(remembered_now).flatten());
    // Effects run in the browser only: remember what the URL chooses, as the server would.
    Effect::new(move |_| {
        if let Some(choice) = audience_choice(&location.search.get())
            && remember
        {
            write_cookie(choice.as_ref());
            remembered.set(choice);
        }
    });
    let chosen = Memo::new(move |_| {
        audience_choice(&location.search.get()).unwrap_or_else(|| remembered.get())
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

/// On a list page whose URL names no audience, go to the same URL with the chosen one (the
/// server does the same for requests that reach it).
pub fn follow_chosen_audience() {
    let location = use_location();
    let chosen = use_chosen_audience();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let search = location.search.get();
        if audience_choice(&search).is_some() {
            return;
        }
        if let Some(slug) = chosen.get() {
            let path = location.pathname.get_untracked();
            let query = search.trim_start_matches('?');
            let url = with_audience(
                &if query.is_empty() {
                    path
                } else {
                    format!("{path}?{query}")
                },
                Some(&slug),
            );
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    });
}

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
        use wasm_bindgen::JsCast;
        document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()?
            .cookie()
            .ok()
            .and_then(|c| remembered(&c))
    }
}

fn write_cookie(choice: Option<&AudienceSlug>) {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
            let _ = doc.set_cookie(&set_cookie(choice));
        }
    }
    #[cfg(feature = "ssr")]
    let _ = choice;
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
