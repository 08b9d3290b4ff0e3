//! The answer of the routes that are not pages when they refuse or fail: the Czech message as
//! plain text, with its status.

use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

pub(crate) fn answer(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.into(),
    )
        .into_response()
}
