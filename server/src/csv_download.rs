//! What the staff's CSV downloads share: signed-in staff only, a Czech plain-text answer when
//! refused, and the file as UTF-8 with a byte-order mark, so spreadsheets read the Czech.

use crate::routes::AppState;
use app::ErrorKind;
use axum::response::{IntoResponse, Response};
use http::header;
use tower_sessions::Session;

#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error("Přihlaste se prosím.")]
    NotSignedIn,
    /// What was not found, said to the reader.
    #[error("{0}")]
    NotFound(&'static str),
    #[error("Omlouváme se, export se nepodařil.")]
    Failed,
}

impl IntoResponse for DownloadError {
    fn into_response(self) -> Response {
        let kind = match self {
            DownloadError::NotSignedIn => ErrorKind::Unauthorized,
            DownloadError::NotFound(_) => ErrorKind::NotFound,
            DownloadError::Failed => ErrorKind::Internal,
        };
        crate::plain_text::answer(kind.status(), self.to_string())
    }
}

/// Logs why a download failed and answers with the reader's sentence.
pub fn failed(error: &dyn std::fmt::Display) -> DownloadError {
    tracing::error!(%error, "CSV export failed");
    DownloadError::Failed
}

/// Refuses a request without a staff session.
pub async fn require_staff(state: &AppState, session: &Session) -> Result<(), DownloadError> {
    app::admin::auth::staff_in_session(session, &state.store)
        .await
        .map_err(|e| failed(&e))?
        .ok_or(DownloadError::NotSignedIn)
        .map(|_| ())
}

/// `rows` as a CSV attachment named `filename`.
pub fn attachment(
    filename: &str,
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Response, DownloadError> {
    let mut out = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    for row in rows {
        out.write_record(&row).map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
