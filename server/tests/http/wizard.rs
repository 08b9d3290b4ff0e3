//! The "Potřebuji pomoc" wizard over HTTP: plain links, each step its own URL.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_question_offers_its_answers_as_links() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/pomoc").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("S čím potřebujete pomoct?"));
    assert!(body.contains(r#"href="/pomoc/dluhy""#));
    assert!(body.contains(r#"href="/pomoc/jina-situace""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_path_of_answers_reaches_an_outcome_with_contacts_and_the_answers_so_far() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/pomoc/dluhy/ne").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Obraťte se na dluhovou poradnu"));
    assert!(body.contains("Dluhové poradenství THEIA"));
    assert!(body.contains("Vaše odpovědi"));
    assert!(
        body.contains(r#"href="/pomoc/dluhy""#),
        "change the last answer"
    );
    assert!(body.contains(r#"href="/pomoc""#), "start again");
    assert!(body.contains("https://pomoc.example/p/32"), "short link");
    assert!(
        body.contains("<svg role=\"img\" aria-label=\"QR kód odkazu\""),
        "QR code drawn on the server"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_municipality_narrows_the_further_help() {
    let app = TestApp::spawn().await;
    let (status, body) = app
        .get("/pomoc/pece-o-blizkeho/pomoc-doma?obec=549576")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Další pomoc pro obec Milevsko"), "{body}");
    assert!(body.contains("https://pomoc.example/p/51?obec=549576"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_print_sheet_has_the_date_and_no_answers_list() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/pomoc/nemam-co-jist?tisk=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("outcome print-sheet"));
    assert!(body.contains("vytištěno "));
    assert!(!body.contains("Vaše odpovědi"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_link_leads_to_the_full_path() {
    let app = TestApp::spawn().await;
    let (status, headers, _) = app.get_with_cookie("/p/32?obec=549240", "").await;
    assert!(status.is_redirection(), "{status}");
    assert_eq!(
        headers.get("location").unwrap(),
        "/pomoc/dluhy/ne?obec=549240"
    );
    let (status, _) = app.get("/p/99").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_or_tampered_paths_offer_to_start_again() {
    let app = TestApp::spawn().await;
    for path in [
        "/pomoc/neexistuje",
        "/pomoc/dluhy/mozna",
        "/pomoc/nemam-co-jist/dalsi",
        "/pomoc/a/b/c/d/e/f/g/h/i/j",
    ] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        assert!(body.contains("Tuto cestu průvodcem neznáme"), "{path}");
        assert!(body.contains(r#"href="/pomoc""#), "{path}");
    }
}
