//! The audience choice over HTTP, as it works without JavaScript: the URL chooses, a cookie
//! remembers, list pages follow the remembered choice.

use crate::support::TestApp;
use reqwest::StatusCode;

const SENIORS: &str = "pomoc_skupina=seniori";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choosing_an_audience_sets_the_cookie_and_turns_the_home_page() {
    let app = TestApp::spawn().await;
    let (status, headers, body) = app.get_with_cookie("/?skupina=seniori", "").await;
    assert_eq!(status, StatusCode::OK);
    let cookie = headers
        .get("set-cookie")
        .expect("cookie set")
        .to_str()
        .unwrap();
    assert!(
        cookie.starts_with("pomoc_skupina=seniori;")
            && cookie.contains("SameSite=Lax")
            && cookie.contains("Secure"),
        "{cookie}"
    );
    assert!(
        body.contains("Pomoc pro skupinu: Senioři"),
        "the home page turns to the group"
    );
    assert!(
        body.contains("Vybraná skupina: Senioři"),
        "the top menu brings it forward"
    );
    assert!(
        body.contains("Témata pro skupinu Senioři"),
        "the bottom menu shows its topics"
    );
    assert!(
        body.contains(r#"href="/dotazy?tema=pece&amp;skupina=seniori""#),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_remembered_audience_shows_on_pages_that_do_not_name_one() {
    let app = TestApp::spawn().await;
    let (_, headers, body) = app.get_with_cookie("/sluzby/1", SENIORS).await;
    assert!(headers.get("set-cookie").is_none(), "nothing to change");
    assert!(body.contains("Vybraná skupina: Senioři"));
    assert!(
        body.contains(r#"href="/sluzby?skupina=seniori""#),
        "menu links keep the group"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_pages_go_to_the_url_of_the_remembered_audience() {
    let app = TestApp::spawn().await;
    let (status, headers, _) = app.get_with_cookie("/sluzby?q=pomoc", SENIORS).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        headers.get("location").unwrap(),
        "/sluzby?q=pomoc&skupina=seniori"
    );
    let (status, headers, _) = app.get_with_cookie("/dotazy", SENIORS).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers.get("location").unwrap(), "/dotazy?skupina=seniori");
    let (status, _, _) = app.get_with_cookie("/sluzby", "").await;
    assert_eq!(status, StatusCode::OK, "no choice, no redirect");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_choice_clears_the_cookie_and_shows_everything() {
    let app = TestApp::spawn().await;
    let (status, headers, body) = app.get_with_cookie("/sluzby?skupina=", SENIORS).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert!(body.contains("Našli jsme 48 služeb"), "everything");
    assert!(body.contains(">Pro koho?<"), "no group in the menu");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_cookie_is_ignored() {
    let app = TestApp::spawn().await;
    let (status, _, body) = app
        .get_with_cookie("/sluzby", "pomoc_skupina=%3Cscript%3E")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!body.contains("<script>alert"));
    let (status, _, _) = app
        .get_with_cookie("/sluzby", "pomoc_skupina=neznama")
        .await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "a well-formed unknown slug is followed, then ignored"
    );
    let (status, _, body) = app
        .get_with_cookie("/sluzby?skupina=neznama", "pomoc_skupina=neznama")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Skupinu „neznama“ neznáme") || body.contains("Našli jsme 48 služeb"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_chooser_page_lists_every_audience() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/skupina").await;
    assert_eq!(status, StatusCode::OK);
    for slug in [
        "seniori",
        "rodiny-s-detmi",
        "zdravotni-postizeni",
        "socialni-vylouceni",
        "v-krizi",
    ] {
        assert!(
            body.contains(&format!(r#"href="/?skupina={slug}""#)),
            "{slug}"
        );
    }
}
