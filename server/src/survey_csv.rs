//! `GET /sprava/ankety/{id}/vysledky.csv`: every response of a survey, one row each, for staff
//! (free texts may name people).

use crate::csv_download::{DownloadError, attachment, failed, require_staff};
use crate::routes::AppState;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sprava/ankety/{id}/vysledky.csv", get(export))
}

const NO_SURVEY: DownloadError = DownloadError::NotFound("Anketa nebyla nalezena.");

async fn export(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Result<Response, DownloadError> {
    require_staff(&state, &session).await?;
    let id: i64 = id.parse().map_err(|_| NO_SURVEY)?;
    let survey = state
        .store
        .survey_by_id(id)
        .await
        .map_err(|e| failed(&e))?
        .ok_or(NO_SURVEY)?;
    let responses = state
        .store
        .responses(survey.id)
        .await
        .map_err(|e| failed(&e))?;
    let (header_row, rows) = survey.csv_rows(&responses);
    attachment(
        &format!("anketa-{}.csv", survey.slug),
        std::iter::once(header_row).chain(rows),
    )
}
