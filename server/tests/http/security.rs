//! The security headers of every response, asserted one by one: pages carry a
//! Content-Security-Policy with a fresh nonce that their inline scripts bear, everything else a
//! policy that lets nothing run; nosniff, the referrer and permissions policies, HSTS (the test
//! portal's public address is https), and the request body limit.

use crate::support::TestApp;
use reqwest::StatusCode;

fn all(headers: &reqwest::header::HeaderMap, name: &str) -> Vec<String> {
    headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn pages_carry_a_nonce_policy_and_every_response_the_common_headers() {
    let app = TestApp::spawn().await;
    let get = |path: &str| app.client.get(format!("{}{path}", app.base)).send();

    // The map: a page with inline scripts (the islands loader).
    let page = get("/mapa").await.unwrap();
    let headers = page.headers().clone();
    let html = page.text().await.unwrap();
    let policies = all(&headers, "content-security-policy");
    assert_eq!(
        policies.len(),
        2,
        "the page's policy and frame-ancestors: {policies:?}"
    );
    let policy = &policies[0];
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(nonce.len() >= 16);
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the inline scripts bear it"
    );
    for part in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "img-src 'self' data: https://tiles.example",
    ] {
        assert!(policy.contains(part), "{part} in {policy}");
    }
    assert!(!policy.contains("script-src 'self' 'unsafe-inline'"));
    assert_eq!(policies[1], "frame-ancestors 'none'");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["referrer-policy"],
        "strict-origin-when-cross-origin"
    );
    assert!(
        headers["permissions-policy"]
            .to_str()
            .unwrap()
            .starts_with("geolocation=(self), camera=()")
    );
    assert_eq!(
        headers["strict-transport-security"],
        "max-age=63072000; includeSubDomains"
    );

    let again = get("/mapa").await.unwrap();
    let second = all(again.headers(), "content-security-policy").remove(0);
    assert!(!second.contains(nonce), "a fresh nonce per response");

    let api = get("/api/hsds/services").await.unwrap();
    let api_policies = all(api.headers(), "content-security-policy");
    assert!(
        api_policies[0].starts_with("default-src 'none'"),
        "{api_policies:?}"
    );
    assert_eq!(api.headers()["x-content-type-options"], "nosniff");

    let embed = get("/embed/sluzby").await.unwrap();
    let embed_policies = all(embed.headers(), "content-security-policy");
    assert!(embed_policies[0].contains("'nonce-"));
    assert_eq!(
        embed_policies[1],
        "frame-ancestors 'self' https://www.obec.example"
    );

    let missing = get("/neni-tu").await.unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(all(missing.headers(), "content-security-policy")[0].contains("'nonce-"));
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_before_it_is_read() {
    let app = TestApp::spawn().await;
    let huge = vec![b'a'; server::BODY_LIMIT + 1];
    let response = app
        .client
        .post(format!("{}/api/search", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn static_files_are_cached_for_a_day_and_pages_asked_about_on_every_visit() {
    let app = TestApp::spawn().await;
    let cache = |path: &'static str| {
        let request = app.client.get(format!("{}{path}", app.base)).send();
        async move {
            let response = request.await.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            response
                .headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap().to_owned())
        }
    };
    assert_eq!(
        cache("/embed.js").await.as_deref(),
        Some("public, max-age=86400")
    );
    assert_eq!(
        cache("/dokumenty/analyza-potreb-2023.pdf").await.as_deref(),
        Some("public, max-age=86400")
    );
    // A page may be kept by the browser but is asked about again (its ETag) on each visit.
    assert_eq!(cache("/plan").await.as_deref(), Some("no-cache"));
    assert_eq!(cache("/embed/sluzby").await.as_deref(), Some("no-cache"));
}

#[tokio::test]
async fn nothing_of_the_staff_area_is_stored_by_a_browser_or_a_proxy() {
    let app = TestApp::spawn().await;
    for path in [
        "/sprava/prihlaseni",
        "/sprava",
        "/sprava/ankety/1/vysledky.csv",
        "/api/sprava/load_staff_list",
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "{path} ({})",
            response.status()
        );
    }
}
