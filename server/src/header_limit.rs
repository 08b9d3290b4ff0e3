//! Refuses requests whose headers together exceed 32 KiB (431): no page needs more, and a flood
//! of header bytes should cost the server nothing further.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

pub const HEADERS_LIMIT: usize = 32 * 1024;

pub async fn limit_headers(request: Request, next: Next) -> Response {
    let size: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if size > HEADERS_LIMIT {
        tracing::warn!(size, "request headers over the limit refused");
        return (
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "Hlavičky požadavku jsou příliš velké.",
        )
            .into_response();
    }
    next.run(request).await
}
