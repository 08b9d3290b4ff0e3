//! What protects every form: a token cookie checked against the token in the form or header
//! (double submit; the cookie is `__Host-`, HttpOnly and SameSite=Strict), refusal of posts from
//! other sites, the body of forms posted to pages handed to the app, and the client's address
//! for rate limits.

use app::state::{CsrfToken, CsrfVerified, Submission};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The largest form body accepted (a service's description is at most 5,000 characters).
pub const FORM_LIMIT: usize = 256 * 1024;
const TOKEN_FIELD: &str = "csrf";
const TOKEN_HEADER: &str = "x-csrf-token";

/// Cookie names and flags; `secure` adds `Secure` and the `__Host-` prefix (HTTPS, or a
/// browser's localhost).
#[derive(Debug, Clone, Copy)]
pub struct CookiePolicy {
    pub secure: bool,
}

impl CookiePolicy {
    pub fn name(self, base: &str) -> String {
        if self.secure {
            format!("__Host-{base}")
        } else {
            base.to_owned()
        }
    }

    fn token_cookie(self, value: &str) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Strict{secure}",
            self.name("pomoc_csrf")
        )
    }
}

/// Server functions that change something: the token is required.
fn is_write_endpoint(path: &str) -> bool {
    path.starts_with("/api/zapis/") || path.starts_with("/api/sprava/zapis/")
}

fn is_form_page(path: &str) -> bool {
    !path.starts_with("/api/") && path != UPLOAD_PATH
}

/// Where staff upload images (multipart): refused here when cross-site, its body left unread,
/// its token checked by the handler (`token_matches`).
pub const UPLOAD_PATH: &str = "/sprava/obrazky/nahrat";

/// The token posted in a form that this guard did not read matches the browser's cookie.
pub fn token_matches(headers: &HeaderMap, policy: CookiePolicy, sent: &str) -> bool {
    cookie_value(headers, &policy.name("pomoc_csrf")).is_some_and(|cookie| same(&cookie, sent))
}

pub async fn guard_forms(
    State(policy): State<CookiePolicy>,
    mut request: Request,
    next: Next,
) -> Response {
    let cookie = cookie_value(request.headers(), &policy.name("pomoc_csrf"));
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let path = request.uri().path().to_owned();
    if unsafe_method && path == UPLOAD_PATH && is_cross_site(request.headers()) {
        tracing::warn!(%path, "cross-site upload refused");
        return refuse(StatusCode::FORBIDDEN, "Formulář byl odeslán z jiného webu.");
    }
    if unsafe_method && (is_form_page(&path) || is_write_endpoint(&path)) {
        if is_cross_site(request.headers()) {
            tracing::warn!(%path, "cross-site form post refused");
            return refuse(StatusCode::FORBIDDEN, "Formulář byl odeslán z jiného webu.");
        }
        let (parts, body) = request.into_parts();
        let bytes = match axum::body::to_bytes(body, FORM_LIMIT).await {
            Ok(bytes) => bytes,
            Err(error) if is_timeout(&error) => {
                return refuse(
                    StatusCode::REQUEST_TIMEOUT,
                    "Odesílání formuláře se zastavilo. Zkontrolujte připojení a odešlete jej znovu.",
                );
            }
            Err(_) => {
                return refuse(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "Formulář je příliš dlouhý. Zkraťte prosím text a odešlete jej znovu.",
                );
            }
        };
        if crate::nul_bytes::holds_nul(&bytes) {
            tracing::warn!(%path, "NUL in a form refused");
            return crate::nul_bytes::refusal();
        }
        let sent = form_field(&bytes, TOKEN_FIELD).or_else(|| {
            parts
                .headers
                .get(TOKEN_HEADER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        });
        let verified = matches!((&cookie, &sent), (Some(c), Some(s)) if same(c, s));
        request = Request::from_parts(parts, Body::from(bytes.clone()));
        if verified {
            request.extensions_mut().insert(CsrfVerified);
        } else if is_write_endpoint(&path) {
            tracing::warn!(%path, "write without a valid form token");
            return refuse(
                StatusCode::FORBIDDEN,
                "Platnost formuláře vypršela. Načtěte stránku znovu.",
            );
        }
        if is_form_page(&path) {
            let body = String::from_utf8_lossy(&bytes).into_owned();
            request.extensions_mut().insert(Submission(body));
        }
    }
    let fresh = cookie.is_none();
    let token = CsrfToken {
        value: cookie.unwrap_or_else(new_token),
        used: Arc::new(AtomicBool::new(false)),
    };
    request.extensions_mut().insert(token.clone());
    let mut response = next.run(request).await;
    if token.used.load(Ordering::Relaxed) {
        // The page holds this browser's token: no other browser may be sent it.
        response
            .extensions_mut()
            .insert(crate::page_cache::Personal);
        if fresh && let Ok(value) = HeaderValue::from_str(&policy.token_cookie(&token.value)) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// The body stopped coming for longer than `routes::BODY_IDLE`.
fn is_timeout(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(error) = source {
        if error.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        source = error.source();
    }
    false
}

/// A post another site's page made: the browser says so (`Sec-Fetch-Site`), or its `Origin` is
/// not this host.
fn is_cross_site(headers: &HeaderMap) -> bool {
    let header = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(site) = header("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    match (header("origin"), header("host")) {
        (Some(origin), Some(host)) => {
            origin != "null" && origin.split_once("://").map(|(_, h)| h) != Some(host)
        }
        (Some("null"), None) => true,
        _ => false,
    }
}

fn refuse(status: StatusCode, message: &'static str) -> Response {
    crate::plain_text::answer(status, message)
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|value| value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// Equal in time independent of where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    http::HeaderName::from_static(k),
                    HeaderValue::from_static(v),
                )
            })
            .collect()
    }

    #[test]
    fn other_sites_are_told_apart() {
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!is_cross_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(is_cross_site(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "pomoc.example")
        ])));
        assert!(!is_cross_site(&headers(&[
            ("origin", "https://pomoc.example"),
            ("host", "pomoc.example")
        ])));
        assert!(!is_cross_site(&headers(&[("host", "pomoc.example")])));
    }

    #[test]
    fn tokens_are_long_random_and_compared_whole() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a, &a[..63]));
    }

    #[test]
    fn the_token_cookie_is_host_only_and_strict() {
        let cookie = CookiePolicy { secure: true }.token_cookie("ab");
        assert_eq!(
            cookie,
            "__Host-pomoc_csrf=ab; Path=/; HttpOnly; SameSite=Strict; Secure"
        );
    }
}
