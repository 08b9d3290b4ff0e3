//! How long browsers keep what they fetched: the compiled bundle under `/pkg/` for a year when its
//! names carry the content's hash (a new build has new names), otherwise revalidated on each use;
//! the other static files (Leaflet, the loaders, documents) for a day. The staff area and the
//! providers' — their pages, server functions and exports, whatever the status — are never
//! stored (`no-store`): a shared computer or a proxy must not keep a staff or provider page. Other pages and data set their own or
//! are not cached; a response that says its own (an uploaded image) keeps it.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::CACHE_CONTROL;

/// Whether the bundle's file names carry their hash (`LEPTOS_HASH_FILES`).
#[derive(Debug, Clone, Copy)]
pub struct HashedNames(pub bool);

const STATIC_PREFIXES: [&str; 3] = ["/leaflet/", "/dokumenty/", "/embed"];

/// The staff area and the providers' (their pages, the logins, exports, server functions).
pub fn is_staff(path: &str) -> bool {
    [
        "/sprava",
        "/api/sprava",
        "/api/prihlaseni",
        "/pro-poskytovatele",
        "/api/pro-poskytovatele",
    ]
    .iter()
    .any(|prefix| path == *prefix || path.starts_with(&format!("{prefix}/")))
}

pub async fn cache_control(
    State(HashedNames(hashed)): State<HashedNames>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if is_staff(&path) {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return response;
    }
    if !response.status().is_success() || response.headers().contains_key(CACHE_CONTROL) {
        return response;
    }
    let policy = if path.starts_with("/pkg/") {
        if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        }
    } else if STATIC_PREFIXES.iter().any(|p| path.starts_with(p)) && path.contains('.') {
        "public, max-age=86400"
    } else {
        return response;
    };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}
