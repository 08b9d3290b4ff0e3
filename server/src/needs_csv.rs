//! `GET /sprava/planovani/{table}.csv`: a table of the analysis of needs for staff, with the
//! page's filters. UTF-8 with a byte-order mark, so spreadsheets read the Czech.

use crate::routes::AppState;
use app::ErrorKind;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use http::header;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sprava/planovani/{table}", get(export))
}

#[derive(Debug, thiserror::Error)]
enum ExportError {
    #[error("Přihlaste se prosím.")]
    NotSignedIn,
    #[error("Taková tabulka analýzy potřeb není.")]
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
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, ExportError> {
    let failed = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "needs export failed");
        ExportError::Failed
    };
    let table = file.strip_suffix(".csv").ok_or(ExportError::NotFound)?;
    app::admin::auth::staff_in_session(&session, &state.store)
        .await
        .map_err(|e| failed(&e))?
        .ok_or(ExportError::NotSignedIn)?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let report = app::needs::build_report(&state.store, query.as_deref().unwrap_or(""), now)
        .await
        .map_err(|e| failed(&e))?;
    let rows = report.csv(table).ok_or(ExportError::NotFound)?;
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    for row in rows {
        out.write_record(&row).map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    let disposition = format!(
        "attachment; filename=\"analyza-potreb-{table}-{}-{}.csv\"",
        report.period.from, report.period.to
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}
