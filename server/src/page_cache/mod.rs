//! Residents' pages rendered once per content version. An anonymous GET of a public page
//! (`key`) is answered with the page kept from an earlier render when one was made under the
//! current content version and within `Settings::ttl` (dates move on: news appear, events pass);
//! otherwise it is rendered and, when nothing personal is in it, kept (`kept`). One request at a
//! time renders a page; the others wait for it, or get the outdated copy meanwhile (`flight`).
//!
//! Nothing personal is kept: not a response that sets a cookie, one whose form carries the
//! browser's token (`Personal`, from the forms' guard), one that says `no-store`/`private`, nor
//! any request with a staff session. Every answer carries its own nonce (`page`) and validators
//! (`304` to a browser that holds the page), gzipped once (`gzip`). A kept page counts the
//! signals its render counted (`app::needs::record::RenderedSignals`).
//!
//! The content version (`store::Store::content_version`) is read again after every request that
//! may write, before its answer leaves, so whoever saved sees the change on the next request;
//! another server on the same database learns it from SQLite's journal or PostgreSQL's
//! `NOTIFY` (`store/src/content_version.rs`).

mod flight;
mod gzip;
mod kept;
mod key;
mod page;

use crate::security_headers::PageNonce;
use app::needs::record::{PRECACHE_HEADER, RenderedSignals};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use flight::Turn;
use http::header::{CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};
use http::{Method, StatusCode};
use std::sync::Arc;
use std::time::Duration;
use store::Store;

/// A response with something of one browser's in it (a form with its token): never kept.
#[derive(Debug, Clone, Copy)]
pub struct Personal;

/// How much the cache may hold, and for how long a page is served.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Bytes of pages kept; 0 keeps none.
    pub budget: usize,
    pub ttl: Duration,
}

impl Default for Settings {
    /// 64 MB for a minute.
    fn default() -> Settings {
        Settings {
            budget: 64 * 1024 * 1024,
            ttl: Duration::from_secs(60),
        }
    }
}

/// How long a request waits for another's render of the same page before it renders its own.
const FLIGHT_WAIT: Duration = Duration::from_secs(10);

/// The largest page kept; a larger one is sent as rendered.
const LARGEST_PAGE: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct PageCache {
    kept: Arc<kept::Kept>,
    flights: Arc<flight::Flights>,
    store: Store,
    /// The staff session's cookie name.
    session_cookie: Arc<str>,
    on: bool,
}

impl PageCache {
    pub fn new(settings: Settings, store: Store, session_cookie: &str) -> PageCache {
        PageCache {
            kept: Arc::new(kept::Kept::new(settings.budget, settings.ttl)),
            flights: Arc::default(),
            store,
            session_cookie: session_cookie.into(),
            on: settings.budget > 0,
        }
    }

    /// A kept page, counting the signals its render counted (none for a page fetched ahead).
    fn serve(
        &self,
        page: &page::Page,
        request: &Request,
        nonce: &str,
        precached: bool,
    ) -> Response {
        if !precached {
            let now = app::state::now();
            for signal in &page.signals {
                self.store.count_signal(signal.clone(), now);
            }
        }
        page.answer(request.headers(), nonce)
    }
}

pub async fn serve_kept(
    State(cache): State<PageCache>,
    mut request: Request,
    next: Next,
) -> Response {
    if !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return after_write(&cache.store, next.run(request).await).await;
    }
    let key = cache
        .on
        .then(|| key::of(&request, &cache.session_cookie))
        .flatten();
    let (Some(key), Some(PageNonce(nonce))) =
        (key, request.extensions().get::<PageNonce>().cloned())
    else {
        return next.run(request).await;
    };
    let version = cache.store.content_version().await;
    let precached = request.headers().contains_key(PRECACHE_HEADER);
    let kept = cache.kept.get(&key, version);
    // A HEAD's body is dropped by the router, a page fetched ahead counts no signals: neither
    // is a page to keep, nor to make others wait for.
    let keeps = request.method() != Method::HEAD && !precached;
    let turn = match kept {
        Some((page, fresh)) if fresh || !keeps => {
            return cache.serve(&page, &request, &nonce, precached);
        }
        Some((page, _)) => match cache.flights.take_turn(&key) {
            // Someone renders it anew: the outdated copy meanwhile.
            Turn::Follow(_) => return cache.serve(&page, &request, &nonce, precached),
            Turn::Lead(lead) => lead,
        },
        None if !keeps => return next.run(request).await,
        None => match cache.flights.take_turn(&key) {
            Turn::Follow(mut done) => {
                let _ = tokio::time::timeout(FLIGHT_WAIT, done.changed()).await;
                if let Some((page, _)) = cache.kept.get(&key, version) {
                    return cache.serve(&page, &request, &nonce, precached);
                }
                // The render failed or made nothing to keep: this request renders its own.
                return next.run(request).await;
            }
            Turn::Lead(lead) => lead,
        },
    };
    let signals = RenderedSignals::default();
    request.extensions_mut().insert(signals.clone());
    let request_headers = request.headers().clone();
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, LARGEST_PAGE).await {
        Ok(body) => body,
        Err(error) => {
            tracing::warn!(%error, "a page could not be read whole to keep it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let page = Arc::new(page::Page::rendered(
        &parts.headers,
        &body,
        &nonce,
        signals.taken(),
        version,
    ));
    cache
        .kept
        .keep(key, page.clone(), cache.store.content_version().await);
    drop(turn);
    let mut answer = page.answer(&request_headers, &nonce);
    *answer.extensions_mut() = parts.extensions;
    answer
}

/// A page that may be kept: 200, HTML, no cookie set, nothing personal, not refused to caches.
fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    let html = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let refused = headers
        .get(CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    response.status() == StatusCode::OK
        && html
        && !refused
        && !headers.contains_key(SET_COOKIE)
        && response.extensions().get::<Personal>().is_none()
}

/// A request that may have written: its answer is read whole (a form page writes while it
/// renders), then the content version read again before the answer leaves.
async fn after_write(store: &Store, response: Response) -> Response {
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::warn!(%error, "an answer to a write could not be read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let Err(error) = store.refresh_content_version().await {
        tracing::error!(%error, "reading the content version after a write failed");
    }
    Response::from_parts(parts, Body::from(body))
}
