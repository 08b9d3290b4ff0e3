//! Embedded views over HTTP: who may frame what, no cookies from embeds, no site chrome, links
//! that stay in the frame or open a new tab, the host's colours, and the webmaster's generator.

use crate::support::TestApp;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, SET_COOKIE, X_FRAME_OPTIONS};

/// Every Content-Security-Policy header: the page's own, then the framing one.
fn policies(headers: &reqwest::header::HeaderMap) -> Vec<String> {
    headers
        .get_all(CONTENT_SECURITY_POLICY)
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn embeds_may_be_framed_by_the_allowed_sites_and_every_other_page_by_none() {
    let app = TestApp::spawn().await;
    for path in [
        "/embed/sluzby?skupina=seniori",
        "/embed/mapa?obec=549240",
        "/embed/pomoc/dluhy",
        "/embed/dotazy?skupina=seniori",
    ] {
        let (status, headers, _) = app.get_with_cookie(path, "").await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            policies(&headers).last().map(String::as_str),
            Some("frame-ancestors 'self' https://www.obec.example"),
            "{path}"
        );
        assert!(!headers.contains_key(X_FRAME_OPTIONS), "{path}");
        assert!(
            !headers.contains_key(SET_COOKIE),
            "an embed sets no cookie: {path}"
        );
    }
    for path in [
        "/",
        "/sluzby?skupina=seniori",
        "/vlozit",
        "/sprava/prihlaseni",
    ] {
        let (_, headers, _) = app.get_with_cookie(path, "").await;
        assert_eq!(
            policies(&headers).last().map(String::as_str),
            Some("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(headers[X_FRAME_OPTIONS], "DENY", "{path}");
    }
    // The full catalogue still remembers the audience; its embedded view does not.
    let (_, headers, _) = app.get_with_cookie("/sluzby?skupina=seniori", "").await;
    assert!(headers.contains_key(SET_COOKIE));
}

#[tokio::test]
async fn an_embedded_catalogue_has_no_chrome_keeps_its_links_inside_and_opens_services_in_a_tab() {
    let app = TestApp::spawn().await;
    let (_, page) = app.get("/embed/sluzby?barva=modra").await;
    assert!(page.contains("class=\"embed-frame\""));
    assert!(page.contains("--brand: #1d4f91"), "the host's colours");
    assert!(!page.contains("site-header") && !page.contains("site-footer"));
    assert!(page.contains("src=\"/embed-frame.js\""));
    // Another page of results, and the list/map switch, stay in the frame with the colours.
    assert!(
        page.contains("href=\"/embed/sluzby?strana=2&amp;barva=modra\""),
        "pagination"
    );
    assert!(
        page.contains("href=\"/embed/mapa?barva=modra\""),
        "view switch"
    );
    assert!(
        page.contains("name=\"barva\" value=\"modra\""),
        "the filter form keeps them"
    );
    // A service's page opens in a new tab.
    let service_link = page
        .split("<a href=\"/sluzby/")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .expect("a service link");
    assert!(service_link.contains("target=\"_blank\""), "{service_link}");

    // The full catalogue is unchanged.
    let (_, full) = app.get("/sluzby").await;
    assert!(full.contains("site-header"));
    assert!(!full.contains("target=\"_blank\""));
    assert!(full.contains("href=\"/sluzby?strana=2\""));

    // A colour not on the list falls back to the default instead of breaking the host's page.
    let (status, page) = app.get("/embed/sluzby?barva=%23ff0000").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("--brand: #0b5e55"));
}

#[tokio::test]
async fn the_generator_gives_the_snippets_and_names_a_bad_choice() {
    let app = TestApp::spawn().await;
    let (status, page) = app
        .get("/vlozit?pohled=pomoc&obec=549240&skupina=seniori&barva=seda")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(
            "&lt;div data-pomoc=\"pomoc?obec=549240&amp;amp;skupina=seniori&amp;amp;barva=seda\"&gt;"
        ),
        "the loader snippet, shown as text"
    );
    assert!(page.contains("https://pomoc.example/embed.js"));
    assert!(page.contains("https://pomoc.example/embed/pomoc?obec=549240"));
    assert!(
        page.contains("data-pomoc=\"pomoc?obec=549240&amp;skupina=seniori&amp;barva=seda\""),
        "the live preview"
    );

    let (status, page) = app.get("/vlozit?pohled=kino&barva=zlata").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("Pohled „kino“ neznáme"));
    assert!(page.contains("Barvu „zlata“ nenabízíme"));
    assert!(page.contains("aria-describedby=\"barva-error\""));
}

#[tokio::test]
async fn the_loader_is_small_and_served_by_the_portal() {
    let app = TestApp::spawn().await;
    let (status, script) = app.get("/embed.js").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        script.contains("event.origin !== origin"),
        "the host checks the sender"
    );
    assert!(script.len() < 4096, "{} bytes", script.len());
    let (status, frame) = app.get("/embed-frame.js").await;
    assert_eq!(status, StatusCode::OK);
    assert!(frame.contains("ResizeObserver"));
}
