//! Common questions over HTTP.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_question_list_is_searchable_and_by_topic() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/dotazy").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("18 dotazů"), "every question");
    let (_, body) = app.get("/dotazy?q=dluhy").await;
    assert!(body.contains("Máme dluhy – jsme v dluhové pasti a nevíme kudy dál?"));
    assert!(!body.contains("Nemám co jíst"));
    let (_, body) = app.get("/dotazy?tema=bezpeci").await;
    assert!(body.contains("Partner mi doma ubližuje"));
    assert!(!body.contains("Přišla mi exekuce"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_page_renders_its_markdown_and_names_services() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/dotazy/mame-dluhy").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("<strong>dluhovou poradnu THEIA</strong>"),
        "{body}"
    );
    assert!(
        body.contains("Dluhové poradenství THEIA"),
        "the services it names"
    );
    assert!(
        body.contains(
            "<title>Máme dluhy – jsme v dluhové pasti a nevíme kudy dál? – Pomoc</title>"
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_or_malformed_questions_are_not_found() {
    let app = TestApp::spawn().await;
    for path in [
        "/dotazy/neexistuje",
        "/dotazy/%3Cscript%3E",
        "/dotazy/..%2F..%2Fetc%2Fpasswd",
    ] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains("Stránka nenalezena"), "{path}");
    }
    let (status, _) = app.get("/dotazy?q=%FF").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}
