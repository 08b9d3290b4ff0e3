//! Every version of a page: the switch in the header, which keeps the place (path and query),
//! and the `hreflang` links in the head that tell search engines and browsers about the others.

use super::use_i18n;
use domain::Lang;
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::use_location;

/// The page's address without its language prefix: path and query.
pub(super) fn here() -> String {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let query = location.search.get_untracked();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.trim_start_matches('?'))
    }
}

/// The link that switches to `lang` here. Czech goes through `/cs/...`, which remembers the
/// choice and redirects to the address without a prefix.
pub fn switch_href(lang: Lang, here: &str) -> String {
    match lang {
        Lang::Cs => format!("/cs{here}"),
        other => other.path(here),
    }
}

/// "Čeština · Українська · English", each in its own language; the current one is marked.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let here = here();
    let items = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = lang.own_name();
            if lang == i18n.lang {
                view! { <li><span aria-current="page" lang=lang.code()>{name}</span></li> }
                    .into_any()
            } else {
                let href = switch_href(lang, &here);
                view! {
                    <li><a href=href hreflang=lang.code() lang=lang.code()>{name}</a></li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=i18n.t("layout-languages")>
            <ul>{items}</ul>
        </nav>
    }
}

/// `<link rel="alternate" hreflang>` for every language, Czech also as the default.
#[component]
pub fn AlternateLinks() -> impl IntoView {
    let base = public_base();
    let here = here();
    Lang::ALL
        .into_iter()
        .map(|lang| (lang.code(), format!("{base}{}", lang.path(&here))))
        .chain([("x-default", format!("{base}{here}"))])
        .map(|(code, href)| view! { <Link rel="alternate" hreflang=code href=href /> })
        .collect_view()
}

/// The address residents reach the portal at, for links that name a whole address.
fn public_base() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::state::PublicUrl>()
            .map(|url| url.0)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_keeps_the_place() {
        assert_eq!(switch_href(Lang::Uk, "/sluzby?druh=x"), "/uk/sluzby?druh=x");
        assert_eq!(switch_href(Lang::Cs, "/pomoc/dluhy"), "/cs/pomoc/dluhy");
        assert_eq!(switch_href(Lang::En, "/"), "/en/");
    }
}
