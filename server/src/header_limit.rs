//! Refuses requests whose headers together exceed 32 KiB (431): no page needs more, and a flood
//! of header bytes should cost the server nothing further.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

pub const HEADERS_LIMIT: usize = 32 * 1024;

pub async fn limit_headers(request: Request, next: Next) -> Response {
    let size: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    if size > HEADERS_LIMIT {
        tracing::warn!(size, "request headers over the limit refused");
        return crate::plain_text::answer(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "Hlavičky požadavku jsou příliš velké.",
        );
    }
    next.run(request).await
}
