//! The portal as an installable app that works offline: `/manifest.webmanifest` (name, colours,
//! icon) and `/sw.js`, the service worker (`sw.js` here, with this release and the pages to keep
//! filled in). The worker is registered by `/offline.js`, which every page but the embedded views
//! loads; `/offline` is the page it shows for a page it does not have.
//!
//! What it keeps at once: the home page, every step of the published wizard (the outcomes carry
//! their contacts), every published question and the stylesheet. What it keeps once opened: a
//! service's or an organisation's page. A new release, a changed wizard or a new question is a
//! new worker, which replaces the old cache when it takes over.

use crate::routes::AppState;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::Lang;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use store::StoreError;

const WORKER: &str = include_str!("sw.js");

/// The worker may fetch from the portal and nothing else.
const WORKER_POLICY: &str = "default-src 'none'; connect-src 'self'";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sw.js", get(worker))
        .route("/manifest.webmanifest", get(manifest))
}

/// The store failed: no worker this time (the old one stays), no manifest.
struct Unavailable(StoreError);

impl IntoResponse for Unavailable {
    fn into_response(self) -> Response {
        tracing::error!(error = %self.0, "offline files failed");
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "Databáze neodpověděla, zkuste to prosím znovu.",
        )
            .into_response()
    }
}

impl From<StoreError> for Unavailable {
    fn from(error: StoreError) -> Unavailable {
        Unavailable(error)
    }
}

/// The pages a new worker keeps at once, in the resident's language (the one the cookie
/// remembers: choosing another brings a new worker that keeps those).
async fn precached(state: &AppState, lang: Lang) -> Result<Vec<String>, StoreError> {
    let mut pages = vec!["/".to_owned(), "/offline".to_owned(), "/dotazy".to_owned()];
    if let Some(tree) = state.store.wizard_tree().await? {
        pages.extend(tree.paths().into_iter().map(|keys| match keys.as_slice() {
            [] => "/pomoc".to_owned(),
            keys => format!("/pomoc/{}", keys.join("/")),
        }));
    }
    let questions = state.store.faqs(&domain::faq::FaqFilter::default()).await?;
    pages.extend(
        questions
            .items
            .into_iter()
            .map(|faq| format!("/dotazy/{}", faq.slug)),
    );
    let mut pages: Vec<String> = pages.iter().map(|page| lang.path(page)).collect();
    pages.extend(build(&state.leptos_options).stylesheets.iter().cloned());
    pages.push("/favicon.svg".to_owned());
    Ok(pages)
}

/// What a worker takes from this build, read once per process: the bundle's stylesheets as the
/// build names them (`/pkg/pomoc.<hash>.css`) and what tells this build from the next.
struct Build {
    stylesheets: Vec<String>,
    identity: String,
}

fn build(options: &leptos::config::LeptosOptions) -> &'static Build {
    static BUILD: OnceLock<Build> = OnceLock::new();
    BUILD.get_or_init(|| {
        let dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
        let mut stylesheets: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| entry.file_name().into_string().ok())
            .filter(|name| name.ends_with(".css"))
            .map(|name| format!("/{}/{name}", options.site_pkg_dir))
            .collect();
        stylesheets.sort();
        let built = std::env::current_exe()
            .and_then(std::fs::metadata)
            .and_then(|binary| binary.modified())
            .map(|built| format!("{built:?}"))
            .unwrap_or_default();
        Build {
            stylesheets,
            identity: format!("{} {built}", env!("CARGO_PKG_VERSION")),
        }
    })
}

/// This build and these pages, in 16 hex digits: what names the worker's cache.
fn release(build: &Build, pages: &[String]) -> String {
    let mut hash = Sha256::new();
    hash.update(&build.identity);
    for page in pages {
        hash.update("\n");
        hash.update(page);
    }
    hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn worker(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, Unavailable> {
    let lang = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(app::i18n::remembered_language)
        .unwrap_or_default();
    let pages = precached(&state, lang).await?;
    let body = WORKER
        .replace(
            "__RELEASE__",
            &release(build(&state.leptos_options), &pages),
        )
        .replace(
            "__PAGES__",
            &serde_json::to_string(&pages).unwrap_or_else(|_| "[]".to_owned()),
        );
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    // Browsers look for a new worker on every visit; the file must not be kept.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(WORKER_POLICY),
    );
    Ok(response)
}

async fn manifest(State(state): State<AppState>) -> Result<Response, Unavailable> {
    let site = state.store.site_info().await?;
    let manifest = serde_json::json!({
        "name": format!("Pomoc – sociální služby, {}", site.region_name),
        "short_name": "Pomoc",
        "description": "Kde najít sociální služby a pomoc: průvodce „Potřebuji pomoc“, katalog, mapa a dotazy.",
        "lang": "cs",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5e55",
        "icons": [{ "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    let mut response = manifest.to_string().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json"),
    );
    Ok(response)
}
