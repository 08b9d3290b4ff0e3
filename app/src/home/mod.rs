//! The home page: "I need help" situations, a search box, and the audience choice. With an
//! audience chosen, it turns to that group: its questions and its services come first.

use crate::audience::AudienceTilesFor;
use crate::audience::{use_chosen_audience, with_audience};
use crate::common::count;
use crate::faq::load_faq_items;
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
    view! {
        <Title text="" />
        <Meta name="description" content="Najděte sociální služby a pomoc ve svém okolí: pro seniory, rodiny s dětmi, lidi se zdravotním postižením i v krizi." />
        <section class="hero" aria-labelledby="hero-heading">
            <Suspense>
                {move || Suspend::new(async move {
                    let audiences = site.await.map(|s| s.audiences).unwrap_or_default();
                    let name = chosen.get().and_then(|slug| audiences.into_iter().find(|a| a.slug == slug)).map(|a| a.name);
                    match name {
                        Some(name) => view! { <h1 id="hero-heading">{format!("Pomoc pro skupinu: {name}")}</h1> }.into_any(),
                        None => view! { <h1 id="hero-heading">"Najděte pomoc ve svém okolí"</h1> }.into_any(),
                    }
                })}
            </Suspense>
            <p class="lead">"Sociální služby, poradny a další pomoc na jednom místě: kdo pomáhá, komu, kde a jak se s ním spojit."</p>
            <form class="search-box" method="get" action="/sluzby" role="search">
                <label for="home-q">"Co hledáte?"</label>
                <div class="search-row">
                    <input id="home-q" name="q" type="search" autocomplete="off" placeholder="např. pečovatelská služba, dluhy, jídlo" />
                    <button type="submit">"Hledat"</button>
                </div>
                {move || chosen.get().map(|a| view! { <input type="hidden" name="skupina" value=a.to_string() /> })}
            </form>
        </section>

        <section aria-labelledby="help-heading">
            <h2 id="help-heading">"Potřebuji pomoc"</h2>
            <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
                {move || Suspend::new(async move {
                    situations.await.ok().map(|answers| view! {
                        <ul class="answers">
                            {answers.into_iter().map(|a| view! { <li><a class="answer" href=a.href>{a.label}</a></li> }).collect_view()}
                        </ul>
                    })
                })}
            </Suspense>
        </section>

        <section aria-labelledby="audience-heading">
            <h2 id="audience-heading">"Pro koho hledáte pomoc?"</h2>
            <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
                {move || Suspend::new(async move {
                    site.await.ok().map(|site| {
                        let total = site.service_count;
                        let chosen = chosen.get();
                        let tiles = chosen.is_none().then(|| view! { <AudienceTilesFor audiences=site.audiences chosen=None /> });
                        let change = chosen.is_some().then(|| view! {
                            <p><a href="/skupina">"Změnit skupinu"</a>" · "<a href="/?skupina=">"Zobrazit vše pro všechny"</a></p>
                        });
                        view! {
                            {tiles}
                            {change}
                            <p>
                                <a href=with_audience("/sluzby", chosen.as_ref())>
                                    {match chosen { Some(_) => "Služby pro vybranou skupinu".to_owned(), None => format!("Všechny služby ({})", count(total, "služba", "služby", "služeb")) }}
                                </a>
                            </p>
                        }
                    })
                })}
            </Suspense>
        </section>

        <section aria-labelledby="faq-heading">
            <h2 id="faq-heading">"Časté dotazy"</h2>
            <Transition fallback=|| view! { <p class="loading">"Načítám…"</p> }>
                {move || Suspend::new(async move {
                    questions.await.ok().map(|items| view! {
                        <ul class="link-list">
                            {items.into_iter().take(HOME_QUESTIONS).map(|f| view! { <li><a href=format!("/dotazy/{}", f.slug)>{f.question}</a></li> }).collect_view()}
                        </ul>
                        <p><a href=with_audience("/dotazy", chosen.get_untracked().as_ref())>"Všechny dotazy"</a></p>
                    })
                })}
            </Transition>
        </section>
    }
}
