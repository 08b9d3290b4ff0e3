//! Refuses a NUL character in a request's address or form (400). No one types one, no page means
//! one, and PostgreSQL cannot store one in text: better a clear answer at the door than a failed
//! query deep inside.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

/// Does this URL-encoded text (an address, a form body) carry a NUL, raw or percent-encoded?
pub fn holds_nul(encoded: &[u8]) -> bool {
    encoded.contains(&0) || encoded.windows(3).any(|w| w == b"%00")
}

/// The answer to a form or address holding a NUL.
pub fn refusal() -> Response {
    crate::plain_text::answer(
        StatusCode::BAD_REQUEST,
        "Požadavek obsahuje neplatný znak (nulový bajt). Odstraňte jej a zkuste to znovu.",
    )
}

pub async fn refuse_nul_in_address(request: Request, next: Next) -> Response {
    let address = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or_default();
    if holds_nul(address.as_bytes()) {
        tracing::warn!(path = request.uri().path(), "NUL in the address refused");
        return refusal();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_is_found_raw_or_encoded_and_nothing_else_is() {
        assert!(holds_nul(b"text=%00%00&section=a"));
        assert!(holds_nul(b"/novinky/%00"));
        assert!(holds_nul(b"a\0b"));
        assert!(!holds_nul(b"text=100%25&n=%2000"));
        assert!(!holds_nul(b"/sluzby?q=dluhy"));
    }
}
