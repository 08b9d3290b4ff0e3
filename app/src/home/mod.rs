//! The home page: "I need help" situations, a search box, and the audience choice. With an
//! audience chosen, it turns to that group: its questions and its services come first.

use crate::audience::AudienceTilesFor;
use crate::audience::{use_chosen_audience, with_audience};
use crate::faq::load_faq_items;
use crate::i18n::use_i18n;
use crate::layout::use_site;
use crate::wizard::load_wizard_root;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Questions the home page shows.
const HOME_QUESTIONS: usize = 5;

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let chosen = use_chosen_audience();
    let situations = Resource::new(|| (), |_| load_wizard_root());
    let questions = Resource::new(
        move || chosen.get(),
        |audience| load_faq_items(audience.map(|a| a.to_string())),
    );
    let i18n = use_i18n();
    view! {
        <Title text="" />
        <Meta name="description" content=i18n.t("home-description") />
        <section class="hero" aria-labelledby="hero-heading">
            <Suspense>
                {move || Suspend::new(async move {
                    let audiences = site.await.map(|s| s.audiences).unwrap_or_default();
                    let name = chosen.get().and_then(|slug| audiences.into_iter().find(|a| a.slug == slug)).map(|a| a.name);
                    match name {
                        Some(name) => view! { <h1 id="hero-heading">{i18n.t_with("home-heading-for", &[("name", name.into())])}</h1> }.into_any(),
                        None => view! { <h1 id="hero-heading">{i18n.t("home-heading")}</h1> }.into_any(),
                    }
                })}
            </Suspense>
            <p class="lead">{i18n.t("home-lead")}</p>
            <form class="search-box" method="get" action=i18n.href("/sluzby") role="search">
                <label for="home-q">{i18n.t("home-search-label")}</label>
                <div class="search-row">
                    <input id="home-q" name="q" type="search" autocomplete="off" placeholder=i18n.t("home-search-example") />
                    <button type="submit">{i18n.t("home-search")}</button>
                </div>
                {move || chosen.get().map(|a| view! { <input type="hidden" name="skupina" value=a.to_string() /> })}
            </form>
        </section>

        <section aria-labelledby="help-heading">
            <h2 id="help-heading">{i18n.t("menu-help")}</h2>
            <Suspense fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    situations.await.ok().map(|answers| view! {
                        <ul class="answers">
                            {answers.into_iter().map(|a| view! { <li><a class="answer" href=i18n.href(&a.href)>{a.label}</a></li> }).collect_view()}
                        </ul>
                    })
                })}
            </Suspense>
        </section>

        <section aria-labelledby="audience-heading">
            <h2 id="audience-heading">{i18n.t("home-audience-heading")}</h2>
            <Suspense fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    site.await.ok().map(|site| {
                        let total = site.service_count;
                        let chosen = chosen.get();
                        let tiles = chosen.is_none().then(|| view! { <AudienceTilesFor audiences=site.audiences chosen=None /> });
                        let change = chosen.is_some().then(|| view! {
                            <p><a href=i18n.href("/skupina")>{i18n.t("home-audience-change")}</a>" · "<a href=i18n.href("/?skupina=")>{i18n.t("home-audience-all")}</a></p>
                        });
                        view! {
                            {tiles}
                            {change}
                            <p>
                                <a href=i18n.href(&with_audience("/sluzby", chosen.as_ref()))>
                                    {match chosen { Some(_) => i18n.t("home-services-chosen"), None => i18n.t_with("home-services-all", &[("services", i18n.count("services-count", total).into())]) }}
                                </a>
                            </p>
                        }
                    })
                })}
            </Suspense>
        </section>

        <section aria-labelledby="faq-heading">
            <h2 id="faq-heading">{i18n.t("home-faq-heading")}</h2>
            <Transition fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    questions.await.ok().map(|items| view! {
                        <ul class="link-list">
                            {items.into_iter().take(HOME_QUESTIONS).map(|f| view! { <li><a href=i18n.href(&format!("/dotazy/{}", f.slug)) lang=f.in_czech.then_some("cs")>{f.question}</a></li> }).collect_view()}
                        </ul>
                        <p><a href=i18n.href(&with_audience("/dotazy", chosen.get_untracked().as_ref()))>{i18n.t("home-faq-all")}</a></p>
                    })
                })}
            </Transition>
        </section>
    }
}
