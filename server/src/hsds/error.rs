//! The API's errors: a status and `{"error": "…"}` in Czech.

use app::ErrorKind;
use axum::Json;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("Záznam s tímto identifikátorem neexistuje.")]
    NotFound,
    #[error("Omlouváme se, na serveru se něco pokazilo.")]
    Store(#[from] store::StoreError),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let kind = match &self {
            ApiError::BadRequest(_) => ErrorKind::BadRequest,
            ApiError::NotFound => ErrorKind::NotFound,
            ApiError::Store(error) => {
                tracing::error!(?error, "open-data API: store failed");
                ErrorKind::Internal
            }
        };
        let body = serde_json::json!({ "error": self.to_string() });
        (kind.status(), Json(body)).into_response()
    }
}
