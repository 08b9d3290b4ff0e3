//! The catalogue over HTTP: what a browser without JavaScript (or a crawler) gets.

use crate::support::TestApp;
use reqwest::StatusCode;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_renders_in_czech_with_the_sample_notice() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="cs""#), "{body}");
    assert!(body.contains("Najděte pomoc ve svém okolí"));
    assert!(body.contains("Ukázková data"));
    assert!(
        body.contains(r#"href="/?skupina=seniori""#),
        "audience tiles choose"
    );
    assert!(
        body.contains(r#"href="/pomoc/jsem-sam""#),
        "the wizard's situations"
    );
    assert!(
        body.contains(r#"href="/dotazy/jsem-sam-a-potrebuji-pomoc""#),
        "common questions"
    );
    assert!(body.contains("<main"), "landmarks");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalogue_is_complete_html_before_any_script_runs() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/sluzby?q=dluhy").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Dluhové poradenství THEIA"));
    assert!(body.contains("Našli jsme"));
    assert!(body.contains(r#"name="forma""#), "the filter form is there");
    assert!(
        !body.contains("Načítám"),
        "no loading placeholder in server HTML"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_page_shows_its_phone_as_a_link() {
    let app = TestApp::spawn().await;
    let (_, list) = app.get("/sluzby?q=Pe%C4%8Dovatelsk%C3%A1+Milevsko").await;
    let at = list.find(r#"href="/sluzby/"#).expect("a result link");
    let id: String = list[at + 14..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let (status, body) = app.get(&format!("/sluzby/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"href="tel:+420382000111""#), "{body}");
    assert!(body.contains("<title>Pečovatelská služba Milevsko – Pomoc</title>"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_values_give_a_useful_page_with_a_notice() {
    let app = TestApp::spawn().await;
    let (status, body) = app
        .get("/sluzby?druh=kouzla&obec=Pisek&strana=99999999999")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Vynechali jsme"));
    assert!(body.contains("kouzla"));
    assert!(body.contains("„Pisek“ není kód obce"));
    assert!(body.contains("Našli jsme"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_absurd_page_number_shows_the_last_page() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/sluzby?strana=9999").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains(r#"aria-current="page" aria-label="Stránka 3""#),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overlong_query_is_refused_in_czech() {
    let app = TestApp::spawn().await;
    let (status, body) = app
        .get(&format!("/sluzby?q={}", "a".repeat(10 * 1024)))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("Adresa je příliš dlouhá"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_is_refused_in_czech() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/sluzby?q=%FF%FE").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("neplatně zakódované"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sql_metacharacters_are_searched_for_as_text() {
    let app = TestApp::spawn().await;
    for query in [
        "%27%3B+DROP+TABLE+services%3B--",
        "%22+OR+1%3D1+--",
        "%25_%5C",
        "name%3A*+NEAR(a+b)",
    ] {
        let (status, body) = app.get(&format!("/sluzby?q={query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert!(
            body.contains("Nic jsme nenašli") || body.contains("Našli jsme"),
            "{query}"
        );
    }
    let (_, body) = app.get("/sluzby").await;
    assert!(
        body.contains("Našli jsme 48 služeb"),
        "the data is still there"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_pages_answer_404_with_a_way_on() {
    let app = TestApp::spawn().await;
    for path in [
        "/sluzby/999999",
        "/sluzby/abc",
        "/organizace/0",
        "/neexistuje",
    ] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains("Stránka nenalezena"), "{path}: {body}");
        assert!(body.contains(r#"href="/sluzby""#));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_in_the_query_is_shown_as_text() {
    let app = TestApp::spawn().await;
    let (status, body) = app
        .get("/sluzby?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body.contains("<script>alert(1)</script>"));
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_search_server_function_answers_json() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(format!("{}/api/search", app.base))
        .form(&[("query", "q=dluhy")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let page: domain::catalog::SearchPage = response.json().await.unwrap();
    assert_eq!(page.items[0].name, "Dluhové poradenství THEIA");

    let bad = app
        .client
        .post(format!("{}/api/search", app.base))
        .form(&[("nothing", "")])
        .send()
        .await
        .unwrap();
    assert!(bad.status().is_client_error(), "{}", bad.status());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_verified_over_a_year_ago_warns_residents() {
    use domain::staff::{Role, Username};
    const YEAR: i64 = 365 * 86_400;
    let app = TestApp::spawn().await;
    let id = 1;
    let (_, fresh) = app.get(&format!("/sluzby/{id}")).await;
    assert!(!fresh.contains("déle než rok"), "sample data is current");

    let by = app
        .store
        .create_staff_account(&Username::parse("overovatel").unwrap(), "h", Role::Editor)
        .await
        .unwrap()
        .unwrap();
    let by = app.store.staff_user(by).await.unwrap().unwrap();
    let edit = app.store.service_for_edit(id).await.unwrap().unwrap().edit;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let long_ago = now - YEAR - 3 * 86_400;
    app.store
        .update_service(
            id,
            &edit,
            Some(domain::verification::Source::Staff),
            &by,
            long_ago,
        )
        .await
        .unwrap()
        .unwrap();
    // Written past the server, as a request that writes would, the server reads the new version.
    app.store.refresh_content_version().await.unwrap();

    let (status, page) = app.get(&format!("/sluzby/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let on = domain::admin::date::czech_date(long_ago);
    assert!(
        page.contains(&format!(
            "Údaje služby nikdo neověřil déle než rok (naposledy {on})"
        )),
        "{page}"
    );
    assert!(page.contains(&format!("Údaje ověřeny dne {on}.")));
}
