//! Hostile input against every public route: SQL and script injection, path traversal,
//! malformed percent-encoding, huge values, headers and bodies. Every answer is a 4xx or a
//! normal page — never a 5xx — and the server keeps serving.

use crate::support::{Browser, TestApp};
use reqwest::StatusCode;

const ROUTES: &[&str] = &[
    "/",
    "/sluzby",
    "/sluzby/1",
    "/organizace/1",
    "/mapa",
    "/mapa/pokryti",
    "/skupina",
    "/dotazy",
    "/dotazy/mame-dluhy",
    "/pomoc",
    "/pomoc/dluhy",
    "/p/abc",
    "/novinky",
    "/akce",
    "/plan",
    "/plan/akcni-plan",
    "/plan/projekty",
    "/plan/skupiny",
    "/plan/pripominky",
    "/plan/pripominky/akcni-plan-2027",
    "/ankety",
    "/ankety/dostupnost-sluzeb-2026",
    "/ankety/dostupnost-sluzeb-2026/vysledky",
    "/hledat",
    "/vlozit",
    "/otevrena-data",
    "/pristupnost",
    "/chybi-sluzba",
    "/embed/sluzby",
    "/embed/mapa",
    "/embed/pomoc",
    "/embed/dotazy",
    "/novinky.atom",
    "/akce.ics",
    "/api/hsds/services",
    "/api/hsds/taxonomies",
    "/sprava",
    "/sprava/prihlaseni",
];

const PAYLOADS: &[&str] = &[
    "'%20OR%201=1%20--",
    "%22;%20DROP%20TABLE%20services;%20--",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "%00",
    "%ZZ",
    "%",
    "%C0%AF",
    "%E0%A4%A",
    "%FF%FE",
    "{{7*7}}",
    "-1",
    "99999999999999999999999",
];

const PARAMS: &[&str] = &[
    "q", "skupina", "tema", "obec", "forma", "cilova", "druh", "strana", "page", "per_page",
    "mesic", "rok", "cast", "pohled", "barva", "zpet", "lat", "lon", "zoom", "bbox", "tisk",
];

#[tokio::test]
async fn no_hostile_query_or_path_makes_the_server_fail() {
    let app = TestApp::spawn().await;
    let long = "a".repeat(20_000);
    let mut failures = Vec::new();
    for route in ROUTES {
        let every_param = PAYLOADS.iter().map(|payload| {
            PARAMS
                .iter()
                .map(|p| format!("{p}={payload}"))
                .collect::<Vec<_>>()
                .join("&")
        });
        for query in every_param.chain([format!("q={long}&skupina={long}")]) {
            let (status, _) = app.get(&format!("{route}?{query}")).await;
            if status.is_server_error() {
                let shown: String = query.chars().take(80).collect();
                failures.push(format!("{status} {route}?{shown}"));
            }
        }
    }
    for prefix in [
        "/sluzby/",
        "/organizace/",
        "/dotazy/",
        "/pomoc/",
        "/p/",
        "/novinky/",
        "/akce/",
        "/plan/pripominky/",
        "/ankety/",
        "/obrazky/",
        "/embed/pomoc/",
        "/api/hsds/services/",
        "/otevrena-data/sluzby/",
        "/dokumenty/",
        "/leaflet/",
        "/pkg/",
    ] {
        for payload in PAYLOADS {
            for path in [
                format!("{prefix}{payload}"),
                format!("{prefix}{payload}/kalendar.ics"),
            ] {
                let (status, _) = app.get(&path).await;
                if status.is_server_error() {
                    failures.push(format!("{status} {path}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "server errors:\n{}",
        failures.join("\n")
    );
    let (status, _) = app.get("/sluzby?q=dluhy").await;
    assert_eq!(status, StatusCode::OK, "still serving");
}

#[tokio::test]
async fn hostile_forms_headers_and_bodies_get_a_4xx() {
    let app = TestApp::spawn().await;
    let mut resident = Browser::new(&app);
    resident.get("/chybi-sluzba").await;
    for path in [
        "/chybi-sluzba",
        "/pristupnost",
        "/sluzby/1/pripominka",
        "/plan/pripominky/akcni-plan-2027",
        "/ankety/dostupnost-sluzeb-2026",
        "/sprava/prihlaseni",
    ] {
        for body in [
            "message=%ZZ&contact=%",
            "text=%00%00&section=cast-1&author=%3Cscript%3E",
            "q0=99999999999999999999999&q1=-1&q2=%C0%AF",
            "username='%20OR%201=1--&password=x",
            "&&&==&=",
        ] {
            let token = resident
                .cookie("__Host-pomoc_csrf")
                .unwrap_or("")
                .to_owned();
            let response = app
                .client
                .post(format!("{}{path}", app.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", format!("__Host-pomoc_csrf={token}"))
                .body(format!("csrf={token}&{body}"))
                .send()
                .await
                .unwrap();
            let status = response.status();
            assert!(
                status.is_client_error() || status.is_redirection() || status == StatusCode::OK,
                "{status} for {path} with {body}"
            );
        }
    }

    let huge_header = app
        .client
        .get(format!("{}/sluzby", app.base))
        .header("x-filler", "a".repeat(128 * 1024))
        .send()
        .await;
    if let Ok(response) = huge_header {
        assert!(response.status().is_client_error(), "{}", response.status());
    }
    let many_cookies = app
        .client
        .get(format!("{}/sluzby", app.base))
        .header("cookie", "pomoc_skupina=%ZZ; ".repeat(500))
        .send()
        .await
        .unwrap();
    assert!(
        !many_cookies.status().is_server_error(),
        "{}",
        many_cookies.status()
    );
    let json_junk = app
        .client
        .post(format!("{}/api/search", app.base))
        .header("content-type", "application/json")
        .body("{\"q\": [1,2,{\"x\":")
        .send()
        .await
        .unwrap();
    assert!(
        json_junk.status().is_client_error(),
        "{}",
        json_junk.status()
    );
    let (status, _) = app.get("/").await;
    assert_eq!(status, StatusCode::OK, "still serving");
}
