//! The security headers every response carries: `nosniff`, the referrer policy, the permissions
//! policy (geolocation for the portal only), HSTS when the portal is reached over TLS, and a
//! Content-Security-Policy. Each request gets a fresh nonce (`PageNonce`) before the app runs;
//! the app puts it on its inline scripts (`router`'s context hands it to Leptos as its `Nonce`),
//! and an HTML response is sent with the page policy naming it. Any other response gets a policy
//! that lets nothing run, unless it set its own (an uploaded image's sandbox). A `304` gets no
//! policy: the browser keeps the one that came with its copy of the page.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use domain::security::{HSTS, OTHER_POLICY, PERMISSIONS_POLICY, REFERRER_POLICY, page_policy};
use http::HeaderValue;
use http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY as REFERRER, STRICT_TRANSPORT_SECURITY,
    X_CONTENT_TYPE_OPTIONS,
};
use std::sync::Arc;

/// The nonce of this request's page, in the request's extensions.
#[derive(Debug, Clone)]
pub struct PageNonce(pub String);

/// What the headers depend on: TLS (HSTS) and the tile server (the page policy's images).
#[derive(Debug, Clone)]
pub struct SecuritySettings {
    pub tls: bool,
    pub tile_url: Arc<str>,
}

fn new_nonce() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn security_headers(
    State(settings): State<SecuritySettings>,
    mut request: Request,
    next: Next,
) -> Response {
    let nonce = new_nonce();
    request.extensions_mut().insert(PageNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let not_modified = response.status() == http::StatusCode::NOT_MODIFIED;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER, HeaderValue::from_static(REFERRER_POLICY));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if settings.tls {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    // A 304's headers replace those the browser kept with the page: a policy naming this
    // request's nonce would block the scripts of the page it holds.
    if not_modified {
        return response;
    }
    let html = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if html {
        if let Ok(value) = HeaderValue::from_str(&page_policy(&nonce, &settings.tile_url)) {
            headers.insert(CONTENT_SECURITY_POLICY, value);
        }
    } else if !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(OTHER_POLICY),
        );
    }
    response
}
