//! The result list, its paging, and the empty state that says what to change.

use super::CatalogView;
use crate::common::count;
use domain::catalog::ServiceSummary;
use domain::{DeliveryForm, Filter};
use leptos::prelude::*;

/// "ambulantní, terénní"
pub fn forms_text(forms: &[DeliveryForm]) -> String {
    forms
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn ResultList(items: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <ol class="results">
            {items.into_iter().map(|s| view! { <li><ServiceCard service=s /></li> }).collect_view()}
        </ol>
    }
}

#[component]
fn ServiceCard(service: ServiceSummary) -> impl IntoView {
    let heading_id = format!("sluzba-{}", service.id);
    let labelled_by = heading_id.clone();
    let place = match (service.places.as_slice(), service.reaches) {
        ([], 0) => None,
        ([], n) => Some(format!("dojíždí do {}", count(n, "obce", "obcí", "obcí"))),
        (places, 0) => Some(places.join(", ")),
        (places, n) => Some(format!(
            "{}; dojíždí do {}",
            places.join(", "),
            count(n, "obce", "obcí", "obcí")
        )),
    };
    view! {
        <article class="service-card" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <a href=format!("/sluzby/{}", service.id) target=crate::embed::new_tab()>{service.name}</a>
            </h2>
            <p class="provider">{service.organization.name}</p>
            <p class="facts">
                {service.service_type.map(|t| view! { <span class="badge">{t.label()}</span> })}
                <span>{forms_text(&service.forms)}</span>
                {place.map(|p| view! { <span>{p}</span> })}
            </p>
            {(!service.excerpt.is_empty()).then(|| view! { <p class="excerpt">{service.excerpt}</p> })}
            {service
                .phone
                .map(|p| {
                    view! {
                        <p class="card-phone">
                            <a class="phone" href=p.href()>{format!("Zavolat {}", p.display())}</a>
                        </p>
                    }
                })}
        </article>
    }
}

/// Links to the other pages of results, with the current one marked for screen readers.
#[component]
pub fn Pagination(view: CatalogView, filter: Filter, page: u32, page_count: u32) -> impl IntoView {
    (page_count > 1).then(|| {
        let link = move |n: u32| view.href(&filter.with_page(n));
        view! {
            <nav class="pagination" aria-label="Stránky výsledků">
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">"« Předchozí"</a> })}
                <ul>
                    {(1..=page_count)
                        .filter(|n| *n == 1 || *n == page_count || n.abs_diff(page) <= 2)
                        .map(|n| {
                            let current = (n == page).then_some("page");
                            view! {
                                <li>
                                    <a href=link(n) aria-current=current aria-label=format!("Stránka {n}")>{n}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(page < page_count).then(|| view! { <a href=link(page + 1) rel="next">"Další »"</a> })}
            </nav>
        }
    })
}

/// No results: every criterion that could be dropped, as a link that drops it.
#[component]
pub fn EmptyState(view: CatalogView, filter: Filter) -> impl IntoView {
    let mut suggestions: Vec<(String, String)> = Vec::new();
    if !filter.text.is_empty() {
        suggestions.push((
            format!("Hledat bez slova „{}“", filter.text),
            view.href(&filter.changed(|f| f.text.clear())),
        ));
    }
    if filter.audience.is_some() {
        suggestions.push((
            "Pro všechny skupiny".into(),
            view.href(&filter.changed(|f| f.audience = None)),
        ));
    }
    if filter.municipality.is_some() {
        suggestions.push((
            "Ve všech obcích".into(),
            view.href(&filter.changed(|f| f.municipality = None)),
        ));
    }
    if !filter.forms.is_empty() {
        suggestions.push((
            "Všechny formy služby".into(),
            view.href(&filter.changed(|f| f.forms.clear())),
        ));
    }
    if !filter.service_types.is_empty() {
        suggestions.push((
            "Všechny druhy služeb".into(),
            view.href(&filter.changed(|f| f.service_types.clear())),
        ));
    }
    view! {
        <section class="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">"Nic jsme nenašli"</h2>
            <p>"Zkuste výběr rozšířit:"</p>
            <ul class="link-list">
                {suggestions.into_iter().map(|(text, href)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                <li><a href=view.path()>"Zobrazit všechny služby"</a></li>
            </ul>
            <p class="muted">"Hledejte obecnějším slovem, např. „dluhy“, „bydlení“ nebo „senior“."</p>
        </section>
    }
}
