//! `/sluzby`: the catalogue. The URL query is the whole state: the server renders the complete
//! page from it, and the filter form is a GET form to the next query.

use super::api::search_services;
use super::filter_form::{FilterForm, OwnLanguageLink};
use super::results::{EmptyState, Pagination, ResultList};
use super::view_switch::{CatalogView, ViewSwitch};
use crate::common::ErrorPage;
use crate::i18n::use_i18n;
use domain::{Filter, FilterNotice};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

#[component]
pub fn CatalogPage() -> impl IntoView {
    let location = use_location();
    let parsed = Memo::new(move |_| Filter::from_query(&location.search.get()));
    #[cfg(feature = "ssr")]
    if let Some(recorder) = crate::needs::record::Recorder::for_page() {
        recorder.count(crate::needs::record::from_wizard(
            &location.search.get_untracked(),
        ));
    }
    let results = Resource::new(
        move || parsed.get(),
        |parsed| async move { search_services(parsed?.filter.to_query()).await },
    );

    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("catalog-title") />
        <Meta name="description" content=i18n.t("catalog-description") />
        <div class="catalog">
            <h1>{i18n.t("catalog-heading")}</h1>
            <Transition fallback=move || view! { <p class="loading">{i18n.t("catalog-loading")}</p> }>
                {move || Suspend::new(async move {
                    let page = results.await;
                    let (filter, notices) = match parsed.get_untracked() {
                        Ok(p) => (p.filter, p.notices),
                        Err(_) => (Filter::default(), Vec::new()),
                    };
                    match page {
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                        Ok(page) => {
                            let summary = i18n.count("catalog-found", page.total);
                            let has_items = !page.items.is_empty();
                            view! {
                                <OwnLanguageLink view=CatalogView::List filter=filter.clone() facets=page.facets.clone() />
                                <FilterForm view=CatalogView::List filter=filter.clone() facets=page.facets.clone() />
                                <ViewSwitch current=CatalogView::List filter=filter.clone() />
                                <Notices notices />
                                <p class="result-count" role="status" aria-live="polite">{summary}</p>
                                {if has_items {
                                    view! {
                                        <ResultList items=page.items.clone() />
                                        <Pagination view=CatalogView::List filter=filter.clone() page=page.page page_count=page.page_count() />
                                    }
                                        .into_any()
                                } else {
                                    view! { <EmptyState view=CatalogView::List filter /> }.into_any()
                                }}
                            }
                                .into_any()
                        }
                    }
                })}
            </Transition>
        </div>
    }
}

/// What the URL asked for that the page could not use.
#[component]
pub fn Notices(notices: Vec<FilterNotice>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        view! {
            <div class="notice" role="note">
                <ul>{notices.into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}</ul>
            </div>
        }
    })
}
