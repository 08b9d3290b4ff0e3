//! The result list, its paging, and the empty state that says what to change.

use super::CatalogView;
use crate::i18n::use_i18n;
use domain::catalog::ServiceSummary;
use domain::{DeliveryForm, Filter};
use leptos::prelude::*;

/// "ambulantní, terénní", in the page's language.
pub fn forms_text(forms: &[DeliveryForm]) -> String {
    let i18n = use_i18n();
    forms
        .iter()
        .map(|f| i18n.form(*f))
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
    let i18n = use_i18n();
    let reaches = |n| {
        let municipalities = i18n.count("municipalities-count", n);
        i18n.t_with("card-reaches", &[("municipalities", municipalities.into())])
    };
    let place = match (service.places.as_slice(), service.reaches) {
        ([], 0) => None,
        ([], n) => Some(reaches(n)),
        (places, 0) => Some(places.join(", ")),
        (places, n) => Some(format!("{}; {}", places.join(", "), reaches(n))),
    };
    view! {
        <article class="service-card" aria-labelledby=labelled_by>
            <h2 id=heading_id>
                <a href=i18n.href(&format!("/sluzby/{}", service.id)) target=crate::embed::new_tab() lang=i18n.czech_text()>{service.name}</a>
            </h2>
            <p class="provider" lang=i18n.czech_text()>{service.organization.name}</p>
            <p class="facts">
                {service.service_type.map(|t| view! { <span class="badge">{i18n.service_type(t)}</span> })}
                <span>{forms_text(&service.forms)}</span>
                {domain::ServiceLanguage::worth_telling(&service.languages).then(|| view! {
                    <span class="languages">{i18n.t_with("card-languages", &[("languages", i18n.languages(&service.languages).into())])}</span>
                })}
                {place.map(|p| view! { <span>{p}</span> })}
            </p>
            {(!service.excerpt.is_empty()).then(|| view! { <p class="excerpt" lang=i18n.czech_text()>{service.excerpt}</p> })}
            {service
                .phone
                .map(|p| {
                    view! {
                        <p class="card-phone">
                            <a class="phone" href=p.href()>{i18n.t_with("card-call", &[("phone", p.display().into())])}</a>
                        </p>
                    }
                })}
        </article>
    }
}

/// Links to the other pages of results, with the current one marked for screen readers.
#[component]
pub fn Pagination(view: CatalogView, filter: Filter, page: u32, page_count: u32) -> impl IntoView {
    let i18n = use_i18n();
    (page_count > 1).then(|| {
        let link = move |n: u32| view.href(&filter.with_page(n));
        view! {
            <nav class="pagination" aria-label=i18n.t("pages-label")>
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{i18n.t("pages-previous")}</a> })}
                <ul>
                    {(1..=page_count)
                        .filter(|n| *n == 1 || *n == page_count || n.abs_diff(page) <= 2)
                        .map(|n| {
                            let current = (n == page).then_some("page");
                            view! {
                                <li>
                                    <a href=link(n) aria-current=current aria-label=i18n.t_with("pages-page", &[("page", n.into())])>{n}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(page < page_count).then(|| view! { <a href=link(page + 1) rel="next">{i18n.t("pages-next")}</a> })}
            </nav>
        }
    })
}

/// No results: every criterion that could be dropped, as a link that drops it.
#[component]
pub fn EmptyState(view: CatalogView, filter: Filter) -> impl IntoView {
    let i18n = use_i18n();
    let mut suggestions: Vec<(String, String)> = Vec::new();
    if !filter.text.is_empty() {
        suggestions.push((
            i18n.t_with(
                "empty-without-text",
                &[("text", filter.text.clone().into())],
            ),
            view.href(&filter.changed(|f| f.text.clear())),
        ));
    }
    if filter.audience.is_some() {
        suggestions.push((
            i18n.t("empty-all-audiences"),
            view.href(&filter.changed(|f| f.audience = None)),
        ));
    }
    if filter.municipality.is_some() {
        suggestions.push((
            i18n.t("empty-all-municipalities"),
            view.href(&filter.changed(|f| f.municipality = None)),
        ));
    }
    if !filter.forms.is_empty() {
        suggestions.push((
            i18n.t("empty-all-forms"),
            view.href(&filter.changed(|f| f.forms.clear())),
        ));
    }
    if !filter.languages.is_empty() {
        suggestions.push((
            i18n.t("empty-all-languages"),
            view.href(&filter.changed(|f| f.languages.clear())),
        ));
    }
    if !filter.service_types.is_empty() {
        suggestions.push((
            i18n.t("empty-all-types"),
            view.href(&filter.changed(|f| f.service_types.clear())),
        ));
    }
    view! {
        <section class="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{i18n.t("empty-heading")}</h2>
            <p>{i18n.t("empty-widen")}</p>
            <ul class="link-list">
                {suggestions.into_iter().map(|(text, href)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                <li><a href=view.path()>{i18n.t("empty-all")}</a></li>
            </ul>
            <p class="muted">{i18n.t("empty-hint")}</p>
        </section>
    }
}
