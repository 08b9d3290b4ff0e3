//! What runs in the browser: every resident's page loads the one bundle (its islands and the
//! in-page navigation) and marks its content for the router; an embedded view loads it exactly
//! when it has an island, and the staff area only where a form has one. No page carries data
//! for a hydration that never runs.

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
async fn the_residents_pages_run_the_router_and_the_others_only_their_islands() {
    let app = TestApp::spawn().await;
    let mut with_bundle = Vec::new();
    for path in PAGES {
        let (status, html) = app.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            !html.contains("__RESOLVED_RESOURCES["),
            "{path}: no resource data for a hydration that does not happen"
        );
        let islands = html.contains("<leptos-island");
        let bundle = html.matches("rel=\"modulepreload\"").count();
        assert!(
            bundle <= 1,
            "{path}: the bundle is loaded once, not {bundle} times"
        );
        let routed = html.contains("<main id=\"obsah\" tabindex=\"-1\" data-app");
        let resident = !path.starts_with("/embed") && !path.starts_with("/sprava");
        assert_eq!(routed, resident, "{path}: moves in the page");
        if resident || islands {
            with_bundle.push(*path);
        }
        assert_eq!(
            bundle == 1,
            resident || islands,
            "{path}: islands {islands}"
        );
    }
    assert!(with_bundle.contains(&"/embed/mapa"));
    assert!(
        !with_bundle.contains(&"/embed/sluzby") && !with_bundle.contains(&"/sprava/prihlaseni")
    );
}
