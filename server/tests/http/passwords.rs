//! Passwords staff change: their own at `/sprava/heslo`, a forgotten one through a one-time link an
//! administrator makes, and `server set-password` — each ending the account's other sessions and
//! written to its audit log.

use crate::support::{Browser, TestApp};
use domain::admin::audit::RecordKind;
use domain::staff::{Role, Username};
use reqwest::StatusCode;

const OLD: &str = "Otava teče pod mostem";
const NEW: &str = "Zlatý Písek na Otavě 1254";

async fn app_with_staff() -> TestApp {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, OLD).await;
    app.staff("petr", Role::Admin, OLD).await;
    app
}

async fn account_id(app: &TestApp, name: &str) -> i64 {
    let name = Username::parse(name).unwrap();
    app.store.staff_account(&name).await.unwrap().unwrap().id
}

#[tokio::test]
async fn staff_change_their_password_and_their_other_sessions_end() {
    let app = app_with_staff().await;
    let mut here = Browser::new(&app);
    let mut elsewhere = Browser::from(&app, "203.0.113.20");
    here.log_in("jana", OLD).await;
    elsewhere.log_in("jana", OLD).await;
    let page = here.get("/sprava/heslo").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Současné heslo"));

    let change = |current: &'static str, password: &'static str, repeat: &'static str| {
        [
            ("current", current),
            ("password", password),
            ("repeat", repeat),
        ]
    };
    let wrong = here
        .post("/sprava/heslo", &change("spatne", NEW, NEW))
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("současné heslo nesouhlasí"));
    assert!(!wrong.body.contains(NEW), "no password is shown back");
    let mismatch = here.post("/sprava/heslo", &change(OLD, NEW, "jine")).await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains("hesla se neshodují"));
    let common = here
        .post("/sprava/heslo", &change(OLD, "heslo123", "heslo123"))
        .await;
    assert_eq!(common.status, StatusCode::UNPROCESSABLE_ENTITY);

    let changed = here.post("/sprava/heslo", &change(OLD, NEW, NEW)).await;
    assert_eq!(changed.status, StatusCode::FOUND, "{}", changed.body);
    assert_eq!(changed.location(), "/sprava/heslo?zmeneno=1");
    assert_eq!(
        here.get("/sprava").await.status,
        StatusCode::OK,
        "this session goes on"
    );
    let ended = elsewhere.get("/sprava").await;
    assert_eq!(ended.status, StatusCode::FOUND, "the other session is over");
    assert!(ended.location().starts_with("/sprava/prihlaseni"));

    let mut later = Browser::from(&app, "203.0.113.21");
    assert_eq!(
        later.log_in("jana", OLD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(later.log_in("jana", NEW).await.status, StatusCode::FOUND);
    let log = app
        .store
        .audit_log(RecordKind::StaffUser, account_id(&app, "jana").await)
        .await
        .unwrap();
    assert_eq!(
        (log[0].field.as_str(), log[0].staff.as_str()),
        ("heslo", "jana")
    );
}

#[tokio::test]
async fn an_administrator_hands_over_a_link_that_sets_a_forgotten_password_once() {
    let app = app_with_staff().await;
    let jana = account_id(&app, "jana").await;
    let path = format!("/sprava/uzivatele/{jana}/heslo");
    let mut editor = Browser::new(&app);
    editor.log_in("jana", OLD).await;
    assert_eq!(editor.get(&path).await.status, StatusCode::FORBIDDEN);

    let mut admin = Browser::new(&app);
    admin.log_in("petr", OLD).await;
    let page = admin.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("/sprava/heslo/obnova/"),
        "no link until asked"
    );
    let made = admin.post(&path, &[]).await;
    assert_eq!(made.status, StatusCode::OK);
    let start = made
        .body
        .find("https://pomoc.example/sprava/heslo/obnova/")
        .expect("the link");
    let link = made.body[start..].split('<').next().unwrap().to_owned();
    let link = link.trim_start_matches("https://pomoc.example").to_owned();
    assert!(
        !admin.get(&path).await.body.contains(&link),
        "the link is shown once"
    );

    let mut owner = Browser::from(&app, "198.51.100.30");
    let form = owner.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Účet jana"));
    let mismatch = owner
        .post(&link, &[("password", NEW), ("repeat", "jine heslo")])
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = owner
        .post(&link, &[("password", NEW), ("repeat", NEW)])
        .await;
    assert_eq!(set.status, StatusCode::FOUND, "{}", set.body);
    assert_eq!(set.location(), "/sprava/prihlaseni?heslo=1");
    assert_eq!(
        editor.get("/sprava").await.status,
        StatusCode::FOUND,
        "old sessions end"
    );
    assert_eq!(owner.log_in("jana", NEW).await.status, StatusCode::FOUND);

    let mut again = Browser::from(&app, "198.51.100.31");
    assert_eq!(
        again.get(&link).await.status,
        StatusCode::NOT_FOUND,
        "used once"
    );
    let reuse = again
        .post(
            &link,
            &[
                ("password", "Jiné heslo na mostě 77"),
                ("repeat", "Jiné heslo na mostě 77"),
            ],
        )
        .await;
    assert_eq!(reuse.status, StatusCode::NOT_FOUND);
    let log = app
        .store
        .audit_log(RecordKind::StaffUser, jana)
        .await
        .unwrap();
    assert_eq!(log[0].staff, "odkaz pro nové heslo");
    assert_eq!(log[1].new_value, "odkaz pro nové heslo vydán");
    assert_eq!(log[1].staff, "petr");
}

#[tokio::test]
async fn a_link_runs_out_and_the_command_line_sets_a_password() {
    let app = app_with_staff().await;
    let jana = account_id(&app, "jana").await;
    let admin = app
        .store
        .staff_user(account_id(&app, "petr").await)
        .await
        .unwrap()
        .unwrap();
    app.store
        .start_password_reset(jana, "ab".repeat(32).as_str(), 1_000, None, &admin, 900)
        .await
        .unwrap();
    assert!(
        app.store
            .password_reset(&"ab".repeat(32), 999)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        app.store
            .password_reset(&"ab".repeat(32), 1_000)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        app.store
            .finish_password_reset(&"ab".repeat(32), "$argon2id$x", 1_001)
            .await
            .unwrap(),
        None,
        "an old link sets nothing"
    );

    let args = |name: &str| vec![name.to_owned()];
    let unknown = server::create_user::set_password(&app.store, &args("nikdo"), NEW).await;
    assert!(
        unknown
            .unwrap_err()
            .to_string()
            .contains("„nikdo“ neexistuje")
    );
    let weak = server::create_user::set_password(&app.store, &args("jana"), "heslo123").await;
    assert!(weak.is_err());
    server::create_user::set_password(&app.store, &args("jana"), &format!("{NEW}\n"))
        .await
        .unwrap();
    let mut browser = Browser::new(&app);
    assert_eq!(browser.log_in("jana", NEW).await.status, StatusCode::FOUND);
    let log = app
        .store
        .audit_log(RecordKind::StaffUser, jana)
        .await
        .unwrap();
    assert_eq!(log[0].staff, "server set-password");
}

#[tokio::test]
async fn the_meter_weighs_a_password_as_it_is_typed_and_is_limited() {
    use domain::password::Strength;
    let app = TestApp::spawn().await;
    let estimate = |password: &'static str| {
        let app = &app;
        async move {
            let reply = app
                .post_form(
                    "sila-hesla",
                    &[("password", password), ("username", "jana")],
                )
                .await;
            assert_eq!(reply.status(), StatusCode::OK);
            reply.json::<Strength>().await.unwrap()
        }
    };
    for weak in ["heslo123", "Sluníčko2024", "jana1234"] {
        let strength = estimate(weak).await;
        assert!(strength.score < 3, "{weak}: {strength:?}");
        assert!(strength.warning.is_some(), "{weak}: {strength:?}");
    }
    let strong = estimate(NEW).await;
    assert!(strong.acceptable(), "{strong:?}");

    let mut refused = None;
    for _ in 0..200 {
        let reply = app
            .post_form("sila-hesla", &[("password", "x"), ("username", "")])
            .await;
        if reply.status() != StatusCode::OK {
            refused = Some(reply);
            break;
        }
    }
    let refused = refused.expect("the 201st estimate in ten minutes is refused");
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Příliš mnoho pokusů")
    );
}

#[tokio::test]
async fn each_new_password_field_has_its_meter_and_the_form_says_why_without_it() {
    let app = app_with_staff().await;
    let mut jana = Browser::new(&app);
    jana.log_in("jana", OLD).await;
    let page = jana.get("/sprava/heslo").await;
    assert!(
        page.body.contains(r#"id="username""#),
        "the meter finds the login name"
    );
    assert!(page.body.contains("<leptos-island"), "the meter's island");
    assert!(page.body.contains(".wasm"), "and the bundle that runs it");
    let weak = jana
        .post(
            "/sprava/heslo",
            &[
                ("current", OLD),
                ("password", "Sluníčko2024"),
                ("repeat", "Sluníčko2024"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.body.contains("Zvolte prosím jiné heslo"),
        "{}",
        weak.body
    );
}

#[tokio::test]
async fn an_account_with_an_address_gets_its_password_link_by_mail() {
    let app = app_with_staff().await;
    let sink = crate::support::mail::MailSink::start();
    let jana = account_id(&app, "jana").await;
    let mut admin = Browser::new(&app);
    admin.log_in("petr", OLD).await;
    let account = format!("/sprava/uzivatele/{jana}");
    admin.get(&account).await;
    let bad = admin
        .post(
            &account,
            &[("role", "editor"), ("active", "on"), ("email", "jana@")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = admin
        .post(
            &account,
            &[
                ("role", "editor"),
                ("active", "on"),
                ("email", "jana@pomoc.example"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);

    let path = format!("{account}/heslo");
    let page = admin.get(&path).await;
    assert!(
        page.body
            .contains("Odkaz odejde e-mailem na jana@pomoc.example")
    );
    let made = admin.post(&path, &[]).await;
    assert_eq!(made.status, StatusCode::OK);
    assert!(
        made.body
            .contains("Odkaz je na cestě na jana@pomoc.example")
    );
    assert!(
        !made.body.contains("/sprava/heslo/obnova/"),
        "mailed, not shown"
    );

    server::mail::worker::deliver_due(&app.store, &sink.mailer(), app::state::now())
        .await
        .unwrap();
    let message = sink
        .to("jana@pomoc.example")
        .pop()
        .expect("the link by mail");
    assert_eq!(message.subject, "Nové heslo ke správě portálu Pomoc");
    let link = message.link("https://pomoc.example/sprava/heslo/obnova/");
    let mut owner = Browser::from(&app, "198.51.100.31");
    owner.get(&link).await;
    let set = owner
        .post(&link, &[("password", NEW), ("repeat", NEW)])
        .await;
    assert_eq!(set.status, StatusCode::FOUND, "{}", set.body);
    assert_eq!(owner.log_in("jana", NEW).await.status, StatusCode::FOUND);
}
