//! The site-wide search over HTTP: services and questions beside news, events, the plan's text,
//! documents by title and drafts in consultation.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test]
async fn one_search_finds_services_news_events_the_plan_and_documents() {
    let app = TestApp::spawn().await;

    let (status, page) = app.get("/hledat?q=noclehárna").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Plán sociálních služeb ("),
        "an activity of the plan"
    );
    assert!(page.contains("href=\"/plan#priorita-3\""));
    assert!(
        page.contains("Návrhy k připomínkám ("),
        "the draft that drops it"
    );
    assert!(page.contains("href=\"/plan/pripominky/akcni-plan-2026\""));

    let (_, documents) = app.get("/hledat?q=zápis rodiny").await;
    assert!(
        documents.contains("href=\"/dokumenty/zapis-rodiny-2026-10.pdf\""),
        "minutes by title"
    );
    let (_, analysis) = app.get("/hledat?q=analýza potřeb").await;
    assert!(analysis.contains("href=\"/dokumenty/analyza-potreb-2023.pdf\""));

    let (_, mixed) = app.get("/hledat?q=dluhy").await;
    assert!(
        mixed.contains("id=\"found-services\""),
        "services about debts"
    );
    assert!(mixed.contains("href=\"/sluzby?q=dluhy\""));

    let (_, groups) = app.get("/hledat?q=Beruška").await;
    assert!(
        groups.contains("href=\"/plan/skupiny#rodiny\""),
        "a member organisation finds its group"
    );

    let news = app.store.articles(None, 1).await.unwrap();
    let title = &news[0].title;
    let (_, found) = app
        .get(&format!("/hledat?q={}", domain::query::encode(title)))
        .await;
    assert!(
        found.contains(&format!("href=\"/novinky/{}\"", news[0].slug)),
        "{title}"
    );

    let (_, events) = app.get("/hledat?q=kulatý stůl").await;
    assert!(
        events.contains("href=\"/akce/kulaty-stul-plan-2027\""),
        "an event"
    );

    let (status, nothing) = app.get("/hledat?q=xylofonista").await;
    assert_eq!(status, StatusCode::OK);
    assert!(nothing.contains("jsme nic nenašli"));
    let (status, empty) = app.get("/hledat").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!empty.contains("jsme nic nenašli"), "no search, no verdict");
}
