//! Staff sign-in, sessions, roles, form tokens, lockout and rate limits, editing with its audit
//! log, and residents' messages — through HTTP, as a browser without JavaScript uses them.

use crate::support::{Browser, Reply, TestApp, form_fields, pairs};
use domain::staff::Role;
use reqwest::StatusCode;

const PASSWORD: &str = "Otava teče pod mostem";

async fn app_with_staff() -> TestApp {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    app.staff("petr", Role::Admin, PASSWORD).await;
    app
}

/// The id of a published service of the sample data and its first phone line as stored.
async fn some_service(app: &TestApp) -> i64 {
    let rows = app
        .store
        .admin_services(&store::ServiceListFilter {
            text: "dluhov".into(),
            published: Some(true),
        })
        .await
        .unwrap();
    rows.first().expect("a debt service in the sample data").id
}

#[tokio::test]
async fn login_starts_a_strict_host_only_session_with_a_new_id_and_logout_ends_it() {
    let app = app_with_staff().await;
    let mut browser = Browser::new(&app);

    let page = browser.get("/sprava/prihlaseni").await;
    assert_eq!(page.status, StatusCode::OK);
    let token_cookie = page.set_cookie("__Host-pomoc_csrf").expect("token cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(token_cookie.contains(flag), "{token_cookie}");
    }

    let wrong = browser
        .post(
            "/sprava/prihlaseni",
            &[("username", "jana"), ("password", "nevím")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("nesouhlasí"));
    assert!(
        wrong.body.contains(r#"value="jana""#),
        "the name typed stays"
    );

    let signed_in = browser.log_in("jana", PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::FOUND);
    assert_eq!(signed_in.location(), "/sprava");
    let session = signed_in
        .set_cookie("__Host-pomoc_sprava")
        .expect("session cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(session.contains(flag), "{session}");
    }
    let first_id = browser.cookie("__Host-pomoc_sprava").unwrap().to_owned();
    let home = browser.get("/sprava").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("jana"));

    browser.log_in("jana", PASSWORD).await;
    assert_ne!(
        browser.cookie("__Host-pomoc_sprava").unwrap(),
        first_id,
        "a new session id at login"
    );

    let out = browser.post("/sprava/odhlaseni", &[]).await;
    assert_eq!(out.status, StatusCode::FOUND);
    let after = browser.get("/sprava").await;
    assert_eq!(after.status, StatusCode::FOUND);
    assert!(
        after.location() == "/sprava/prihlaseni?zpet=/sprava",
        "{}",
        after.location()
    );

    // The old session id is dead even if a copy of the cookie survives.
    let mut thief = Browser::new(&app);
    thief.get("/").await;
    let stolen = app
        .client
        .get(format!("{}/sprava", app.base))
        .header("accept", "text/html")
        .header("cookie", format!("__Host-pomoc_sprava={first_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(stolen.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn nothing_changes_without_the_form_token_or_from_another_site() {
    let app = app_with_staff().await;
    let mut browser = Browser::new(&app);
    browser.get("/sprava/prihlaseni").await;
    let without = browser
        .post_raw(
            "/sprava/prihlaseni",
            &[("username", "jana"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(without.status, StatusCode::FORBIDDEN);
    assert!(without.body.contains("Platnost formuláře vypršela"));
    assert!(browser.cookie("__Host-pomoc_sprava").is_none());

    let token = browser.cookie("__Host-pomoc_csrf").unwrap().to_owned();
    let cross = app
        .client
        .post(format!("{}/sprava/prihlaseni", app.base))
        .header("cookie", format!("__Host-pomoc_csrf={token}"))
        .header("origin", "https://zlo.example")
        .form(&[
            ("csrf", token.as_str()),
            ("username", "jana"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);

    let api = app
        .client
        .post(format!("{}/api/sprava/zapis/log_out", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_staff_server_function_refuses_strangers_and_user_admin_refuses_editors() {
    let app = app_with_staff().await;
    let mut browser = Browser::new(&app);
    browser.get("/sprava/prihlaseni").await;
    let token = browser.cookie("__Host-pomoc_csrf").unwrap().to_owned();
    let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .filter(|path| path.starts_with("/api/sprava/"))
        .collect();
    assert!(paths.len() >= 26, "{paths:?}");
    for path in &paths {
        let response = app
            .client
            .post(format!("{}{path}", app.base))
            .header("cookie", format!("__Host-pomoc_csrf={token}"))
            .header("x-csrf-token", &token)
            .form(&[
                ("id", "1"),
                ("q", ""),
                ("query", ""),
                ("stav", ""),
                ("saved", "false"),
                ("form[id]", "1"),
                ("form[stav]", "nova"),
                ("form[name]", "x"),
                ("published", "false"),
                ("remove", "false"),
                ("slug", "seniori"),
                ("key", "start"),
                ("organization", "1"),
                ("action[akce]", "pridat"),
                ("decision[action]", "schvalit"),
                ("changed", "false"),
                ("once", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }

    browser.log_in("jana", PASSWORD).await;
    let users = browser.get("/sprava/uzivatele").await;
    assert_eq!(users.status, StatusCode::FORBIDDEN);
    assert!(users.body.contains("jen správci"));
    let mut admin = Browser::new(&app);
    admin.log_in("petr", PASSWORD).await;
    let users = admin.get("/sprava/uzivatele").await;
    assert_eq!(users.status, StatusCode::OK);
    assert!(users.body.contains("jana") && users.body.contains("editor obsahu"));
}

#[tokio::test]
async fn wrong_passwords_stop_one_client_for_one_name_only_and_say_the_same_for_every_name() {
    let app = app_with_staff().await;
    let alert = |reply: &Reply| {
        let error = reply.body.find("id=\"login-error\"").expect("an alert");
        let text = &reply.body[error..];
        let start = text.find('>').expect("its text") + 1;
        text[start..].split('<').next().unwrap_or("").to_owned()
    };
    let mut stranger = Browser::from(&app, "198.51.100.7");
    for _ in 0..5 {
        let wrong = stranger.log_in("jana", "spatne heslo").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    let right = stranger.log_in("jana", PASSWORD).await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "after five failures this client may not try the name, even with the right password"
    );
    assert!(alert(&right).contains("Příliš mnoho pokusů"));

    // A name no one has is answered in the same words.
    let mut guesser = Browser::from(&app, "198.51.100.8");
    for _ in 0..5 {
        guesser.log_in("nikdo", "spatne heslo").await;
    }
    let unknown = guesser.log_in("nikdo", "spatne heslo").await;
    assert_eq!(unknown.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(alert(&unknown), alert(&right));

    // Jana, working from elsewhere, is not locked out by the stranger.
    let mut jana = Browser::from(&app, "203.0.113.5");
    let signed_in = jana.log_in("jana", PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::FOUND);
}

#[tokio::test]
async fn staff_work_moves_the_session_idle_end_on() {
    let app = app_with_staff().await;
    let mut browser = Browser::new(&app);
    browser.log_in("jana", PASSWORD).await;
    // Each staff request saves the session with a new idle end, and tells the browser so.
    for _ in 0..2 {
        let work = browser.get("/sprava").await;
        assert_eq!(work.status, StatusCode::OK);
        let cookie = work
            .set_cookie("__Host-pomoc_sprava")
            .expect("the idle end moves with each staff request");
        assert!(cookie.contains("Max-Age=1800"), "{cookie}");
    }
    // A resident's page does not touch it.
    let public = browser.get("/sluzby").await;
    assert_eq!(public.set_cookie("__Host-pomoc_sprava"), None);
}

#[tokio::test]
async fn a_way_back_that_is_not_a_plain_staff_path_leads_to_the_staff_home() {
    let app = app_with_staff().await;
    for back in [
        "/sprava/sluzby\u{7}",
        "/sprava\r\nX-Evil: 1",
        "//evil.example",
        "/sprava/ok\"x",
    ] {
        let mut browser = Browser::new(&app);
        browser.get("/sprava/prihlaseni").await;
        let reply = browser
            .post(
                "/sprava/prihlaseni",
                &[("username", "jana"), ("password", PASSWORD), ("zpet", back)],
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND, "{back:?}");
        assert_eq!(reply.location(), "/sprava", "{back:?}");
    }
}

#[tokio::test]
async fn eleven_logins_a_minute_from_one_client_are_throttled_and_ipv6_counts_by_its_64() {
    let app = app_with_staff().await;
    let names = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"];
    let mut first = Browser::from(&app, "2001:db8:1:2::1");
    for name in names {
        let reply = first.log_in(name, "spatne heslo").await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
    }
    // Another address of the same /64 is the same client.
    let mut same_network = Browser::from(&app, "2001:db8:1:2:ffff::9");
    let throttled = same_network.log_in("petr", PASSWORD).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.body.contains("Příliš mnoho pokusů"));
    let mut next_network = Browser::from(&app, "2001:db8:1:3::1");
    let signed_in = next_network.log_in("petr", PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::FOUND);
}

/// The service's form as stored, with a new name and phones, posted as a browser would.
async fn service_form(app: &TestApp, id: i64, name: &str, phones: &str) -> Vec<(String, String)> {
    let mut form = app
        .store
        .service_for_edit(id)
        .await
        .unwrap()
        .unwrap()
        .edit
        .to_form();
    form.name = name.into();
    form.contacts.phones = phones.into();
    let mut fields = form_fields(&form);
    // A browser sends a checkbox only when it is ticked.
    fields.retain(|(name, value)| name != "verified" || value == "true");
    fields
}

#[tokio::test]
async fn an_edit_is_checked_saved_shown_to_residents_and_logged_with_old_and_new() {
    let app = app_with_staff().await;
    let id = some_service(&app).await;
    let path = format!("/sprava/sluzby/{id}");
    let before = app.store.service_for_edit(id).await.unwrap().unwrap();
    let mut browser = Browser::new(&app);
    browser.log_in("jana", PASSWORD).await;

    let bad = browser
        .post(
            &path,
            &pairs(&service_form(&app, id, "<script>alert(1)</script>", "382 12").await),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("telefon zadejte jako 9 číslic"),
        "error next to the field"
    );
    assert!(bad.body.contains("382 12"), "the typed value stays");
    assert!(
        bad.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "markup shown as text"
    );
    assert!(!bad.body.contains("<script>alert(1)"));
    assert_eq!(
        app.store.service_for_edit(id).await.unwrap().unwrap(),
        before,
        "nothing saved"
    );

    let owned = service_form(&app, id, &before.edit.name, "382 999 111").await;
    let mut form = pairs(&owned);
    form.push(("verified", "on"));
    let saved = browser.post(&path, &form).await;
    assert_eq!(saved.status, StatusCode::FOUND);
    assert_eq!(saved.location(), format!("{path}?ulozeno=1"));
    let again = browser.post(&path, &form).await;
    assert_eq!(
        again.status,
        StatusCode::FOUND,
        "a double submit is harmless"
    );

    let public = browser.get(&format!("/sluzby/{id}")).await;
    assert!(public.body.contains("382 999 111"));
    assert!(public.body.contains("Údaje ověřeny dne"));

    let editor = browser.get(&format!("{path}?ulozeno=1")).await;
    assert!(editor.body.contains("Uloženo."));
    assert!(
        editor.body.contains("+420 382 999 111"),
        "the audit's new value"
    );
    let old_phone = before
        .edit
        .contacts
        .phones
        .first()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    assert!(
        editor.body.contains(&old_phone),
        "the audit's old value {old_phone}"
    );
    let log = app
        .store
        .audit_log(domain::admin::audit::RecordKind::Service, id)
        .await
        .unwrap();
    assert_eq!(
        log.iter().filter(|e| e.field == "telefony").count(),
        1,
        "{log:?}"
    );
    assert!(log.iter().all(|e| e.staff == "jana"));

    let home = browser.get("/sprava").await;
    assert!(
        !home.body.contains(&format!("/sprava/sluzby/{id}\"")),
        "verified: off the list"
    );
    let missing = browser.get("/sprava/sluzby/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn residents_messages_are_stored_moderated_and_turned_into_an_edit() {
    let app = app_with_staff().await;
    let id = some_service(&app).await;
    let path = format!("/sluzby/{id}/pripominka");
    let mut resident = Browser::new(&app);
    let page = resident.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Nahlásit chybu"));

    let empty = resident
        .post(&path, &[("message", "  "), ("contact", "jan@example.cz")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains("jan@example.cz"),
        "the contact typed stays"
    );
    let long_contact = "x".repeat(500);
    let markup = resident
        .post(
            &path,
            &[
                ("message", "</textarea><script>alert(1)</script>"),
                ("contact", long_contact.as_str()),
            ],
        )
        .await;
    assert_eq!(markup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !markup.body.contains("<script>alert(1)"),
        "a refused message comes back as text, never as markup"
    );
    assert!(
        markup
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );

    let sent = resident
        .post(
            &path,
            &[
                ("message", "Telefon už neplatí, volejte 382 999 111."),
                ("contact", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert_eq!(sent.location(), format!("{path}?odeslano=1#odeslano"));
    assert!(
        resident
            .get(sent.location())
            .await
            .body
            .contains("Děkujeme")
    );

    let robot = resident
        .post(
            "/chybi-sluzba",
            &[("message", "levné hodinky"), ("web", "http://spam.example")],
        )
        .await;
    assert_eq!(robot.status, StatusCode::FOUND, "robots are thanked");

    let unknown = resident
        .post("/sluzby/999999/pripominka", &[("message", "x")])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    let new = app
        .store
        .feedback(domain::admin::feedback::FeedbackStatus::New)
        .await
        .unwrap();
    assert_eq!(
        new.len(),
        1,
        "only the resident's message is stored: {new:?}"
    );

    let mut limited = None;
    for n in 0..5 {
        limited = Some(
            resident
                .post("/chybi-sluzba", &[("message", &format!("služba {n}"))])
                .await,
        );
    }
    assert_eq!(
        limited.unwrap().status,
        StatusCode::TOO_MANY_REQUESTS,
        "5 messages in 10 minutes"
    );

    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let inbox = staff.get("/sprava/podnety").await;
    assert!(inbox.body.contains("Telefon už neplatí"));
    let message = new[0].id;
    let editor = staff
        .get(&format!("/sprava/sluzby/{id}?podnet={message}"))
        .await;
    assert!(editor.body.contains("Podnět od obyvatele"));
    let name = app
        .store
        .service_for_edit(id)
        .await
        .unwrap()
        .unwrap()
        .edit
        .name;
    let owned = service_form(&app, id, &name, "382 999 111").await;
    let mut form = pairs(&owned);
    let message_id = message.to_string();
    form.push(("podnet", &message_id));
    let saved = staff.post(&format!("/sprava/sluzby/{id}"), &form).await;
    assert_eq!(saved.status, StatusCode::FOUND);
    let done = app
        .store
        .feedback(domain::admin::feedback::FeedbackStatus::Done)
        .await
        .unwrap();
    assert_eq!(done.len(), 1, "the edit settled the message");
}

#[tokio::test]
async fn the_accessibility_statement_takes_feedback_into_the_inbox() {
    let app = app_with_staff().await;
    let mut resident = Browser::new(&app);
    let page = resident.get("/pristupnost").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("zákonem č. 99/2019 Sb."));
    assert!(page.body.contains("částečně v souladu"));
    let sent = resident
        .post(
            "/pristupnost",
            &[
                ("message", "Mapa nejde ovládat klávesnicí."),
                ("contact", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let inbox = staff.get("/sprava/podnety").await;
    assert!(inbox.body.contains("Přístupnost webu"));
    assert!(inbox.body.contains("Mapa nejde ovládat klávesnicí."));
}
