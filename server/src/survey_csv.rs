//! `GET /sprava/ankety/{id}/vysledky.csv`: every response of a survey, one row each, for staff
//! (free texts may name people). UTF-8 with a byte-order mark, so spreadsheets read the Czech.

use crate::routes::AppState;
use app::ErrorKind;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::header;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sprava/ankety/{id}/vysledky.csv", get(export))
}

#[derive(Debug, thiserror::Error)]
enum ExportError {
    #[error("Přihlaste se prosím.")]
    NotSignedIn,
    #[error("Anketa nebyla nalezena.")]
    NotFound,
    #[error("Omlouváme se, export se nepodařil.")]
    Failed,
}

impl IntoResponse for ExportError {
    fn into_response(self) -> Response {
        let kind = match self {
            ExportError::NotSignedIn => ErrorKind::Unauthorized,
            ExportError::NotFound => ErrorKind::NotFound,
            ExportError::Failed => ErrorKind::Internal,
        };
        crate::plain_text::answer(kind.status(), self.to_string())
    }
}

async fn export(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Result<Response, ExportError> {
    let failed = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "survey export failed");
        ExportError::Failed
    };
    app::admin::auth::staff_in_session(&session, &state.store)
        .await
        .map_err(|e| failed(&e))?
        .ok_or(ExportError::NotSignedIn)?;
    let id: i64 = id.parse().map_err(|_| ExportError::NotFound)?;
    let survey = state
        .store
        .survey_by_id(id)
        .await
        .map_err(|e| failed(&e))?
        .ok_or(ExportError::NotFound)?;
    let responses = state
        .store
        .responses(survey.id)
        .await
        .map_err(|e| failed(&e))?;
    let (header_row, rows) = survey.csv_rows(&responses);
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    out.write_record(&header_row).map_err(|e| failed(&e))?;
    for row in rows {
        out.write_record(&row).map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    let disposition = format!("attachment; filename=\"anketa-{}.csv\"", survey.slug);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}
