//! The top menu, with the chosen audience brought forward, and the bottom menu of topics, which
//! shows the chosen audience's topics.

use super::use_site;
use crate::audience::{use_chosen_audience, with_audience};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::components::A;

/// One row on a phone: the chosen audience (or "Pro koho?") in front, the rest folded behind
/// "Nabídka", a disclosure that opens without JavaScript. On a wide screen the menu stands open.
#[component]
pub fn MainMenu() -> impl IntoView {
    let chosen = use_chosen_audience();
    let i18n = use_i18n();
    let link = move |path: &str| i18n.href(&with_audience(path, chosen.get().as_ref()));
    let plain = move |path: &str| i18n.href(path);
    view! {
        <nav class="main-nav" aria-label=i18n.t("menu-label")>
            <AudienceChip />
            <details class="menu-fold">
                <summary>{i18n.t("menu-fold")}</summary>
                <ul class="main-menu">
                    <li><A href=plain("/pomoc")>{i18n.t("menu-help")}</A></li>
                    <li><A href=move || link("/sluzby")>{i18n.t("menu-services")}</A></li>
                    <li><A href=move || link("/mapa")>{i18n.t("menu-map")}</A></li>
                    <li><A href=move || link("/dotazy")>{i18n.t("menu-questions")}</A></li>
                    <li><A href=plain("/novinky")>{i18n.t("menu-news")}</A></li>
                    <li><A href=plain("/akce")>{i18n.t("menu-events")}</A></li>
                    <li><A href=plain("/plan")>{i18n.t("menu-plan")}</A></li>
                    <li><A href=plain("/ankety")>{i18n.t("menu-surveys")}</A></li>
                    <li><A href=plain("/hledat")>{i18n.t("menu-search")}</A></li>
                </ul>
            </details>
        </nav>
    }
}

/// The chosen audience, to change it; or the question that leads to choosing one.
#[component]
fn AudienceChip() -> impl IntoView {
    let chosen = use_chosen_audience();
    let site = use_site();
    let i18n = use_i18n();
    let chooser = i18n.href("/skupina");
    view! {
        <Suspense>
            {move || {
                let chooser = chooser.clone();
                Suspend::new(async move {
                let audiences = site.await.map(|s| s.audiences).unwrap_or_default();
                let name = chosen
                    .get()
                    .and_then(|slug| audiences.into_iter().find(|a| a.slug == slug))
                    .map(|a| a.name);
                match name {
                    Some(name) => {
                        let label = i18n.t_with("menu-audience-chosen", &[("name", name.clone().into())]);
                        view! {
                            <a class="audience-chip chosen" href=chooser aria-label=label>
                                <span class="audience-label">{i18n.t("menu-audience-for")}" "</span>{name}
                            </a>
                        }
                        .into_any()
                    }
                    None => view! { <a class="audience-chip" href=chooser>{i18n.t("menu-audience-ask")}</a> }.into_any(),
                }
            })
            }}
        </Suspense>
    }
}

/// Topics: the chosen audience's, or all of them.
#[component]
pub fn TopicMenu() -> impl IntoView {
    let chosen = use_chosen_audience();
    let site = use_site();
    let i18n = use_i18n();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let site = site.await.ok()?;
                let chosen = chosen.get();
                let audience = chosen.as_ref().and_then(|slug| site.audiences.iter().find(|a| &a.slug == slug));
                let topics: Vec<_> = match audience {
                    Some(a) => a.topics.iter().filter_map(|t| site.topics.iter().find(|x| &x.slug == t)).cloned().collect(),
                    None => site.topics.clone(),
                };
                let heading = match audience {
                    Some(a) => i18n.t_with("menu-topics-for", &[("name", a.name.clone().into())]),
                    None => i18n.t("menu-topics"),
                };
                let label = heading.clone();
                Some(view! {
                    <nav class="topic-menu" aria-label=label>
                        <h2>{heading}</h2>
                        <ul>
                            {topics
                                .into_iter()
                                .map(|t| {
                                    let href = i18n.href(&with_audience(&format!("/dotazy?tema={}", t.slug), chosen.as_ref()));
                                    view! { <li><a href=href>{t.name}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    </nav>
                })
            })}
        </Suspense>
    }
}
