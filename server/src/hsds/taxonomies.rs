//! The portal's taxonomies and their terms.

use super::params::ListParams;
use super::{ApiError, Context};
use crate::routes::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use domain::hsds::{self, Kind, Page, Taxonomy, TaxonomyTerm};

pub async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Page<Taxonomy>>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    let all: Vec<Taxonomy> = hsds::taxonomies(&cx.ids)
        .into_iter()
        .filter(|t| matches(&params.search, &[&t.name, &t.description]))
        .collect();
    Ok(Json(page(&params, all)))
}

pub async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Taxonomy>, ApiError> {
    let cx = Context::load(&state).await?;
    hsds::taxonomies(&cx.ids)
        .into_iter()
        .find(|t| t.id == id)
        .map(Json)
        .ok_or(ApiError::NotFound)
}

pub async fn terms(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    let params = ListParams::read(raw.as_deref())?;
    let cx = Context::load(&state).await?;
    if let Some(taxonomy) = &params.taxonomy_id
        && cx.ids.parse(Kind::Taxonomy, taxonomy).is_none()
    {
        return Err(ApiError::BadRequest("Neznámé taxonomy_id.".into()));
    }
    let all: Vec<TaxonomyTerm> = all_terms(&cx)
        .into_iter()
        .filter(|t| {
            params
                .taxonomy_id
                .as_ref()
                .is_none_or(|id| t.taxonomy_id.as_ref() == Some(id))
        })
        .filter(|t| matches(&params.search, &[&t.name, t.code.as_deref().unwrap_or("")]))
        .collect();
    Ok(Json(page(&params, all)))
}

pub async fn term(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<TaxonomyTerm>, ApiError> {
    let cx = Context::load(&state).await?;
    all_terms(&cx)
        .into_iter()
        .find(|t| t.id == id)
        .map(Json)
        .ok_or(ApiError::NotFound)
}

pub(crate) fn all_terms(cx: &Context) -> Vec<TaxonomyTerm> {
    hsds::terms(&cx.audiences)
        .iter()
        .map(|t| t.to_hsds(&cx.ids))
        .collect()
}

/// Whether any of `fields` holds the search text (folded, as the catalogue compares).
fn matches(search: &str, fields: &[&str]) -> bool {
    let needle = domain::text::fold(search);
    needle.is_empty()
        || fields
            .iter()
            .any(|f| domain::text::fold(f).contains(&needle))
}

fn page<T: Clone>(params: &ListParams, all: Vec<T>) -> Page<T> {
    params.page(params.slice(&all).to_vec(), all.len())
}
