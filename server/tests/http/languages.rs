//! The portal in Ukrainian and English over HTTP: the address says the language, pages link
//! their versions, the choice is remembered, redirects keep the language, and a Ukrainian
//! browser is offered its language without being sent there.

use crate::support::{Browser, TestApp};
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_in_ukrainian_says_so_links_its_versions_and_is_remembered() {
    let app = TestApp::spawn().await;
    let mut browser = Browser::new(&app);
    let page = browser.get("/uk/pomoc/dluhy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"<html lang="uk">"#));
    assert!(
        page.body
            .contains("Вам загрожує примусове стягнення (exekuce) або втрата житла?"),
        "the question in Ukrainian"
    );
    for (code, path) in [
        ("cs", "/pomoc/dluhy"),
        ("uk", "/uk/pomoc/dluhy"),
        ("en", "/en/pomoc/dluhy"),
    ] {
        assert!(
            page.body
                .contains(&format!(r#"{path}" hreflang="{code}" rel="alternate""#)),
            "alternate {code}"
        );
    }
    // The island that walks the next questions carries Ukrainian only.
    assert!(page.body.contains("Поки що ні") && !page.body.contains("Zatím ne"));
    assert!(!page.body.contains("translations"));
    assert_eq!(browser.cookie("pomoc_jazyk"), Some("uk"));
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(home.location(), "/uk/");
    // A shared link keeps its own language.
    let czech = browser.get("/pomoc/dluhy").await;
    assert!(czech.body.contains(r#"<html lang="cs">"#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_switchs_czech_link_remembers_czech_and_drops_the_prefix() {
    let app = TestApp::spawn().await;
    let mut browser = Browser::new(&app);
    browser.get("/en/").await;
    let back = browser.get("/cs/sluzby?q=dluhy").await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert_eq!(back.location(), "/sluzby?q=dluhy");
    assert_eq!(browser.cookie("pomoc_jazyk"), Some("cs"));
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains(r#"<html lang="cs">"#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_stay_in_the_language_they_came_from() {
    let app = TestApp::spawn().await;
    let (status, headers, _) = app
        .get_with_cookie("/uk/sluzby", "pomoc_skupina=seniori")
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/uk/sluzby?skupina=seniori");

    let (_, outcome) = app.get("/en/pomoc/nemam-co-jist").await;
    let short = outcome
        .split('"')
        .find(|part| part.contains("/en/p/"))
        .expect("a short link in English");
    let path = &short[short.find("/en/p/").unwrap()..];
    let (status, headers, _) = app.get_with_cookie(path, "").await;
    assert!(status.is_redirection(), "{path}: {status}");
    assert_eq!(headers["location"], "/en/pomoc/nemam-co-jist");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ukrainian_browser_is_offered_ukrainian_until_it_chooses() {
    let app = TestApp::spawn().await;
    let ask = |cookie: &'static str| {
        let request = app
            .client
            .get(format!("{}/sluzby", app.base))
            .header("accept", "text/html")
            .header("accept-language", "uk-UA,uk;q=0.9,ru;q=0.8");
        if cookie.is_empty() {
            request
        } else {
            request.header("cookie", cookie)
        }
    };
    let offered = ask("").send().await.unwrap();
    let vary = offered
        .headers()
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(", ");
    let body = offered.text().await.unwrap();
    assert!(body.contains(r#"<html lang="cs">"#), "offered, not sent");
    assert!(body.contains(r#"<aside lang="uk" aria-label="Мова сторінки" class="lang-offer">"#));
    assert!(body.contains(r#"href="/uk/sluzby""#) && body.contains("Відкрити українською"));
    assert!(vary.contains("Accept-Language"), "{vary}");
    let declined = ask("pomoc_jazyk=cs")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!declined.contains("lang-offer"));
    let czech = app.get("/sluzby").await.1;
    assert!(
        !czech.contains("lang-offer"),
        "a Czech browser is offered nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_speak_the_pages_language() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/uk/neni-tu").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Сторінку не знайдено"), "{body}");
    let (status, body) = app.get("/en/pomoc/no-such-answer").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("The guide has no such path"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_sent_in_ukrainian_is_thanked_in_ukrainian() {
    let app = TestApp::spawn().await;
    let mut resident = Browser::from(&app, "203.0.113.24");
    let form = resident.get("/uk/chybi-sluzba").await;
    assert!(form.body.contains(r#"action="/uk/chybi-sluzba""#));
    assert!(form.body.contains("Тут бракує послуги?"));
    let sent = resident
        .post(
            "/uk/chybi-sluzba",
            &[(
                "message",
                "У Мілевську є безкоштовна юридична консультація.",
            )],
        )
        .await;
    assert!(sent.status.is_redirection(), "{}", sent.status);
    assert_eq!(sent.location(), "/uk/chybi-sluzba?odeslano=1#odeslano");
    let thanks = resident.get("/uk/chybi-sluzba?odeslano=1").await;
    assert!(
        thanks
            .body
            .contains("Дякуємо, ми отримали ваше повідомлення.")
    );
    let statement = resident.get("/en/pristupnost").await;
    assert!(statement.body.contains("partially compliant"));
    assert!(statement.body.contains(r#"action="/en/pristupnost""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_are_titled_and_linked_in_their_language() {
    let app = TestApp::spawn().await;
    let (status, atom) = app.get("/uk/novinky.atom").await;
    assert_eq!(status, StatusCode::OK);
    assert!(atom.contains("<title>Новини – Pomoc</title>"), "{atom}");
    assert!(atom.contains("/uk/novinky/priprava-planu-2027-2029"));
    let (_, calendar) = app.get("/en/akce.ics").await;
    assert!(calendar.contains("Events – Pomoc"), "{calendar}");
    let (_, czech) = app.get("/akce.ics").await;
    let uid = |ics: &str| {
        ics.lines()
            .find(|l| l.starts_with("UID:"))
            .map(str::to_owned)
    };
    assert_eq!(uid(&calendar), uid(&czech), "one event, one identifier");
    let (_, news) = app.get("/uk/novinky").await;
    assert!(news.contains(r#"href="/uk/novinky.atom""#));
}
