//! The portal as an app that works offline: the manifest, the service worker with the pages it
//! keeps at once, its strict policy and no caching of it, the registration on every page but the
//! embedded ones, and the page shown for what is not kept.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test]
async fn the_worker_keeps_the_wizard_and_the_questions_and_never_the_staff_area() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/sw.js", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(header("content-type").starts_with("text/javascript"));
    assert_eq!(header("cache-control"), "no-cache");
    assert_eq!(
        header("content-security-policy"),
        "default-src 'none'; connect-src 'self'"
    );
    let body = response.text().await.unwrap();
    let pages_line = body
        .lines()
        .find(|line| line.starts_with("const PRECACHED = "))
        .expect("the pages");
    let pages: Vec<String> = serde_json::from_str(
        pages_line
            .trim_start_matches("const PRECACHED = ")
            .trim_end_matches(';'),
    )
    .unwrap();
    for page in [
        "/",
        "/offline",
        "/pomoc",
        "/pomoc/dluhy",
        "/dotazy",
        "/dotazy/mame-dluhy",
    ] {
        assert!(pages.iter().any(|p| p == page), "{page} in {pages:?}");
    }
    assert!(
        pages.iter().any(|p| p.starts_with("/pomoc/dluhy/")),
        "an outcome"
    );
    assert!(!pages.iter().any(|p| p.starts_with("/sprava")));
    for page in &pages {
        let (status, _) = app.get(page).await;
        assert_eq!(status, StatusCode::OK, "{page} is kept, so it must exist");
    }
    assert!(!body.contains("__RELEASE__") && !body.contains("__PAGES__"));
}

#[tokio::test]
async fn the_manifest_names_the_region_and_every_page_but_the_embedded_registers_the_worker() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/manifest.webmanifest", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-type"],
        "application/manifest+json"
    );
    let manifest: serde_json::Value = response.json().await.unwrap();
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["lang"], "cs");
    assert!(
        manifest["name"]
            .as_str()
            .unwrap()
            .contains("sociální služby, Písecko"),
        "{manifest}"
    );

    let (_, home) = app.get("/").await;
    assert!(home.contains(r#"<link rel="manifest" href="/manifest.webmanifest""#));
    assert!(home.contains(r#"<script src="/offline.js""#));
    let (_, embedded) = app.get("/embed/sluzby").await;
    assert!(!embedded.contains("/offline.js"));

    let (status, offline) = app.get("/offline").await;
    assert_eq!(status, StatusCode::OK);
    assert!(offline.contains("Jste bez připojení"));
}
