//! Only the map's pages run code in the browser: a page loads the islands bundle exactly when it
//! has an island to hydrate, the pages a resident reads first (home, catalogue, wizard,
//! questions) are HTML and CSS alone, and no page carries data for a hydration that never runs.

use crate::support::TestApp;
use reqwest::StatusCode;

const PAGES: &[&str] = &[
    "/",
    "/?skupina=seniori",
    "/sluzby",
    "/sluzby?q=dluhy",
    "/sluzby/1",
    "/organizace/1",
    "/mapa",
    "/mapa?q=dluhy&od=549576",
    "/mapa/pokryti",
    "/skupina",
    "/dotazy",
    "/dotazy/mame-dluhy",
    "/pomoc",
    "/pomoc/dluhy",
    "/novinky",
    "/plan",
    "/ankety/dostupnost-sluzeb-2026",
    "/hledat?q=dluhy",
    "/vlozit",
    "/embed/sluzby",
    "/embed/mapa",
    "/embed/pomoc",
    "/embed/dotazy",
    "/sprava/prihlaseni",
];

#[tokio::test]
async fn a_page_loads_the_bundle_exactly_when_it_has_islands() {
    let app = TestApp::spawn().await;
    let mut with_islands = Vec::new();
    for path in PAGES {
        let (status, html) = app.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            !html.contains("__RESOLVED_RESOURCES["),
            "{path}: no resource data for a hydration that does not happen"
        );
        let islands = html.contains("<leptos-island");
        let bundle = html.contains(".wasm");
        assert_eq!(
            islands, bundle,
            "{path}: islands {islands}, bundle {bundle}"
        );
        if islands {
            with_islands.push(*path);
        }
    }
    assert_eq!(
        with_islands,
        ["/mapa", "/mapa?q=dluhy&od=549576", "/embed/mapa"],
        "only the map runs in the browser"
    );
}
