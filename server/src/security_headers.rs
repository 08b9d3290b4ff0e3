//! The security headers every response carries: `nosniff`, the referrer policy, the permissions
//! policy (geolocation for the portal only), HSTS when the portal is reached over TLS, and a
//! Content-Security-Policy — pages send their own with the nonce of their inline scripts
//! (`app::shell`); any other response gets one that lets nothing run.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use domain::security::{HSTS, OTHER_POLICY, PERMISSIONS_POLICY, REFERRER_POLICY};
use http::HeaderValue;
use http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY as REFERRER, STRICT_TRANSPORT_SECURITY,
    X_CONTENT_TYPE_OPTIONS,
};

/// Whether to send HSTS (the public address is `https://`).
#[derive(Debug, Clone, Copy)]
pub struct Tls(pub bool);

pub async fn security_headers(
    State(Tls(tls)): State<Tls>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER, HeaderValue::from_static(REFERRER_POLICY));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static(PERMISSIONS_POLICY),
    );
    if tls {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    if !headers.contains_key(CONTENT_SECURITY_POLICY) {
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(OTHER_POLICY),
        );
    }
    response
}
