//! `GET /sprava/planovani/{table}.csv`: a table of the analysis of needs for staff, with the
//! page's filters.

use crate::csv_download::{DownloadError, attachment, failed, require_staff};
use crate::routes::AppState;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use axum::routing::get;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sprava/planovani/{table}", get(export))
}

const NO_TABLE: DownloadError = DownloadError::NotFound("Taková tabulka analýzy potřeb není.");

async fn export(
    State(state): State<AppState>,
    session: Session,
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, DownloadError> {
    let table = file.strip_suffix(".csv").ok_or(NO_TABLE)?;
    require_staff(&state, &session).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let report = app::needs::build_report(&state.store, query.as_deref().unwrap_or(""), now)
        .await
        .map_err(|e| failed(&e))?;
    let rows = report.csv(table).ok_or(NO_TABLE)?;
    let name = format!(
        "analyza-potreb-{table}-{}-{}.csv",
        report.period.from, report.period.to
    );
    attachment(&name, rows)
}
