//! `/mapa`: the catalogue's filter on a map. The URL query is the catalogue's (`q`, `druh`,
//! `forma`...), plus `od` to order by distance from a municipality. Without JavaScript the page is
//! the form and the services grouped by municipality; in the browser the map joins them (the
//! page's island, [`LiveMap`], with "Blízko mě").

use super::api::{MapPageData, map_page};
use super::list::{ByMunicipality, NearbyList};
use super::live_map::LiveMap;
use super::words::{MapWords, NearMeWords};
use crate::AppError;
use crate::catalog::{
    CatalogView, EmptyState, FilterForm, Notices, OwnLanguageLink, Pagination, ViewSwitch,
};
use crate::common::{EmbeddedIslandsLoader, ErrorPage};
use crate::i18n::use_i18n;
use domain::map::{MunicipalityCentre, ORIGIN_KEY};
use domain::{Filter, FilterNotice};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;
use serde::Serialize;
use serde::de::DeserializeOwned;

#[component]
pub fn MapPage() -> impl IntoView {
    let (query, data) = query_resource(map_page);
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("map-title") />
        <Meta name="description" content=i18n.t("map-description") />
        <div class="catalog map-page">
            <h1>{i18n.t("map-title")}</h1>
            <Transition fallback=move || view! { <p class="loading">{i18n.t("map-loading")}</p> }>
                {move || Suspend::new(async move {
                    let query = query.get_untracked();
                    match data.await {
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                        Ok(data) => view! { <MapContent query data /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn MapContent(query: String, data: MapPageData) -> impl IntoView {
    let (filter, mut notices) = match Filter::from_query(&query) {
        Ok(p) => (p.filter, p.notices),
        Err(_) => (Filter::default(), Vec::new()),
    };
    if let Some(value) = &data.unknown_origin {
        notices.push(FilterNotice::InvalidMunicipality(value.clone()));
    }
    let i18n = use_i18n();
    let words = MapWords::new(i18n);
    let search = data.search;
    let summary = i18n.count("map-found", search.total);
    let origin = data.nearby.as_ref().and_then(|n| n.municipality.clone());
    let list = match data.nearby {
        Some(nearby) => {
            let place = origin.as_ref().map(|m| m.name.clone()).unwrap_or_default();
            let heading = i18n.t_with("map-nearest-to", &[("place", place.into())]);
            let (page, page_count) = (nearby.page, nearby.total.div_ceil(nearby.per_page.max(1)).max(1));
            view! {
                <h2>{heading}</h2>
                <NearbyList nearby words=words.clone() />
                <Pagination view=CatalogView::Map filter=filter.clone() page page_count />
            }
            .into_any()
        }
        None if search.items.is_empty() => {
            view! { <EmptyState view=CatalogView::Map filter=filter.clone() /> }.into_any()
        }
        None => view! {
            <h2>{i18n.t("map-by-municipality")}</h2>
            <ByMunicipality items=search.items.clone() words=words.clone() />
            <Pagination view=CatalogView::Map filter=filter.clone() page=search.page page_count=search.page_count() />
        }
        .into_any(),
    };
    let map_query = filter.with_page(1).to_query();
    let origin_form = view! {
        <OriginForm filter=filter.clone() centres=data.centres.clone() origin=origin.map(|m| m.code.to_string()) />
    };

    view! {
        <OwnLanguageLink view=CatalogView::Map filter=filter.clone() facets=search.facets.clone() />
        <FilterForm view=CatalogView::Map filter=filter.clone() facets=search.facets.clone() folded=true />
        <ViewSwitch current=CatalogView::Map filter=filter.clone() />
        <Notices notices />
        <p class="result-count" role="status" aria-live="polite">{summary}</p>
        <EmbeddedIslandsLoader />
        // The live map's code (Leaflet and the island, some 200 kB) is fetched when the resident
        // asks for it (`navigation::browser::islands`); until then the server's picture of the
        // map stands in its frame.
        <div data-on-request="">
            <LiveMap query=map_query tiles=data.tiles centres=data.centres counts=data.counts words near_words=NearMeWords::new(i18n)>
                {origin_form}
                {list}
            </LiveMap>
        </div>
        <p><a href=i18n.href(&coverage_href(&filter)) target=crate::embed::new_tab()>{i18n.t("map-coverage-link")}</a></p>
    }
}

/// "Seřadit podle vzdálenosti od obce": a GET form that keeps the filter and adds `od`.
#[component]
fn OriginForm(
    filter: Filter,
    centres: Vec<MunicipalityCentre>,
    origin: Option<String>,
) -> impl IntoView {
    let hidden = domain::query::parse_pairs(&filter.with_page(1).to_query()).unwrap_or_default();
    let i18n = use_i18n();
    view! {
        <form class="origin-form" method="get" action=crate::embed::within("/mapa")>
            <crate::embed::KeepColours />
            {hidden
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view()}
            <label for="origin">{i18n.t("map-origin")}</label>
            <div class="search-row">
                <select id="origin" name=ORIGIN_KEY>
                    <option value="" selected=origin.is_none()>{i18n.t("map-origin-pick")}</option>
                    {centres
                        .into_iter()
                        .map(|c| {
                            let code = c.municipality.code.to_string();
                            let selected = origin.as_deref() == Some(code.as_str());
                            view! { <option value=code selected=selected>{c.municipality.name}</option> }
                        })
                        .collect_view()}
                </select>
                <button type="submit">{i18n.t("map-origin-sort")}</button>
            </div>
        </form>
    }
}

/// The page's URL query (without `?`) and a resource loaded from it by `load`. A query the filter
/// cannot read is refused (400) before the server function is asked.
pub(super) fn query_resource<T, Fut>(
    load: fn(String) -> Fut,
) -> (Memo<String>, Resource<Result<T, AppError>>)
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
{
    let location = use_location();
    let query = Memo::new(move |_| location.search.get().trim_start_matches('?').to_owned());
    let data = Resource::new(
        move || query.get(),
        move |query| async move {
            Filter::from_query(&query)?;
            load(query).await
        },
    );
    (query, data)
}

/// The coverage view of the filter's service types.
fn coverage_href(filter: &Filter) -> String {
    let types = Filter {
        service_types: filter.service_types.clone(),
        ..Filter::default()
    };
    match types.to_query().as_str() {
        "" => "/mapa/pokryti".to_owned(),
        query => format!("/mapa/pokryti?{query}"),
    }
}
