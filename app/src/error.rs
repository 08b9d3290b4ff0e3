//! The one error type of the app. Every server function returns it, and [`AppError::status`] is
//! the one place that decides the HTTP status. The browser only ever sees the short Czech message;
//! the cause is logged on the server where it happened.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Tuto stránku jsme nenašli.")]
    NotFound,
    /// The request itself was wrong; the message says how, in Czech.
    #[error("{0}")]
    BadRequest(String),
    /// Staff pages without a signed-in staff member.
    #[error("Přihlaste se prosím.")]
    Unauthorized,
    /// Signed in, but the role does not allow it, or the form's security token is missing.
    #[error("{0}")]
    Forbidden(String),
    /// The request is right but the record's state does not allow it now (a comment period
    /// that is closed).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts from one client; the message says when to try again.
    #[error("{0}")]
    TooManyRequests(String),
    #[error("Omlouváme se, na serveru se něco pokazilo. Zkuste to prosím za chvíli znovu.")]
    Internal,
    /// The browser could not reach the server or understand its answer.
    #[error("Spojení se serverem se nezdařilo. Zkontrolujte připojení a zkuste to znovu.")]
    Connection,
}

impl AppError {
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            AppError::Unauthorized => http::StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => http::StatusCode::FORBIDDEN,
            AppError::Conflict(_) => http::StatusCode::CONFLICT,
            AppError::TooManyRequests(_) => http::StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal => http::StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Connection => http::StatusCode::BAD_GATEWAY,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                AppError::BadRequest("Požadavek nemá správný tvar.".into())
            }
            _ => AppError::Connection,
        }
    }
}

/// Input the domain refused: its message, as a sentence, with 400.
macro_rules! bad_request_from {
    ($($error:ty),+) => {$(
        impl From<$error> for AppError {
            fn from(e: $error) -> Self {
                AppError::BadRequest(format!("{}.", capitalize(&e.to_string())))
            }
        }
    )+};
}

bad_request_from!(
    domain::QueryError,
    domain::map::BoundsError,
    domain::geo::CoordinatesError
);

#[cfg(feature = "ssr")]
impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        tracing::error!(error = ?e, "store failed");
        AppError::Internal
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
