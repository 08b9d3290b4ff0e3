//! The results page: a search form, then each kind of result under its heading.

use super::api::{SiteResults, search_site};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::query::encode;
use domain::site_search::Kind;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn SiteSearchPage() -> impl IntoView {
    let query = use_query_map();
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("menu-search") />
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
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    view! {
        <section class="site-search" aria-labelledby="search-heading">
            <h1 id="search-heading">{i18n.t("search-heading")}</h1>
            <form method="get" action=i18n.href("/hledat") role="search" class="search-box">
                <label for="site-q">{i18n.t("home-search-label")}</label>
                <div class="search-row">
                    <input id="site-q" name="q" type="search" value=text.clone() maxlength="200" />
                    <button type="submit" class="button">{i18n.t("home-search")}</button>
                </div>
            </form>
            {nothing.then(|| view! {
                <p role="status">{i18n.t_with("search-nothing", &[("text", text.clone().into())])}" "
                    <a href=i18n.href("/pomoc")>{i18n.t("offline-wizard")}</a>"."</p>
            })}
            {(service_total > 0).then(|| view! {
                <section aria-labelledby="found-services">
                    <h2 id="found-services">{format!("{} ({service_total})", i18n.t("menu-services"))}</h2>
                    <ul class="link-list">
                        {services.into_iter().map(|s| view! {
                            <li><a href=i18n.href(&format!("/sluzby/{}", s.id)) lang=czech>{s.name}</a>
                                <span class="muted" lang=czech>{format!(" · {}", s.organization.name)}</span></li>
                        }).collect_view()}
                    </ul>
                    <p><a href=i18n.href(&format!("/sluzby?q={encoded}"))>
                        {i18n.t_with("search-all-services", &[("services", i18n.count("services-count", service_total).into())])}
                    </a></p>
                </section>
            })}
            {(faq_total > 0).then(|| view! {
                <section aria-labelledby="found-faqs">
                    <h2 id="found-faqs">{format!("{} ({faq_total})", i18n.t("faq-title"))}</h2>
                    <ul class="link-list">
                        {faqs.into_iter().map(|(href, question)| view! { <li><a href=i18n.href(&href)>{question}</a></li> }).collect_view()}
                    </ul>
                    <p><a href=i18n.href(&format!("/dotazy?q={encoded}"))>{i18n.t("search-all-faqs")}</a></p>
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
