//! `GET /mapa/nahled.svg?<the map's query>`: the still picture of the map
//! ([`domain::map::Preview`]) that `/mapa` shows before Leaflet is ready and without JavaScript:
//! the district's municipalities and the filter's markers, clustered as the live map clusters them
//! at that zoom. Errors are plain Czech text with a 4xx status.

use crate::routes::AppState;
use app::ErrorKind;
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::Filter;
use domain::map::{Bounds, Preview};
use http::header;
use store::StoreError;

/// Browsers may show a picture this many seconds old: a preview, replaced by the live map.
const MAX_AGE: &str = "public, max-age=300";

pub fn routes() -> Router<AppState> {
    Router::new().route("/mapa/nahled.svg", get(preview))
}

#[derive(Debug, thiserror::Error)]
enum PreviewError {
    #[error("Filtr mapy nelze přečíst: {0}.")]
    Filter(#[from] domain::QueryError),
    #[error("Databáze neodpověděla, zkuste to prosím znovu.")]
    Store(#[from] StoreError),
}

impl IntoResponse for PreviewError {
    fn into_response(self) -> Response {
        let kind = match self {
            PreviewError::Filter(_) => ErrorKind::BadRequest,
            PreviewError::Store(ref error) => {
                tracing::error!(%error, "map preview failed");
                ErrorKind::Internal
            }
        };
        crate::plain_text::answer(kind.status(), self.to_string())
    }
}

async fn preview(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, PreviewError> {
    let filter = Filter::from_query(query.as_deref().unwrap_or_default())?.filter;
    let municipalities: Vec<_> = state
        .store
        .district_centres()
        .await?
        .into_iter()
        .map(|c| c.centre)
        .collect();
    // The live map opens on the district's municipalities; so does its picture.
    let district = Bounds::around(municipalities.iter().copied());
    let preview = Preview::fitting(district.unwrap_or(Bounds::point(domain::Coordinates::ORIGIN)));
    let view = state
        .store
        .map_view(&filter, district, preview.zoom())
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, MAX_AGE),
        ],
        preview.svg(&municipalities, &view.items),
    )
        .into_response())
}
