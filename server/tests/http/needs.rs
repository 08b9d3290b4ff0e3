//! Where help is missing, over HTTP: a day of residents' traffic leaves counts and nothing
//! else; the planners' page, its CSV and its proposal form; the public page.

use crate::support::{Browser, TestApp};
use domain::needs::Signal;
use domain::staff::Role;
use reqwest::StatusCode;

const PASSWORD: &str = "Plánujeme služby pro Písecko 2027";

/// A day of residents from three addresses: searches that find nothing or little, filters that
/// find nothing, the wizard walked to an outcome in a municipality without its services and
/// left for the catalogue.
async fn a_day_of_traffic(app: &TestApp) {
    let clients = ["203.0.113.7", "198.51.100.23", "2001:db8::42"];
    for (i, client) in clients.into_iter().enumerate() {
        let mut browser = Browser::from(app, client);
        for _ in 0..2 {
            let reply = browser
                .get("/sluzby?q=Kade%C5%99n%C3%ADk+v+P%C3%ADsku")
                .await;
            assert_eq!(reply.status, StatusCode::OK);
        }
        browser.get("/sluzby?q=kadernik+pisku").await;
        browser.get(&format!("/sluzby?q=zcela+vzacne+{i}")).await;
        browser
            .get("/sluzby?druh=azylove-domy&forma=terenni&obec=549258")
            .await;
        browser.get("/pomoc").await;
        browser.get("/pomoc/dluhy").await;
        browser.get("/pomoc/dluhy/ne?obec=549258").await;
        browser.get("/sluzby?pruvodce=dluhy").await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_of_signals_holds_counts_and_nothing_of_a_request() {
    let app = TestApp::spawn().await;
    app.store.flush_signals().await.unwrap();
    let before = app.store.row_counts().await.unwrap();
    a_day_of_traffic(&app).await;
    assert!(app.store.flush_signals().await.unwrap() > 0);
    let after = app.store.row_counts().await.unwrap();
    let changed: Vec<&String> = after
        .iter()
        .filter(|(table, rows)| before.get(*table) != Some(rows))
        .map(|(table, _)| table)
        .collect();
    assert_eq!(changed, ["signals"], "residents' pages write signals only");
    let rows = app.store.dump("signals").await.unwrap();
    let today = domain::needs::Day::of(time::OffsetDateTime::now_utc().unix_timestamp());
    let mut searches = 0;
    for row in &rows {
        let columns: Vec<&str> = row.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(columns, ["day", "kind", "subject", "counted"]);
        assert_eq!(row[0].1, today.to_string(), "a day, no time of day");
        for (_, value) in row {
            for personal in [
                "203.0.113",
                "198.51.100",
                "2001:db8",
                "Kadeřník",
                "Písku",
                "csrf",
            ] {
                assert!(!value.contains(personal), "{value} holds {personal}");
            }
        }
        if row[1].1 == "hledani-bez-vysledku" && row[2].1 == "kadernik pisku" {
            searches = row[3].1.parse().unwrap();
        }
    }
    // Nine searches of three people, written two ways, are one count: nothing links them.
    assert_eq!(searches, 9);
    let kinds: Vec<&str> = rows.iter().map(|r| r[1].1.as_str()).collect();
    for kind in [
        "filtr-bez-vysledku",
        "pruvodce-otazka",
        "pruvodce-vysledek",
        "pruvodce-nenasli",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn planners_see_what_was_not_found_but_never_a_rare_search() {
    let app = TestApp::spawn().await;
    a_day_of_traffic(&app).await;
    app.store.flush_signals().await.unwrap();
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let page = staff.get("/sprava/planovani").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("kadernik pisku"), "seen nine times");
    assert!(!page.body.contains("vzacne"), "each seen once, never shown");
    assert!(page.body.contains("Dalších 3 případů"), "{}", page.body);
    // The white spots of field services, each type with its coverage map.
    assert!(
        page.body.contains("href=\"/mapa/pokryti?druh="),
        "{}",
        page.body
    );
    assert!(page.body.contains("Kolik mám dluhů?") || page.body.contains("dluh"));
    // The report as CSV and for print.
    let csv = staff
        .get("/sprava/planovani/hledani-bez-vysledku.csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("kadernik pisku,9"), "{}", csv.body);
    assert_eq!(
        staff.get("/sprava/planovani/nic.csv").await.status,
        StatusCode::NOT_FOUND
    );
    let printed = staff.get("/sprava/planovani/zprava").await;
    assert!(
        printed
            .body
            .contains("Analýza potřeb: co obyvatelé hledali a nenašli")
    );
    assert!(printed.body.contains("Metoda"));
    // Nobody else reads them.
    let stranger = Browser::new(&app).get("/sprava/planovani/tydny.csv").await;
    assert_eq!(stranger.status, StatusCode::UNAUTHORIZED);
    // The public page shows the same evidence over whole days, up to yesterday: today's
    // searches are not there yet, yesterday's are.
    let (status, public) = app.get("/plan/potreby").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!public.contains("kadernik pisku"));
    let yesterday = time::OffsetDateTime::now_utc().unix_timestamp() - 86_400;
    for text in ["Kadeřník v Písku"; 5].into_iter().chain(["zcela vzácné"]) {
        app.store
            .count_signal(Signal::search(text, 0).unwrap(), yesterday);
    }
    app.store.flush_signals().await.unwrap();
    let (_, public) = app.get("/plan/potreby").await;
    assert!(public.contains("kadernik pisku"), "{public}");
    assert!(!public.contains("vzacne"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signal_becomes_an_idea_in_the_project_pool() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let page = staff.get("/sprava/planovani").await;
    let measure = page
        .body
        .split("<select id=\"measure\" name=\"measure\"><option value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a measure")
        .to_owned();
    let done = staff
        .post(
            "/sprava/planovani",
            &[
                ("title", "Kadeřnice, která přijede domů"),
                ("measure", &measure),
            ],
        )
        .await;
    assert!(
        done.body.contains("je v zásobníku projektů"),
        "{}",
        done.body
    );
    let (_, pool) = app.get("/plan/projekty").await;
    assert!(pool.contains("Kadeřnice, která přijede domů"));
    let refused = staff
        .post(
            "/sprava/planovani",
            &[("title", "Cokoli"), ("measure", "9.9")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(
        refused.body.contains("Projekt nebyl přidán"),
        "{}",
        refused.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_service_counts_under_its_topic_and_keeps_it_in_the_message() {
    let app = TestApp::spawn().await;
    let mut resident = Browser::new(&app);
    let form = resident.get("/chybi-sluzba").await;
    assert!(form.body.contains("<select id=\"topic\" name=\"topic\">"));
    let topic = form
        .body
        .split("<option value=\"\">")
        .nth(1)
        .and_then(|s| s.split("<option value=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .expect("a topic")
        .to_owned();
    let sent = resident
        .post(
            "/chybi-sluzba",
            &[
                ("message", "Chybí tu odlehčovací služba o víkendu."),
                ("topic", &topic),
                ("contact", ""),
                ("web", ""),
            ],
        )
        .await;
    assert!(
        sent.status.is_success() || sent.status.is_redirection(),
        "{}",
        sent.status
    );
    app.store.flush_signals().await.unwrap();
    let rows = app.store.dump("signals").await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r[1].1 == "chybi-sluzba" && r[2].1 == topic && r[3].1 == "1"),
        "{rows:?}"
    );
}
