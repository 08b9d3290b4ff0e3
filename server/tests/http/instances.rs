//! Two server processes behind one load balancer, as two apps on two stores (each with its own
//! pool and caches) over one database (a SQLite file, or PostgreSQL when
//! `POMOC_TEST_DATABASE_URL` names one): what one of them knows, the other knows too.

use crate::support::{Browser, TestApp};
use reqwest::StatusCode;
use store::Store;

const PASSWORD: &str = "Otava teče pod mostem";

async fn two_servers(dir: &std::path::Path) -> (TestApp, TestApp) {
    let url = Store::scratch_url(dir).await.expect("a database");
    let first = Store::open(&url).await.expect("database");
    first.seed_if_empty().await.expect("sample data");
    let second = Store::open(&url).await.expect("the same database");
    (TestApp::serve(first).await, TestApp::serve(second).await)
}

#[tokio::test]
async fn a_session_and_the_rate_limit_hold_across_servers() {
    let dir = std::env::temp_dir().join(format!("pomoc-instances-{}", std::process::id()));
    let (a, b) = two_servers(&dir).await;
    a.staff("jana", domain::staff::Role::Editor, PASSWORD).await;

    // Signed in on one server, the next request lands on the other.
    let mut browser = Browser::new(&a);
    let signed_in = browser.log_in("jana", PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::FOUND);
    browser.app = &b;
    let home = browser.get("/sprava").await;
    assert_eq!(
        home.status,
        StatusCode::OK,
        "the session is in the database"
    );

    // Ten logins a minute per client, whichever server takes them: nine more now, in turns,
    // each under another name (five under one name are a limit of their own).
    let mut stranger = Browser::new(&a);
    for turn in 0..9 {
        stranger.app = if turn % 2 == 0 { &a } else { &b };
        let reply = stranger
            .log_in(&format!("nikdo{turn}"), "spatne heslo")
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNAUTHORIZED,
            "attempt {}",
            turn + 2
        );
    }
    for server in [&a, &b] {
        stranger.app = server;
        let refused = stranger.log_in("nikdo", "spatne heslo").await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(refused.body.contains("Příliš mnoho pokusů"));
    }
    drop((a, b));
    // Nothing to remove when the database was PostgreSQL.
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn an_edit_on_one_server_is_on_the_next_page_of_the_other() {
    let dir = std::env::temp_dir().join(format!("pomoc-instances-edit-{}", std::process::id()));
    let (a, b) = two_servers(&dir).await;
    a.staff("jana", domain::staff::Role::Editor, PASSWORD).await;
    // Both servers keep the page rendered.
    for server in [&a, &b] {
        for _ in 0..2 {
            let (status, page) = server.get("/skupina").await;
            assert_eq!(status, StatusCode::OK);
            assert!(!page.contains("Senioři a seniorky"));
        }
    }
    let mut staff = Browser::new(&a);
    staff.log_in("jana", PASSWORD).await;
    let saved = staff.rename_seniors("Senioři a seniorky").await;
    assert_eq!(saved.status, StatusCode::FOUND);
    for server in [&b, &a] {
        let (_, page) = server.get("/skupina").await;
        assert!(page.contains("Senioři a seniorky"), "{}", server.base);
    }
    drop((a, b));
    let _ = std::fs::remove_dir_all(dir);
}
