//! Who may show the portal's pages in a frame. Embedded views (`/embed/…`) may be framed by the
//! portal itself and by the configured municipal sites (`POMOC_EMBED_ORIGINS`); every other page
//! by nobody, which stops clickjacking of the staff pages and forms. Embedded views set no
//! cookies: a host's page must not give its visitors the portal's cookies. A `304` is sent
//! without: the browser's copy keeps the headers it came with.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::HeaderValue;
use http::header::{CONTENT_SECURITY_POLICY, SET_COOKIE, X_FRAME_OPTIONS};
use std::sync::Arc;

/// The `Content-Security-Policy` embedded views are sent with.
#[derive(Debug, Clone)]
pub struct FramePolicy {
    embed: Arc<HeaderValue>,
}

impl FramePolicy {
    /// From origins already checked by `domain::embed::parse_origin`.
    pub fn new(origins: &[String]) -> FramePolicy {
        let policy = domain::embed::embed_frame_ancestors(origins);
        FramePolicy {
            embed: Arc::new(
                HeaderValue::from_str(&policy)
                    .unwrap_or_else(|_| HeaderValue::from_static("frame-ancestors 'self'")),
            ),
        }
    }
}

/// Whether the path is an embedded view.
pub fn is_embed(path: &str) -> bool {
    path.starts_with("/embed/")
}

pub async fn frame_headers(
    State(policy): State<FramePolicy>,
    request: Request,
    next: Next,
) -> Response {
    let embed = is_embed(request.uri().path());
    let mut response = next.run(request).await;
    // A 304 leaves the browser's copy its headers: a policy here would replace the page's.
    if response.status() == http::StatusCode::NOT_MODIFIED {
        return response;
    }
    let headers = response.headers_mut();
    if embed {
        // Appended to the page's own policy; browsers enforce both.
        headers.append(CONTENT_SECURITY_POLICY, (*policy.embed).clone());
        if headers.remove(SET_COOKIE).is_some() {
            tracing::warn!("an embedded view tried to set a cookie; dropped");
        }
    } else {
        // Appended: a response with its own policy (an uploaded image's sandbox) keeps it, and
        // browsers enforce both.
        headers.append(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'none'"),
        );
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    response
}
