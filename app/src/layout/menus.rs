//! The top menu, with the chosen audience brought forward, and the bottom menu of topics, which
//! shows the chosen audience's topics.

use super::use_site;
use crate::audience::{use_chosen_audience, with_audience};
use leptos::prelude::*;
use leptos_router::components::A;

/// One row on a phone: the chosen audience (or "Pro koho?") in front, the rest folded behind
/// "Nabídka", a disclosure that opens without JavaScript. On a wide screen the menu stands open.
#[component]
pub fn MainMenu() -> impl IntoView {
    let chosen = use_chosen_audience();
    let link = move |path: &str| with_audience(path, chosen.get().as_ref());
    view! {
        <nav class="main-nav" aria-label="Hlavní nabídka">
            <AudienceChip />
            <details class="menu-fold">
                <summary>"Nabídka"</summary>
                <ul class="main-menu">
                    <li><A href="/pomoc">"Potřebuji pomoc"</A></li>
                    <li><A href=move || link("/sluzby")>"Služby"</A></li>
                    <li><A href=move || link("/mapa")>"Mapa"</A></li>
                    <li><A href=move || link("/dotazy")>"Dotazy"</A></li>
                    <li><A href="/novinky">"Novinky"</A></li>
                    <li><A href="/akce">"Akce"</A></li>
                    <li><A href="/plan">"Plán"</A></li>
                    <li><A href="/ankety">"Ankety"</A></li>
                    <li><A href="/hledat">"Hledat"</A></li>
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
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let audiences = site.await.map(|s| s.audiences).unwrap_or_default();
                let name = chosen
                    .get()
                    .and_then(|slug| audiences.into_iter().find(|a| a.slug == slug))
                    .map(|a| a.name);
                match name {
                    Some(name) => {
                        let label = format!("Vybraná skupina: {name}. Změnit");
                        view! {
                            <a class="audience-chip chosen" href="/skupina" aria-label=label>
                                <span class="audience-label">"Pro: "</span>{name}
                            </a>
                        }
                        .into_any()
                    }
                    None => view! { <a class="audience-chip" href="/skupina">"Pro koho?"</a> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Topics: the chosen audience's, or all of them.
#[component]
pub fn TopicMenu() -> impl IntoView {
    let chosen = use_chosen_audience();
    let site = use_site();
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
                    Some(a) => format!("Témata pro skupinu {}", a.name),
                    None => "Témata".to_owned(),
                };
                let label = heading.clone();
                Some(view! {
                    <nav class="topic-menu" aria-label=label>
                        <h2>{heading}</h2>
                        <ul>
                            {topics
                                .into_iter()
                                .map(|t| {
                                    let href = with_audience(&format!("/dotazy?tema={}", t.slug), chosen.as_ref());
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
