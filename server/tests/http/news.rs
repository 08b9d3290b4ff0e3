//! News and events over HTTP: the pages, the month's calendar, the Atom and iCalendar feeds, the
//! audience filter, and Czech 4xx answers for what does not exist.

use crate::support::TestApp;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE};

#[tokio::test]
async fn news_are_listed_newest_first_and_follow_the_audience() {
    let app = TestApp::spawn().await;
    let (status, page) = app.get("/novinky").await;
    assert_eq!(status, StatusCode::OK);
    let plan = page.find("Začíná příprava plánu").expect("the newest");
    let catalogue = page
        .find("Katalog sociálních služeb Písecka je")
        .expect("older");
    assert!(plan < catalogue, "newest first");
    assert!(page.contains("Senioři: jak požádat o příspěvek na péči"));
    assert!(page.contains("href=\"/novinky.atom\""));

    // For families, the article for seniors and disabled people is not in the list.
    let (_, families) = app.get("/novinky?skupina=rodiny-s-detmi").await;
    assert!(!families.contains("příspěvek na péči"));
    assert!(
        families.contains("Začíná příprava plánu"),
        "articles for all stay"
    );

    let (status, article) = app.get("/novinky/priprava-planu-2027-2029").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        article.contains("<strong>zadavateli</strong>"),
        "Markdown rendered"
    );
    assert!(article.contains("10. 11. 2026"));
    let (status, _) = app.get("/novinky/neexistuje").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_atom_feed_lists_the_news_for_an_audience() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/novinky.atom?skupina=seniori", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "application/atom+xml; charset=utf-8"
    );
    let xml = response.text().await.unwrap();
    assert!(xml.starts_with("<?xml"));
    assert_eq!(xml.matches("<entry>").count(), 3);
    assert!(xml.contains("<id>https://pomoc.example/novinky/prispevek-na-peci</id>"));
    let (_, families) = app.get("/novinky.atom?skupina=rodiny-s-detmi").await;
    assert_eq!(families.matches("<entry>").count(), 2);
    let (status, body) = app.get("/novinky.atom?skupina=Ne%20Slug").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("neexistuje"), "{body}");
}

#[tokio::test]
async fn events_show_in_their_month_and_go_to_a_calendar_as_ical() {
    let app = TestApp::spawn().await;
    let (status, page) = app.get("/akce?mesic=2026-12").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<caption>Akce – prosinec 2026"));
    assert!(page.contains("href=\"/akce/kulaty-stul-plan-2027\""));
    assert!(page.contains("href=\"/akce?mesic=2027-01\""), "next month");
    assert!(
        !page.contains("Veřejné projednání návrhu plánu</a></td>"),
        "January's is not in December"
    );

    let (status, event) = app.get("/akce/kulaty-stul-plan-2027").await;
    assert_eq!(status, StatusCode::OK);
    assert!(event.contains("3. 12. 2026 17:00"));
    assert!(event.contains("href=\"/akce/kulaty-stul-plan-2027/kalendar.ics\""));

    let response = app
        .client
        .get(format!(
            "{}/akce/kulaty-stul-plan-2027/kalendar.ics",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "text/calendar; charset=utf-8"
    );
    assert_eq!(
        response.headers()[CONTENT_DISPOSITION],
        "attachment; filename=\"kulaty-stul-plan-2027.ics\""
    );
    let ics = response.text().await.unwrap();
    assert!(ics.contains("DTSTART;TZID=Europe/Prague:20261203T170000\r\n"));
    assert!(ics.contains("SUMMARY:Kulatý stůl k plánu sociálních služeb\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);

    let (_, seniors) = app.get("/akce.ics?skupina=seniori").await;
    let (_, families) = app.get("/akce.ics?skupina=rodiny-s-detmi").await;
    assert!(seniors.contains("Pracovní skupina Senioři"));
    assert!(!families.contains("Pracovní skupina Senioři"));
    assert!(families.contains("Veřejné projednání návrhu plánu"));

    let (status, body) = app.get("/akce/neni-takova/kalendar.ics").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, "Akce nebyla nalezena.");
    let (status, _) = app.get("/akce?mesic=2026-13").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "an impossible month shows the current one"
    );
}
