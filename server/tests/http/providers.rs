//! Providers keep their own records: a one-time sign-in link through a real SMTP server on
//! loopback, "Vše platí", proposals staff approve or return, the verification cycle with its
//! reminders and staff's task, and mail that waits while its server is down.

use crate::support::mail::MailSink;
use crate::support::{Browser, TestApp};
use domain::staff::Role;
use domain::verification::Source;
use reqwest::StatusCode;
use server::mail::worker::deliver_due;
use server::verification_cycle::run_cycle;

const JITRENKA: &str = "info@jitrenka.example";
const PASSWORD: &str = "Otava teče pod mostem";
const SIGN_IN: &str = "https://pomoc.example/pro-poskytovatele/prihlaseni/";
const DAY: i64 = 86_400;

fn now() -> i64 {
    app::state::now()
}

fn cycle() -> server::verification_cycle::Cycle {
    server::verification_cycle::Cycle {
        portal: "https://pomoc.example".into(),
        schedule: Default::default(),
    }
}

/// Asks for a link for `email`, sends the outbox to `sink` and signs in with the delivered link.
async fn sign_in<'a>(app: &'a TestApp, sink: &MailSink, email: &str) -> Browser<'a> {
    let mut browser = Browser::new(app);
    browser.get("/pro-poskytovatele").await;
    let asked = browser
        .post("/pro-poskytovatele", &[("email", email)])
        .await;
    assert_eq!(asked.status, StatusCode::FOUND, "{}", asked.body);
    deliver_due(&app.store, &sink.mailer(), now())
        .await
        .unwrap();
    let message = sink.to(email).pop().expect("a sign-in message");
    let link = message.link(SIGN_IN);
    browser.get(&link).await;
    let used = browser.post(&link, &[]).await;
    assert_eq!(used.status, StatusCode::FOUND, "{}", used.body);
    assert_eq!(used.location(), "/pro-poskytovatele/sluzby");
    browser
}

async fn organization_of(app: &TestApp, email: &str) -> i64 {
    app.store.contacts_with_email(email).await.unwrap()[0].organization_id
}

#[tokio::test]
async fn a_provider_signs_in_by_a_mailed_link_once_and_confirms_all_its_services() {
    let app = TestApp::spawn().await;
    let sink = MailSink::start();
    let mut browser = Browser::new(&app);
    let form = browser.get("/pro-poskytovatele").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("E-mail organizace"));

    // A known and an unknown address get the same answer; only the known one gets mail.
    let known = browser
        .post(
            "/pro-poskytovatele",
            &[("email", " Info@Jitrenka.example ")],
        )
        .await;
    let unknown = browser
        .post("/pro-poskytovatele", &[("email", "nikdo@nikde.example")])
        .await;
    assert_eq!(
        (known.status, unknown.status),
        (StatusCode::FOUND, StatusCode::FOUND)
    );
    assert_eq!(known.location(), unknown.location());
    let notice = browser.get(known.location()).await;
    assert!(
        notice.body.contains("poslali jsme na ni odkaz"),
        "{}",
        notice.body
    );
    let bad = browser
        .post("/pro-poskytovatele", &[("email", "jitrenka")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains(r#"value="jitrenka""#),
        "what was typed stays"
    );

    let pass = deliver_due(&app.store, &sink.mailer(), now())
        .await
        .unwrap();
    assert_eq!((pass.sent, pass.bounced), (1, 0));
    let delivered = sink.delivered();
    assert_eq!(delivered.len(), 1, "nothing to the unknown address");
    let message = &delivered[0];
    assert_eq!(message.to, [JITRENKA]);
    assert_eq!(message.from, "pomoc@pomoc.example");
    assert_eq!(message.subject, "Přihlášení na portál Pomoc");
    assert!(
        message.text.contains("Rodinné centrum Jitřenka"),
        "{}",
        message.text
    );
    assert!(
        message
            .text
            .contains("Tuto zprávu poslal portál sociálních služeb Pomoc, https://pomoc.example.")
    );
    let link = message.link(SIGN_IN);
    assert!(
        message
            .html
            .contains(&format!("href=\"https://pomoc.example{link}\""))
    );

    // Opening the link spends nothing (a mail scanner may open it); its button signs in.
    let page = browser.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let used = browser.post(&link, &[]).await;
    assert_eq!(used.location(), "/pro-poskytovatele/sluzby");
    let own = browser.get("/pro-poskytovatele/sluzby").await;
    assert_eq!(own.status, StatusCode::OK);
    assert!(own.body.contains("Raná péče Jitřenka"), "{}", own.body);
    assert!(own.body.contains("382 000 132"));

    let mut again = Browser::new(&app);
    again.get(&link).await;
    let reused = again.post(&link, &[]).await;
    assert_eq!(reused.status, StatusCode::CONFLICT);
    assert!(reused.body.contains("Odkaz už neplatí"));
    let signed_out = again.get("/pro-poskytovatele/sluzby").await;
    assert_eq!(signed_out.status, StatusCode::FORBIDDEN);

    let before = now();
    let confirmed = browser.post("/pro-poskytovatele/sluzby", &[]).await;
    assert_eq!(confirmed.status, StatusCode::FOUND);
    let organization = organization_of(&app, JITRENKA).await;
    let services = app.store.own_services(organization).await.unwrap();
    assert_eq!(
        confirmed.location(),
        format!("/pro-poskytovatele/sluzby?potvrzeno={}", services.len())
    );
    for service in services {
        assert!(service.verified_at.is_some_and(|at| at >= before));
        let log = app.store.verifications(service.id).await.unwrap();
        assert_eq!(log[0].source, Source::Provider);
        assert_eq!(log[0].by, JITRENKA);
    }
}

#[tokio::test]
async fn a_provider_proposes_changes_to_its_own_services_only_and_staff_decide() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let sink = MailSink::start();
    let mut provider = sign_in(&app, &sink, JITRENKA).await;
    let own = app
        .store
        .own_services(organization_of(&app, JITRENKA).await)
        .await
        .unwrap();
    let service = own
        .iter()
        .find(|s| s.listed.name == "Raná péče Jitřenka")
        .unwrap();
    let path = format!("/pro-poskytovatele/sluzby/{}", service.id);
    let elsewhere = app
        .store
        .own_services(organization_of(&app, "domov@navysluni.example").await)
        .await
        .unwrap()[0]
        .id;

    let foreign = provider
        .get(&format!("/pro-poskytovatele/sluzby/{elsewhere}"))
        .await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    assert!(foreign.body.contains("nepatří k vaší organizaci"));
    let posted_foreign = provider
        .post(
            &format!("/pro-poskytovatele/sluzby/{elsewhere}"),
            &[("phones", "382 000 999")],
        )
        .await;
    assert_eq!(posted_foreign.status, StatusCode::FORBIDDEN);

    let form = provider.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    let mut fields = vec![
        ("description", service.form.description.as_str()),
        ("phones", "382 000 199"),
        ("emails", service.form.emails.as_str()),
        ("web", service.form.web.as_str()),
        ("hours", service.form.hours.as_str()),
        ("cost", service.form.cost.as_str()),
        ("contact_note", service.form.contact_note.as_str()),
    ];
    let renamed = [fields.clone(), vec![("name", "Jiný název")]].concat();
    let refused = provider.post(&path, &renamed).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused
            .body
            .contains("Název služby může změnit jen správa portálu")
    );
    fields[1] = ("phones", "zavolejte nám");
    let invalid = provider.post(&path, &fields).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("zavolejte nám"),
        "what was typed stays"
    );
    assert!(
        app.store.waiting_proposals().await.unwrap().is_empty(),
        "nothing filed"
    );

    fields[1] = ("phones", "382 000 199");
    let sent = provider.post(&path, &fields).await;
    assert_eq!(sent.status, StatusCode::FOUND, "{}", sent.body);
    let waiting = app.store.waiting_proposals().await.unwrap();
    assert_eq!(waiting.len(), 1);
    let public = Browser::new(&app)
        .get(&format!("/sluzby/{}", service.id))
        .await;
    assert!(
        public.body.contains("382 000 132"),
        "residents see the record until staff approve"
    );
    assert!(!public.body.contains("382 000 199"));

    // Staff return it with a reason; the provider is mailed and sees it.
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let review_path = format!("/sprava/navrhy/{}", waiting[0].id);
    let review = staff.get(&review_path).await;
    assert!(review.body.contains("<del>382 000 132"), "{}", review.body);
    assert!(review.body.contains("<ins>382 000 199"));
    let no_reason = staff
        .post(&review_path, &[("action", "vratit"), ("reason", " ")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let returned = staff
        .post(
            &review_path,
            &[
                ("action", "vratit"),
                ("reason", "Číslo nepatří poradně, ověřte jej prosím."),
            ],
        )
        .await;
    assert_eq!(returned.status, StatusCode::FOUND, "{}", returned.body);
    deliver_due(&app.store, &sink.mailer(), now())
        .await
        .unwrap();
    let mail = sink.to(JITRENKA).pop().unwrap();
    assert!(mail.subject.contains("vrácena"));
    assert!(mail.text.contains("Číslo nepatří poradně"));
    let own_page = provider.get("/pro-poskytovatele/sluzby").await;
    assert!(own_page.body.contains("vrácena: Číslo nepatří poradně"));
    let twice = staff.post(&review_path, &[("action", "schvalit")]).await;
    assert_eq!(twice.status, StatusCode::CONFLICT, "decided once");

    // Sent again and approved: published, verified from the provider, each field in the log.
    let resent = provider.post(&path, &fields).await;
    assert_eq!(resent.status, StatusCode::FOUND);
    let id = app.store.waiting_proposals().await.unwrap()[0].id;
    let approved = staff
        .post(&format!("/sprava/navrhy/{id}"), &[("action", "schvalit")])
        .await;
    assert_eq!(approved.status, StatusCode::FOUND, "{}", approved.body);
    let public = Browser::new(&app)
        .get(&format!("/sluzby/{}", service.id))
        .await;
    assert!(public.body.contains("382 000 199"));
    let log = app.store.verifications(service.id).await.unwrap();
    assert_eq!(
        (log[0].source, log[0].by.as_str()),
        (Source::Provider, JITRENKA)
    );
    let editor = staff.get(&format!("/sprava/sluzby/{}", service.id)).await;
    assert!(
        editor.body.contains(&format!("poskytovatel ({JITRENKA})")),
        "{}",
        editor.body
    );
    let audit = app
        .store
        .audit_log(domain::admin::audit::RecordKind::Service, service.id)
        .await
        .unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.field == "telefony" && e.new_value.contains("382 000 199"))
    );
}

#[tokio::test]
async fn the_cycle_asks_once_reminds_twice_then_tasks_staff_and_an_answer_ends_the_round() {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    let sink = MailSink::start();
    let start = now();
    let providers = app.store.provider_states(start).await.unwrap();
    let with_contacts = providers.iter().filter(|p| p.contacts > 0).count();
    assert!(
        with_contacts >= 10,
        "the sample's fictional providers are invited"
    );

    let first = run_cycle(&app.store, &cycle(), start).await.unwrap();
    assert_eq!(
        first.asked, with_contacts,
        "nothing in the sample was ever verified"
    );
    let again = run_cycle(&app.store, &cycle(), start + 60).await.unwrap();
    assert_eq!(again.asked + again.reminded, 0, "one round at a time");
    deliver_due(&app.store, &sink.mailer(), start)
        .await
        .unwrap();
    let request = sink.to(JITRENKA).pop().expect("a verification request");
    assert!(request.subject.starts_with("Platí údaje vašich služeb?"));
    assert!(
        request.text.contains("* Raná péče Jitřenka"),
        "{}",
        request.text
    );
    assert!(
        request.text.contains("Telefon: 382 000 132"),
        "{}",
        request.text
    );
    assert!(request.text.contains("/pro-poskytovatele/odhlasit/"));
    let verify = request.link("https://pomoc.example/pro-poskytovatele/overeni/");

    let reminded = run_cycle(&app.store, &cycle(), start + 14 * DAY)
        .await
        .unwrap();
    assert_eq!(reminded.reminded, with_contacts);
    let second = run_cycle(&app.store, &cycle(), start + 28 * DAY)
        .await
        .unwrap();
    assert_eq!(second.reminded, with_contacts);
    let quiet = run_cycle(&app.store, &cycle(), start + 41 * DAY)
        .await
        .unwrap();
    assert_eq!((quiet.reminded, quiet.tasks), (0, 0));
    let tasks = run_cycle(&app.store, &cycle(), start + 42 * DAY)
        .await
        .unwrap();
    assert_eq!(tasks.tasks, with_contacts);
    let mut staff = Browser::new(&app);
    staff.log_in("jana", PASSWORD).await;
    let home = staff.get("/sprava").await;
    assert!(home.body.contains("Úkoly: ověřit telefonicky"));
    assert!(home.body.contains("Rodinné centrum Jitřenka"));

    // Staff phone a provider on their list and tick "ověřeno" at each service: the round ends.
    let account = app
        .store
        .staff_account(&domain::staff::Username::parse("jana").unwrap())
        .await
        .unwrap()
        .unwrap();
    let by = account.user();
    let phoned = organization_of(&app, "domov@navysluni.example").await;
    let round_of = async |organization: i64| {
        let states = app.store.provider_states(now() - DAY).await.unwrap();
        states
            .into_iter()
            .find(|p| p.organization_id == organization)
            .unwrap()
            .round
    };
    let services = app.store.own_services(phoned).await.unwrap();
    let (last, first) = services.split_last().unwrap();
    for service in first {
        let stored = app
            .store
            .service_for_edit(service.id)
            .await
            .unwrap()
            .unwrap();
        app.store
            .update_service(service.id, &stored.edit, Some(Source::Staff), &by, now())
            .await
            .unwrap();
    }
    assert!(
        round_of(phoned).await.is_some_and(|r| r.task),
        "open while a service is unconfirmed"
    );
    let stored = app.store.service_for_edit(last.id).await.unwrap().unwrap();
    app.store
        .update_service(last.id, &stored.edit, Some(Source::Staff), &by, now())
        .await
        .unwrap();
    assert_eq!(round_of(phoned).await, None);

    // The first message's link still answers: "Vše platí" confirms and ends the round.
    let mut provider = Browser::new(&app);
    let page = provider.get(&verify).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Raná péče Jitřenka"));
    let answered = provider.post(&verify, &[("action", "vse-plati")]).await;
    assert_eq!(answered.status, StatusCode::FOUND, "{}", answered.body);
    let organization = organization_of(&app, JITRENKA).await;
    let services = app.store.own_services(organization).await.unwrap().len() as u64;
    assert_eq!(
        answered.location(),
        format!("/pro-poskytovatele/sluzby?potvrzeno={services}")
    );
    let spent = Browser::new(&app).get(&verify).await;
    assert_eq!(
        spent.status,
        StatusCode::CONFLICT,
        "answered: the link is done"
    );
    let states = app.store.provider_states(now() - DAY).await.unwrap();
    let jitrenka = states.iter().find(|p| p.name.contains("Jitřenka")).unwrap();
    assert_eq!((jitrenka.verified, jitrenka.round), (services, None));
    let overview = staff.get("/sprava/overovani").await;
    assert!(overview.body.contains("Ověřování údajů"));
    assert!(overview.body.contains("Cíl je 95 %"));
}

#[tokio::test]
async fn unsubscribed_addresses_get_no_more_requests() {
    let app = TestApp::spawn().await;
    let contact = app
        .store
        .contacts_with_email(JITRENKA)
        .await
        .unwrap()
        .remove(0);
    let path = format!("/pro-poskytovatele/odhlasit/{}", contact.unsubscribe);
    let mut browser = Browser::new(&app);
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let done = browser.post(&path, &[]).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("už na tuto adresu posílat nebudeme"));
    let unknown = browser
        .post("/pro-poskytovatele/odhlasit/neznamy", &[])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let report = run_cycle(&app.store, &cycle(), now()).await.unwrap();
    assert!(report.asked > 0);
    let queued = app
        .store
        .mail_to(JITRENKA, domain::mail::Kind::VerificationRequest)
        .await
        .unwrap();
    assert!(queued.is_empty(), "{queued:?}");
}

#[tokio::test]
async fn mail_waits_while_its_server_is_down_and_refused_addresses_bounce() {
    let app = TestApp::spawn().await;
    let footer = domain::mail::Footer {
        portal: "https://pomoc.example".into(),
        unsubscribe: None,
    };
    let message = |to: &str| {
        domain::mail::provider::sign_in(to, "Jitřenka", "https://pomoc.example/x", &footer)
    };
    let t = now();
    app.store.queue_mail(&message(JITRENKA), t).await.unwrap();

    // Nothing listens on the port: the message stays, due again after a minute.
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let down = server::mail::Mailer::new(Some(&format!("smtp://127.0.0.1:{port}")), None).unwrap();
    let failed = deliver_due(&app.store, &down, t).await.unwrap();
    assert_eq!((failed.claimed, failed.deferred), (1, 1));
    let counts = app.store.mail_counts(t - DAY).await.unwrap();
    assert_eq!((counts.waiting, counts.failing, counts.sent), (1, 1, 0));
    let early = deliver_due(&app.store, &down, t + 30).await.unwrap();
    assert_eq!(early.claimed, 0, "backoff: not before its next attempt");

    let sink = MailSink::start_on(port);
    let sent = deliver_due(&app.store, &sink.mailer(), t + 61)
        .await
        .unwrap();
    assert_eq!(sent.sent, 1);
    assert_eq!(sink.to(JITRENKA).len(), 1);

    app.store
        .queue_mail(&message("nikdo@nedorucitelne.example"), t + 62)
        .await
        .unwrap();
    let bounced = deliver_due(&app.store, &sink.mailer(), t + 62)
        .await
        .unwrap();
    assert_eq!(bounced.bounced, 1);
    let counts = app.store.mail_counts(t - DAY).await.unwrap();
    assert_eq!((counts.sent, counts.bounced, counts.waiting), (1, 1, 0));
    let later = deliver_due(&app.store, &sink.mailer(), t + 10 * DAY)
        .await
        .unwrap();
    assert_eq!(later.claimed, 0, "a bounce is not retried");
}

#[tokio::test]
async fn two_servers_on_one_database_never_send_a_message_twice() {
    let dir = std::env::temp_dir().join(format!("pomoc-outbox-{}", std::process::id()));
    let url = store::Store::scratch_url(&dir).await.expect("a database");
    let first = store::Store::open(&url).await.unwrap();
    let second = store::Store::open(&url).await.unwrap();
    let footer = domain::mail::Footer {
        portal: "https://pomoc.example".into(),
        unsubscribe: None,
    };
    let t = now();
    for n in 0..300 {
        let to = format!("poskytovatel{n}@pomoc.example");
        let message =
            domain::mail::provider::sign_in(&to, "Jitřenka", "https://pomoc.example/x", &footer);
        first.queue_mail(&message, t).await.unwrap();
    }
    let sink = MailSink::start();
    let worker = |store: store::Store, mailer: server::mail::Mailer| async move {
        let mut sent = 0;
        loop {
            let pass = deliver_due(&store, &mailer, t).await.unwrap();
            sent += pass.sent;
            if pass.claimed == 0 {
                return sent;
            }
        }
    };
    let (a, b) = tokio::join!(
        worker(first.clone(), sink.mailer()),
        worker(second, sink.mailer())
    );
    assert_eq!(a + b, 300);
    let mut recipients: Vec<String> = sink.delivered().into_iter().flat_map(|m| m.to).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 300);
    assert_eq!(sink.delivered().len(), 300, "each once");
    let _ = std::fs::remove_dir_all(&dir);
}
