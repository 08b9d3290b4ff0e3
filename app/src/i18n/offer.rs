//! A first visit from a Ukrainian or English browser is offered its language, not sent there:
//! a line above the Czech page, in the offered language, with a link to this page in it and one
//! to stay in Czech (which is then remembered and the line is gone).

use super::switch::{here, switch_href};
use super::{I18n, use_i18n};
use domain::Lang;
use leptos::prelude::*;

/// The language to offer on this Czech page: the one remembered, else the browser's first
/// choice when it is not Czech; nothing once Czech was chosen.
fn offered() -> Option<Lang> {
    #[cfg(feature = "ssr")]
    {
        let parts = use_context::<http::request::Parts>()?;
        let header = |name| {
            parts
                .headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
        };
        offered_for(
            header(http::header::COOKIE),
            header(http::header::ACCEPT_LANGUAGE),
        )
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The offer for a request's `Cookie` and `Accept-Language` headers (the server keeps Czech
/// pages rendered per offer).
pub fn offered_for(cookie: &str, accept_language: &str) -> Option<Lang> {
    let wanted = match super::cookie::remembered(cookie) {
        Some(lang) => lang,
        None => domain::lang::preferred(accept_language)?,
    };
    (wanted != Lang::Cs).then_some(wanted)
}

#[component]
pub fn LanguageOffer() -> impl IntoView {
    if use_i18n().lang != Lang::Cs {
        return None;
    }
    let offered = offered()?;
    let words = I18n { lang: offered };
    let here = here();
    Some(view! {
        <aside class="lang-offer" lang=offered.code() aria-label=words.t("offer-label")>
            <p>{words.t("offer-text")}</p>
            <p class="lang-offer-actions">
                <a class="button" href=switch_href(offered, &here) hreflang=offered.code()>
                    {words.t("offer-go")}
                </a>
                <a href=switch_href(Lang::Cs, &here) lang="cs" hreflang="cs">"Zůstat v češtině"</a>
            </p>
        </aside>
    })
}
