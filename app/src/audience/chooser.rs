//! `/skupina`: "Pro koho hledáte pomoc?" — choose the audience the site turns to, or clear it.

use crate::i18n::use_i18n;
use crate::layout::use_site;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AudiencePage() -> impl IntoView {
    let site = use_site();
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("audience-title") />
        <section aria-labelledby="chooser-heading">
            <h1 id="chooser-heading">{i18n.t("audience-heading")}</h1>
            <p class="lead">{i18n.t("audience-lead")}</p>
            <Suspense fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    site.await.ok().map(|site| view! { <AudienceTilesFor audiences=site.audiences chosen=None /> })
                })}
            </Suspense>
            <p><a href=i18n.href("/?skupina=")>{i18n.t("audience-show-all")}</a></p>
        </section>
    }
}

/// The audiences as large links that choose them; the chosen one is marked, with a link that
/// clears the choice.
#[component]
pub fn AudienceTilesFor(
    audiences: Vec<domain::Audience>,
    chosen: Option<domain::AudienceSlug>,
) -> impl IntoView {
    let any_chosen = chosen.is_some();
    let i18n = use_i18n();
    view! {
        <ul class="audience-tiles">
            {audiences
                .into_iter()
                .map(|a| {
                    let current = (chosen.as_ref() == Some(&a.slug)).then_some("true");
                    view! {
                        <li>
                            <a href=i18n.href(&format!("/?skupina={}", a.slug)) aria-current=current>
                                <span class="tile-title">{a.name}</span>
                                <span class="tile-text">{a.description}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {any_chosen.then(|| view! { <p><a href=i18n.href("/?skupina=")>{i18n.t("audience-clear")}</a></p> })}
    }
}
