//! The open-data API: the directory as Open Referral HSDS 3.0 under `/api/hsds/`, following the
//! specification's `openapi.json` (paging, `search`, `taxonomy_term_id`, `organization_id`,
//! `full`...) and taking the catalogue's own filter besides (`obec`, `skupina`, `forma`, `druh`,
//! `cil`). The objects come from `domain::hsds`; errors are JSON with a Czech message.

mod error;
mod params;
mod services;
pub(crate) mod taxonomies;

use crate::routes::AppState;
use axum::Router;
use axum::routing::get;
use domain::hsds::{HsdsExport, Ids};
pub use error::ApiError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/hsds", get(services::about))
        .route("/api/hsds/", get(services::about))
        .route("/api/hsds/services", get(services::list))
        .route("/api/hsds/services/{id}", get(services::one))
        .route("/api/hsds/organizations", get(services::organizations))
        .route("/api/hsds/organizations/{id}", get(services::organization))
        .route(
            "/api/hsds/service_at_locations",
            get(services::service_at_locations),
        )
        .route(
            "/api/hsds/service_at_locations/{id}",
            get(services::service_at_location),
        )
        .route("/api/hsds/taxonomies", get(taxonomies::list))
        .route("/api/hsds/taxonomies/{id}", get(taxonomies::one))
        .route("/api/hsds/taxonomy_terms", get(taxonomies::terms))
        .route("/api/hsds/taxonomy_terms/{id}", get(taxonomies::term))
        .route("/otevrena-data/sluzby/{id}", get(services::service_link))
        .route(
            "/otevrena-data/organizace/{id}",
            get(services::organization_link),
        )
}

/// What every answer's mapping needs, read once per request.
pub struct Context {
    pub ids: Ids,
    pub audiences: Vec<domain::Audience>,
    pub region: String,
}

impl Context {
    /// The ids of this portal's records.
    pub fn ids(state: &AppState) -> Ids {
        Ids::new(state.public_url.trim_end_matches('/'))
    }

    pub async fn load(state: &AppState) -> Result<Context, ApiError> {
        Ok(Context::of(&state.store, &state.public_url).await?)
    }

    /// The context of the portal published at `public_url` with this store.
    pub async fn of(store: &store::Store, public_url: &str) -> Result<Context, store::StoreError> {
        Ok(Context {
            ids: Ids::new(public_url.trim_end_matches('/')),
            audiences: store.audiences().await?,
            region: store.site_region().await?,
        })
    }

    pub fn export(&self) -> HsdsExport<'_> {
        HsdsExport {
            ids: self.ids,
            audiences: &self.audiences,
            region: &self.region,
        }
    }
}
