//! The one error type of the app, and the one place that decides an HTTP status: every error of
//! the portal (this [`AppError`], and the server's own for feeds, uploads, exports and the open
//! data API) names its [`ErrorKind`], and only [`ErrorKind::status`] turns a kind into a status.
//! The browser only ever sees the short Czech message; the cause is logged on the server where it
//! happened.

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
    /// A form's rules refused what was typed; the fields say why.
    #[error("Formulář nebyl uložen: opravte prosím označená pole.")]
    Invalid,
    /// Too many attempts from one client; the message says when to try again.
    #[error("{0}")]
    TooManyRequests(String),
    #[error("Omlouváme se, na serveru se něco pokazilo. Zkuste to prosím za chvíli znovu.")]
    Internal,
    /// The browser could not reach the server or understand its answer.
    #[error("Spojení se serverem se nezdařilo. Zkontrolujte připojení a zkuste to znovu.")]
    Connection,
}

/// What kind of failure an error is, which is all its HTTP status depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    /// A body over the size the route takes.
    TooLarge,
    /// A file of a type the route does not take.
    UnsupportedMedia,
    /// Well-formed, but the form's rules refused it.
    Invalid,
    TooManyRequests,
    /// Our failure: the database, a file, a bug. Always 500, whoever reports it.
    Internal,
    /// The browser could not reach the server.
    Connection,
}

impl ErrorKind {
    /// The one mapping from a failure to an HTTP status.
    pub fn status(self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorKind::Connection => StatusCode::BAD_GATEWAY,
        }
    }
}

impl AppError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            AppError::NotFound => ErrorKind::NotFound,
            AppError::BadRequest(_) => ErrorKind::BadRequest,
            AppError::Unauthorized => ErrorKind::Unauthorized,
            AppError::Forbidden(_) => ErrorKind::Forbidden,
            AppError::Conflict(_) => ErrorKind::Conflict,
            AppError::Invalid => ErrorKind::Invalid,
            AppError::TooManyRequests(_) => ErrorKind::TooManyRequests,
            AppError::Internal => ErrorKind::Internal,
            AppError::Connection => ErrorKind::Connection,
        }
    }

    pub fn status(&self) -> http::StatusCode {
        self.kind().status()
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
