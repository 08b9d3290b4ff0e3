//! The results page: a search form, then each kind of result under its heading.

use super::api::{SiteResults, search_site};
use crate::common::{count, loaded};
use domain::query::encode;
use domain::site_search::Kind;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn SiteSearchPage() -> impl IntoView {
    let query = use_query_map();
    view! {
        <Title text="Hledat" />
        <Meta name="robots" content="noindex" />
        {loaded(
            move || query.read().get("q").unwrap_or_default(),
            search_site,
            |results: SiteResults| view! { <Results results /> },
        )}
    }
}

#[component]
fn Results(results: SiteResults) -> impl IntoView {
    let SiteResults {
        text,
        services,
        service_total,
        faqs,
        faq_total,
        hits,
    } = results;
    let nothing = !text.is_empty() && service_total == 0 && faq_total == 0 && hits.is_empty();
    let encoded = encode(&text);
    let groups: Vec<_> = Kind::ALL
        .into_iter()
        .filter_map(|kind| {
            let of_kind: Vec<_> = hits.iter().filter(|h| h.kind == kind).cloned().collect();
            (!of_kind.is_empty()).then_some((kind, of_kind))
        })
        .collect();
    view! {
        <section class="site-search" aria-labelledby="search-heading">
            <h1 id="search-heading">"Hledat na portálu"</h1>
            <form method="get" action="/hledat" role="search" class="search-box">
                <label for="site-q">"Co hledáte"</label>
                <div class="search-row">
                    <input id="site-q" name="q" type="search" value=text.clone() maxlength="200" />
                    <button type="submit" class="button">"Hledat"</button>
                </div>
            </form>
            {nothing.then(|| view! {
                <p role="status">{format!("Na „{text}“ jsme nic nenašli. Zkuste jiné slovo, nebo projděte ")}
                    <a href="/pomoc">"průvodce Potřebuji pomoc"</a>"."</p>
            })}
            {(service_total > 0).then(|| view! {
                <section aria-labelledby="found-services">
                    <h2 id="found-services">{format!("Služby ({service_total})")}</h2>
                    <ul class="link-list">
                        {services.into_iter().map(|s| view! {
                            <li><a href=format!("/sluzby/{}", s.id)>{s.name}</a>
                                <span class="muted">{format!(" · {}", s.organization.name)}</span></li>
                        }).collect_view()}
                    </ul>
                    <p><a href=format!("/sluzby?q={encoded}")>
                        {format!("Všechny nalezené služby v katalogu ({})", count(service_total, "služba", "služby", "služeb"))}
                    </a></p>
                </section>
            })}
            {(faq_total > 0).then(|| view! {
                <section aria-labelledby="found-faqs">
                    <h2 id="found-faqs">{format!("Časté dotazy ({faq_total})")}</h2>
                    <ul class="link-list">
                        {faqs.into_iter().map(|(href, question)| view! { <li><a href=href>{question}</a></li> }).collect_view()}
                    </ul>
                    <p><a href=format!("/dotazy?q={encoded}")>"Všechny nalezené dotazy"</a></p>
                </section>
            })}
            {groups.into_iter().map(|(kind, hits)| {
                let heading = format!("found-{}", kind.slug());
                let labelled_by = heading.clone();
                view! {
                    <section aria-labelledby=labelled_by>
                        <h2 id=heading>{format!("{} ({})", kind.label(), hits.len())}</h2>
                        <ul class="link-list">
                            {hits.into_iter().map(|h| view! {
                                <li><a href=h.href>{h.title}</a>
                                    {(!h.excerpt.is_empty()).then(|| view! { <br /><span class="muted">{h.excerpt}</span> })}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </section>
    }
}
