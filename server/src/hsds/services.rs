//! Services, organizations and services at locations.

use super::params::ListParams;
use super::{ApiError, Context};
use crate::routes::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::Redirect;
use domain::hsds::{self, Kind, Organization, Page, Service, ServiceAtLocation};
use serde_json::{Value, json};

/// `/api/hsds/`: the version and where the specification lives.
pub async fn about(State(state): State<AppState>) -> Json<Value> {
    let base = state.public_url.trim_end_matches('/');
    Json(json!({
        "version": hsds::VERSION,
        "profile": format!("{base}/api/hsds/"),
        "openapi_url": "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    }))
}

pub async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Page<Service>>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    let ids = matching(&state, &params, raw.as_deref(), &cx).await?;
    let page = params.slice(&ids);
    let contents = if params.full {
        let mut whole = Vec::new();
        for id in page {
            if let Some(detail) = state.store.service(*id).await? {
                whole.push(hsds::service(&cx.export(), &detail));
            }
        }
        whole
    } else {
        state
            .store
            .service_cores(page)
            .await?
            .iter()
            .map(|core| hsds::service_item(&cx.export(), core))
            .collect()
    };
    Ok(Json(params.page(contents, ids.len())))
}

pub async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Service>, ApiError> {
    let cx = Context::load(&state).await?;
    let detail = match cx.ids.parse(Kind::Service, &id).map(i64::try_from) {
        Some(Ok(id)) => state.store.service(id).await?,
        _ => None,
    };
    let detail = detail.ok_or(ApiError::NotFound)?;
    Ok(Json(hsds::service(&cx.export(), &detail)))
}

pub async fn organizations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Page<Organization>>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    let ids = state.store.organization_ids(&params.search).await?;
    let mut contents = Vec::new();
    for id in params.slice(&ids) {
        let full = params.full || params.full_service;
        contents.push(organization_of(&state, &cx, *id, full, params.full_service).await?);
    }
    Ok(Json(params.page(contents, ids.len())))
}

pub async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Organization>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    let id = cx
        .ids
        .parse(Kind::Organization, &id)
        .and_then(|n| i64::try_from(n).ok())
        .ok_or(ApiError::NotFound)?;
    Ok(Json(
        organization_of(&state, &cx, id, true, params.full_service).await?,
    ))
}

/// An organization: its one-to-one fields, or (`full`) its phones, seat and identifiers too,
/// with its services as list items or (`full_service`) whole.
async fn organization_of(
    state: &AppState,
    cx: &Context,
    id: i64,
    full: bool,
    full_service: bool,
) -> Result<Organization, ApiError> {
    let detail = state
        .store
        .organization(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let mut services = Vec::new();
    if full_service {
        for summary in &detail.services {
            if let Some(service) = state.store.service(summary.id).await? {
                services.push(hsds::service(&cx.export(), &service));
            }
        }
    } else if full {
        let ids: Vec<i64> = detail.services.iter().map(|s| s.id).collect();
        services = state
            .store
            .service_cores(&ids)
            .await?
            .iter()
            .map(|core| hsds::service_item(&cx.export(), core))
            .collect();
    }
    let mut organization = hsds::organization(&cx.export(), &detail, services);
    if !full {
        organization.organization_identifiers.clear();
        organization.phones.clear();
        organization.locations.clear();
        organization.contacts.clear();
        organization.attributes.clear();
    }
    Ok(organization)
}

pub async fn service_at_locations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Page<ServiceAtLocation>>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    let ids = matching(&state, &params, raw.as_deref(), &cx).await?;
    let places = state.store.places_of(&ids).await?;
    let mut contents = Vec::new();
    for (service, position) in params.slice(&places) {
        if let Some(item) = service_at_location_of(&state, &cx, *service, *position).await? {
            contents.push(item);
        }
    }
    Ok(Json(params.page(contents, places.len())))
}

pub async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ServiceAtLocation>, ApiError> {
    let cx = Context::load(&state).await?;
    let (service, position) = cx
        .ids
        .parse_place(Kind::ServiceAtLocation, &id)
        .ok_or(ApiError::NotFound)?;
    let found = service_at_location_of(&state, &cx, service, position).await?;
    Ok(Json(found.ok_or(ApiError::NotFound)?))
}

async fn service_at_location_of(
    state: &AppState,
    cx: &Context,
    service: i64,
    position: usize,
) -> Result<Option<ServiceAtLocation>, ApiError> {
    Ok(state.store.service(service).await?.and_then(|detail| {
        hsds::service_at_locations(&cx.export(), &detail)
            .into_iter()
            .nth(position)
    }))
}

/// `/otevrena-data/sluzby/{id}` (linked from the service page): on to its HSDS object.
pub async fn service_link(State(state): State<AppState>, Path(id): Path<i64>) -> Redirect {
    let ids = Context::ids(&state);
    Redirect::to(&format!("/api/hsds/services/{}", ids.service(id)))
}

/// `/otevrena-data/organizace/{id}`: on to the provider's HSDS object.
pub async fn organization_link(State(state): State<AppState>, Path(id): Path<i64>) -> Redirect {
    let ids = Context::ids(&state);
    Redirect::to(&format!("/api/hsds/organizations/{}", ids.organization(id)))
}

/// The published services matching the request, in catalogue order.
async fn matching(
    state: &AppState,
    params: &ListParams,
    raw: Option<&str>,
    cx: &Context,
) -> Result<Vec<i64>, ApiError> {
    let filter = params.filter(raw, cx)?;
    let mut ids = state.store.matching_ids(&filter).await?;
    if let Some(organization) = params.organization(cx)? {
        let own = state.store.organization_service_ids(organization).await?;
        ids.retain(|id| own.contains(id));
    }
    Ok(ids)
}
