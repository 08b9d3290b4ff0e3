//! Residents' pages kept rendered: each answer with its own nonce, validators and a `304`, a
//! gzip made once; an edit visible on the very next request; nothing personal kept.

use crate::support::{Browser, TestApp};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use std::io::Read;

const PASSWORD: &str = "Otava teče pod mostem";

/// The nonce the response's policy names.
fn nonce(headers: &HeaderMap) -> String {
    let policy = headers["content-security-policy"].to_str().expect("text");
    let start = policy.find("'nonce-").expect("a nonce in the policy") + 7;
    policy[start..start + 32].to_owned()
}

/// A GET sending `headers`; the body as sent (never decompressed by the client).
async fn get(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let client = reqwest::Client::builder()
        .no_gzip()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut request = client.get(format!("{}{path}", app.base));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.bytes().await.expect("body").to_vec(),
    )
}

fn text(body: &[u8]) -> String {
    String::from_utf8(body.to_vec()).expect("UTF-8")
}

#[tokio::test]
async fn a_kept_page_has_its_own_nonce_its_validators_and_a_gzip_made_once() {
    let app = TestApp::spawn().await;
    let (status, first, body) = get(&app, "/sluzby", &[]).await;
    assert_eq!(status, StatusCode::OK);
    let first_nonce = nonce(&first);
    let page = text(&body);
    assert!(
        page.contains(&format!("nonce=\"{first_nonce}\"")),
        "the page's scripts carry it"
    );
    let etag = first["etag"].to_str().expect("an ETag").to_owned();
    assert!(
        etag.starts_with("W/\""),
        "{etag}: the bytes differ by their nonce"
    );
    assert_eq!(first["cache-control"], "no-cache");

    // A second later the page is the one kept: made in the same second, with a new nonce.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (_, second, body) = get(&app, "/sluzby", &[]).await;
    let second_nonce = nonce(&second);
    assert_ne!(second_nonce, first_nonce);
    assert_eq!(
        second["last-modified"], first["last-modified"],
        "kept, not made again"
    );
    assert_eq!(second["etag"], first["etag"]);
    assert_eq!(text(&body).replace(&second_nonce, &first_nonce), page);

    // A browser holding it is told so, without a policy that would block its copy's scripts.
    let (status, held, body) = get(&app, "/sluzby", &[("if-none-match", &etag)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert!(held.get("content-security-policy").is_none());
    assert_eq!(held["etag"], first["etag"]);
    let since = first["last-modified"].to_str().expect("a date");
    let (status, ..) = get(&app, "/sluzby", &[("if-modified-since", since)]).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    let (status, ..) = get(&app, "/sluzby", &[("if-none-match", "W/\"0\"")]).await;
    assert_eq!(status, StatusCode::OK, "another page's tag");

    // Gzipped once, sent with each answer's nonce.
    for _ in 0..2 {
        let (status, zipped, body) = get(&app, "/sluzby", &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(zipped["content-encoding"], "gzip");
        assert!(
            body.len() < page.len() / 3,
            "{} of {} bytes",
            body.len(),
            page.len()
        );
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&body[..])
            .read_to_string(&mut unzipped)
            .expect("gzip");
        assert_eq!(unzipped.replace(&nonce(&zipped), &first_nonce), page);
    }
}

#[tokio::test]
async fn a_page_with_a_browsers_form_token_is_never_kept() {
    let app = TestApp::spawn().await;
    let mut tokens = Vec::new();
    for _ in 0..2 {
        let mut browser = Browser::new(&app);
        let page = browser.get("/chybi-sluzba").await;
        assert_eq!(page.status, StatusCode::OK);
        let cookie = browser
            .cookie("__Host-pomoc_csrf")
            .expect("a token cookie")
            .to_owned();
        assert_eq!(
            page.hidden("csrf"),
            cookie,
            "the form carries this browser's own token"
        );
        tokens.push(cookie);
    }
    assert_ne!(tokens[0], tokens[1]);
}

#[tokio::test]
async fn staff_are_never_sent_a_kept_page() {
    let app = TestApp::spawn().await;
    app.staff("jana", domain::staff::Role::Editor, PASSWORD)
        .await;
    let (_, anonymous, _) = get(&app, "/sluzby", &[]).await;
    assert!(anonymous.contains_key("etag"));
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let page = staff.get("/sluzby").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.headers.contains_key("etag"),
        "rendered for the signed-in editor"
    );
}

#[tokio::test]
async fn an_edit_is_on_the_next_request_and_a_kept_page_still_counts() {
    let app = TestApp::spawn().await;
    app.staff("jana", domain::staff::Role::Editor, PASSWORD)
        .await;
    app.store.flush_signals().await.unwrap();
    for _ in 0..3 {
        let (status, headers, _) = get(&app, "/pomoc/dluhy", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers.contains_key("etag"), "kept");
    }
    app.store.flush_signals().await.unwrap();
    let counted: Vec<(String, String)> = app
        .store
        .dump("signals")
        .await
        .unwrap()
        .into_iter()
        .map(|row| (row[2].1.clone(), row[3].1.clone()))
        .collect();
    assert_eq!(
        counted,
        [("dluhy-naleha".to_owned(), "3".to_owned())],
        "each visit counts its step, kept or rendered"
    );

    let (_, _, before) = get(&app, "/skupina", &[]).await;
    assert!(!text(&before).contains("Senioři a seniorky"));
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let saved = staff.rename_seniors("Senioři a seniorky").await;
    assert_eq!(saved.status, StatusCode::FOUND);
    let (_, _, after) = get(&app, "/skupina", &[]).await;
    assert!(text(&after).contains("Senioři a seniorky"));
}

#[tokio::test]
async fn ukrainian_and_czech_pages_and_an_offer_are_kept_apart() {
    let app = TestApp::spawn().await;
    let (_, _, czech) = get(&app, "/pomoc", &[]).await;
    let (_, _, ukrainian) = get(&app, "/uk/pomoc", &[]).await;
    let (_, _, offered) = get(&app, "/pomoc", &[("accept-language", "uk-UA,uk;q=0.9")]).await;
    let (_, _, czech_again) = get(&app, "/pomoc", &[]).await;
    assert!(text(&czech).contains("lang=\"cs\""));
    assert!(text(&ukrainian).contains("lang=\"uk\""));
    assert!(text(&offered).contains("lang-offer"));
    assert!(!text(&czech_again).contains("lang-offer"));
}

#[tokio::test]
async fn typed_text_that_found_nothing_is_never_kept() {
    let app = TestApp::spawn().await;
    for path in [
        "/sluzby?q=Jana+Dvorakova+8001011234",
        "/dotazy?q=Jana+Dvorakova+8001011234",
        "/hledat?q=Jana+Dvorakova+8001011234",
    ] {
        let (status, headers, body) = get(&app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            text(&body).contains("8001011234"),
            "{path}: the search box keeps it"
        );
        assert_eq!(headers["cache-control"], "private, no-cache", "{path}");
        assert!(!headers.contains_key("etag"), "{path}: not kept");
    }
    let (_, headers, _) = get(&app, "/sluzby?q=pecovatelska", &[]).await;
    assert!(
        headers.contains_key("etag"),
        "the portal's own words found services: kept"
    );
}
