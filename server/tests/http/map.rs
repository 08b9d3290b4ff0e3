//! The map over HTTP: the list without JavaScript, the distance order, the marker data, the
//! coverage view, and bad input.

use crate::support::TestApp;
use domain::map::{MapItem, MapView, Nearby};
use reqwest::StatusCode;

const MILEVSKO: &str = "549576";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_the_map_is_a_list_grouped_by_municipality() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/mapa?q=pe%C4%8Dovatelsk%C3%A1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Služby podle obcí"));
    assert!(body.contains("Pečovatelská služba Milevsko"));
    assert!(body.contains(r#"<h3 id="obec-"#), "municipality headings");
    assert!(
        body.contains(r#"action="/mapa""#),
        "the filter form stays on the map"
    );
    assert!(
        body.contains(r#"href="/sluzby?q=pe%C4%8Dovatelsk%C3%A1""#),
        "the list view of the same filter"
    );
    assert!(
        body.contains(r#"src="/mapa/nahled.svg?q=pe%C4%8Dovatelsk%C3%A1""#),
        "the server's picture of the same filter stands for the map: {body}"
    );
    assert!(
        !body.contains("leaflet.js"),
        "Leaflet is fetched by the live map, when the resident asks for it"
    );
    let (status, leaflet) = app.get("/leaflet/leaflet.js").await;
    assert_eq!(status, StatusCode::OK, "Leaflet from the portal itself");
    assert!(leaflet.contains("Leaflet"));
    assert!(!body.contains("unpkg") && !body.contains("cdn"), "no CDN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_maps_picture_draws_the_filters_markers() {
    let app = TestApp::spawn().await;
    let (status, headers, all) = app.get_with_cookie("/mapa/nahled.svg", "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(all.starts_with("<svg xmlns="), "{all}");
    let discs = |svg: &str| svg.matches("stroke='white'").count();
    let (status, debts) = app.get("/mapa/nahled.svg?q=dluhy").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        (1..discs(&all)).contains(&discs(&debts)),
        "the filter narrows the markers: {debts}"
    );
    assert_eq!(
        all.matches("r='3'").count(),
        debts.matches("r='3'").count(),
        "every municipality is drawn whatever the filter"
    );

    let (status, body) = app.get("/mapa/nahled.svg?q=%FF").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.starts_with("Filtr mapy nelze přečíst"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_municipality_orders_the_list_by_distance() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get(&format!("/mapa?od={MILEVSKO}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Nejblíže obci Milevsko"), "{body}");
    assert!(
        body.contains(&format!(r#"<option value="{MILEVSKO}" selected"#)),
        "{body}"
    );
    assert!(body.contains(" km od obce Milevsko"));

    let (status, body) = app.get("/mapa?od=Pisek").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "an unknown origin is a notice, not an error"
    );
    assert!(body.contains("„Pisek“ není kód obce"));
    assert!(body.contains("Služby podle obcí"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markers_come_clustered_for_the_view_and_zoom() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form("map/markers", &[("query", ""), ("view", ""), ("zoom", "8")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let far: MapView = response.json().await.unwrap();
    assert!(
        far.items
            .iter()
            .any(|i| matches!(i, MapItem::Cluster { .. }))
    );

    let response = app
        .post_form(
            "map/markers",
            &[
                ("query", "q=dluhy"),
                ("view", "49.2,13.9,49.5,14.5"),
                ("zoom", "16"),
            ],
        )
        .await;
    let near: MapView = response.json().await.unwrap();
    assert!(near.located < far.located, "the filter narrows the markers");
    assert!(
        near.in_view
            .iter()
            .any(|s| s.name == "Dluhové poradenství THEIA")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_map_input_is_a_czech_400() {
    let app = TestApp::spawn().await;
    for form in [
        [("query", ""), ("view", "1,2,3"), ("zoom", "10")],
        [("query", ""), ("view", "50,14,49,15"), ("zoom", "10")],
        [("query", ""), ("view", ""), ("zoom", "zoom")],
        [("query", "q=%FF"), ("view", ""), ("zoom", "10")],
    ] {
        let response = app.post_form("map/markers", &form).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{form:?}");
    }
    let response = app
        .post_form("map/near", &[("query", ""), ("lat", "91"), ("lon", "14")])
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let text = response.text().await.unwrap();
    assert!(text.contains("Souřadnice mimo rozsah"), "{text}");
    let (status, _) = app.get("/mapa?q=%FF").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_position_orders_services_by_distance() {
    let app = TestApp::spawn().await;
    let response = app
        .post_form(
            "map/near",
            &[("query", ""), ("lat", "49.451"), ("lon", "14.36")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let nearby: Nearby = response.json().await.unwrap();
    assert_eq!(nearby.municipality.unwrap().name, "Milevsko");
    assert!(nearby.items[0].in_municipality);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coverage_view_shows_white_spots() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/mapa/pokryti?druh=pecovatelska-sluzba").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("žádná – bílé místo"));
    assert!(body.contains(r#"<svg viewBox="#));
    assert!(body.contains(r#"r="7" class="coverage-0""#), "{body}");
    assert!(body.contains(r#"<option value="pecovatelska-sluzba" selected"#));
}
