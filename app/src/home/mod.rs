//! The home page: a search box, and "who are you looking for help for?" as audience tiles.

use crate::common::count;
use crate::layout::use_site;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    view! {
        <Title text="" />
        <Meta name="description" content="Najděte sociální služby a pomoc ve svém okolí: pro seniory, rodiny s dětmi, lidi se zdravotním postižením i v krizi." />
        <section class="hero" aria-labelledby="hero-heading">
            <h1 id="hero-heading">"Najděte pomoc ve svém okolí"</h1>
            <p class="lead">"Sociální služby, poradny a další pomoc na jednom místě: kdo pomáhá, komu, kde a jak se s ním spojit."</p>
            <form class="search-box" method="get" action="/sluzby" role="search">
                <label for="home-q">"Co hledáte?"</label>
                <div class="search-row">
                    <input id="home-q" name="q" type="search" autocomplete="off" placeholder="např. pečovatelská služba, dluhy, jídlo" />
                    <button type="submit">"Hledat"</button>
                </div>
            </form>
        </section>
        <section aria-labelledby="audience-heading">
            <h2 id="audience-heading">"Pro koho hledáte pomoc?"</h2>
            <Suspense fallback=|| view! { <p>"Načítám…"</p> }>
                {move || Suspend::new(async move {
                    site.await
                        .map(|site| {
                            let total = site.service_count;
                            view! {
                                <ul class="audience-tiles">
                                    {site
                                        .audiences
                                        .into_iter()
                                        .map(|a| {
                                            view! {
                                                <li>
                                                    <a href=format!("/sluzby?skupina={}", a.slug)>
                                                        <span class="tile-title">{a.name}</span>
                                                        <span class="tile-text">{a.description}</span>
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                <p>
                                    <a href="/sluzby">{format!("Všechny služby ({})", count(total, "služba", "služby", "služeb"))}</a>
                                </p>
                            }
                                .into_any()
                        })
                        .unwrap_or_else(|e| view! { <p role="alert">{e.to_string()}</p> }.into_any())
                })}
            </Suspense>
        </section>
    }
}
