//! `/sluzby`: the catalogue. The URL query is the whole state: the server renders the complete
//! page from it, and the filter form is a GET form to the next query.

use super::api::search_services;
use super::filter_form::FilterForm;
use super::results::{EmptyState, Pagination, ResultList};
use super::view_switch::{CatalogView, ViewSwitch};
use crate::common::{ErrorPage, count};
use domain::{Filter, FilterNotice};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

#[component]
pub fn CatalogPage() -> impl IntoView {
    let location = use_location();
    let parsed = Memo::new(move |_| Filter::from_query(&location.search.get()));
    let results = Resource::new(
        move || parsed.get(),
        |parsed| async move { search_services(parsed?.filter.to_query()).await },
    );

    view! {
        <Title text="Katalog služeb" />
        <Meta name="description" content="Sociální služby v regionu podle toho, komu pomáhají, jak a kde: poradny, pečovatelská služba, pomoc v krizi, s kontakty a mapou." />
        <div class="catalog">
            <h1>"Katalog sociálních služeb"</h1>
            <Transition fallback=|| view! { <p class="loading">"Načítám služby…"</p> }>
                {move || Suspend::new(async move {
                    let page = results.await;
                    let (filter, notices) = match parsed.get_untracked() {
                        Ok(p) => (p.filter, p.notices),
                        Err(_) => (Filter::default(), Vec::new()),
                    };
                    match page {
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                        Ok(page) => {
                            let summary = found_summary(page.total);
                            let has_items = !page.items.is_empty();
                            view! {
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

fn found_summary(total: u32) -> String {
    match total {
        0 => "Žádná služba neodpovídá vašemu výběru.".to_owned(),
        1 => "Našli jsme 1 službu.".to_owned(),
        n => format!("Našli jsme {}.", count(n, "službu", "služby", "služeb")),
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
