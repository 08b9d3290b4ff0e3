//! A page kept rendered: its body cut at the nonce its render was given, the headers it was sent
//! with, its validators (a weak `ETag` of the body without the nonce, `Last-Modified` when it was
//! made), the signals its render counted, and its gzip variant once a browser asks for one.
//! Every answer puts the response's own nonce back in.

use super::gzip::Gzipped;
use axum::body::{Body, Bytes};
use axum::response::Response;
use domain::needs::Signal;
use http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, DATE, ETAG, HeaderValue,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, SET_COOKIE, TRANSFER_ENCODING, VARY,
};
use http::{HeaderMap, StatusCode};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime};

#[derive(Debug)]
pub struct Page {
    /// The content version it was rendered under.
    pub version: i64,
    pub made: Instant,
    headers: HeaderMap,
    /// The body between the nonces.
    segments: Vec<Bytes>,
    length: usize,
    etag: HeaderValue,
    modified: SystemTime,
    /// `modified` as the header says it, written once.
    last_modified: HeaderValue,
    pub signals: Vec<Signal>,
    gzip: OnceLock<Gzipped>,
}

impl Page {
    /// The page as rendered for a request with `nonce`.
    pub fn rendered(
        headers: &HeaderMap,
        body: &Bytes,
        nonce: &str,
        signals: Vec<Signal>,
        version: i64,
    ) -> Page {
        let segments = split(body, nonce.as_bytes());
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        segments.hash(&mut hasher);
        let etag = HeaderValue::from_str(&format!("W/\"{:016x}\"", hasher.finish()))
            .expect("hex is a header value");
        let mut headers = headers.clone();
        for name in [SET_COOKIE, CONTENT_LENGTH, DATE, TRANSFER_ENCODING] {
            headers.remove(name);
        }
        // No second `Vary` from the headers kept: the answer sets its own.
        headers.remove(VARY);
        let modified = this_second();
        Page {
            version,
            made: Instant::now(),
            headers,
            length: segments.iter().map(Bytes::len).sum(),
            segments,
            etag,
            modified,
            last_modified: HeaderValue::from_str(&httpdate::fmt_http_date(modified))
                .expect("an HTTP date is a header value"),
            signals,
            gzip: OnceLock::new(),
        }
    }

    /// What the page holds in memory.
    pub fn weight(&self) -> usize {
        self.length * 2 + 512
    }

    /// The answer to a request with `request_headers` and `nonce`: `304` when the browser
    /// holds this very page, else the page, gzipped when the browser takes that.
    pub fn answer(&self, request_headers: &HeaderMap, nonce: &str) -> Response {
        let mut response = if self.held_by(request_headers) {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            response
        } else {
            let mut response = if takes_gzip(request_headers) {
                let gzipped = self.gzip.get_or_init(|| Gzipped::new(&self.segments));
                let mut response = Response::new(Body::from(gzipped.with_nonce(nonce.as_bytes())));
                response
                    .headers_mut()
                    .insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                response
            } else {
                Response::new(Body::from(self.with_nonce(nonce.as_bytes())))
            };
            response.headers_mut().extend(self.headers.clone());
            response
        };
        let headers = response.headers_mut();
        headers.insert(ETAG, self.etag.clone());
        headers.insert(LAST_MODIFIED, self.last_modified.clone());
        // Kept by the browser, asked about again on each visit: content changes without notice.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.append(VARY, HeaderValue::from_static("Accept-Encoding"));
        response
    }

    fn with_nonce(&self, nonce: &[u8]) -> Vec<u8> {
        let gaps = self.segments.len().saturating_sub(1);
        let mut body = Vec::with_capacity(self.length + gaps * nonce.len());
        for (i, segment) in self.segments.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(nonce);
            }
            body.extend_from_slice(segment);
        }
        body
    }

    /// `If-None-Match` names this page, or (without it) `If-Modified-Since` is not before it.
    fn held_by(&self, request: &HeaderMap) -> bool {
        if let Some(tags) = request.get(IF_NONE_MATCH).and_then(|v| v.to_str().ok()) {
            let ours = self.etag.to_str().unwrap_or_default();
            let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
            return tags
                .split(',')
                .any(|tag| tag.trim() == "*" || bare(tag) == bare(ours));
        }
        request
            .get(IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .is_some_and(|since| since >= self.modified)
    }
}

/// The body cut at each occurrence of the nonce.
fn split(body: &Bytes, nonce: &[u8]) -> Vec<Bytes> {
    if nonce.is_empty() {
        return vec![body.clone()];
    }
    let mut segments = Vec::new();
    let mut start = 0;
    for at in memchr::memmem::find_iter(body, nonce) {
        segments.push(body.slice(start..at));
        start = at + nonce.len();
    }
    segments.push(body.slice(start..));
    segments
}

/// Now, in the whole seconds HTTP dates have.
fn this_second() -> SystemTime {
    let seconds = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(seconds)
}

/// The browser takes gzip (`Accept-Encoding` names it without `q=0`).
fn takes_gzip(request: &HeaderMap) -> bool {
    request
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}
