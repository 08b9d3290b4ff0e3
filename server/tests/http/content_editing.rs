//! Staff keep providers, services, questions, audiences, the wizard and accounts true — through
//! HTTP, as a browser without JavaScript posts the forms: refusals keep what was typed (422), saves
//! redirect (302), residents see the result, and every change is in the record's history.

use crate::support::{Browser, TestApp, form_fields, pairs};
use domain::admin::wizard_edit::NodeForm;
use domain::staff::Role;
use domain::wizard::Step;
use reqwest::StatusCode;

const PASSWORD: &str = "Otava teče pod mostem";

/// The sample portal with an editor, jana, and an administrator, petr.
async fn portal() -> TestApp {
    let app = TestApp::spawn().await;
    app.staff("jana", Role::Editor, PASSWORD).await;
    app.staff("petr", Role::Admin, PASSWORD).await;
    app
}

async fn signed_in<'a>(app: &'a TestApp, name: &str) -> Browser<'a> {
    let mut browser = Browser::new(app);
    browser.log_in(name, PASSWORD).await;
    browser
}

/// The id at the end of a redirect to `prefix/{id}?…`.
fn redirected_id(location: &str, prefix: &str) -> i64 {
    location
        .strip_prefix(prefix)
        .and_then(|rest| rest.split('?').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("{location} is not under {prefix}"))
}

#[tokio::test]
async fn a_provider_and_its_new_service_are_checked_created_and_published() {
    let app = portal().await;
    let mut staff = signed_in(&app, "jana").await;
    let town = app.store.district_municipalities().await.unwrap()[0].clone();
    let town_code = town.code.number().to_string();

    let once = staff.get("/sprava/nova-organizace").await.hidden("once");
    let keyless = staff
        .post("/sprava/nova-organizace", &[("name", "Bez klíče")])
        .await;
    assert_eq!(keyless.status, StatusCode::BAD_REQUEST, "no one-time key");
    let broken = staff
        .post(
            "/sprava/nova-organizace",
            &[
                ("name", "Spolek <b>Nový</b>"),
                ("ico", "12345678"),
                ("once", &once),
            ],
        )
        .await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(broken.body.contains("IČO nemá správnou kontrolní číslici"));
    assert!(
        broken.body.contains("Spolek &lt;b&gt;Nový&lt;/b&gt;"),
        "kept, as text"
    );

    let provider = [
        ("name", "Spolek Nový"),
        ("ico", "25155521"),
        ("municipality", &town_code),
        ("phones", "382 111 222"),
        ("once", &once),
    ];
    let created = staff.post("/sprava/nova-organizace", &provider).await;
    assert_eq!(created.status, StatusCode::FOUND, "{}", created.body);
    let org = redirected_id(created.location(), "/sprava/organizace/");
    let twice = staff.post("/sprava/nova-organizace", &provider).await;
    assert_eq!(
        (twice.status, twice.location()),
        (StatusCode::FOUND, created.location()),
        "a double submit finds the provider the first made"
    );
    let other = staff.get("/sprava/nova-organizace").await.hidden("once");
    let again = staff
        .post(
            "/sprava/nova-organizace",
            &[("name", "Dvojník"), ("ico", "25155521"), ("once", &other)],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .body
            .contains("toto IČO už má poskytovatel „Spolek Nový“")
    );

    let org_id = org.to_string();
    let start = staff
        .get(&format!("/sprava/nova-sluzba?poskytovatel={org}"))
        .await
        .hidden("once");
    let unnamed = staff
        .post(
            "/sprava/nova-sluzba",
            &[
                ("organization", org_id.as_str()),
                ("service_name", " "),
                ("once", &start),
            ],
        )
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let started = staff
        .post(
            "/sprava/nova-sluzba",
            &[
                ("organization", org_id.as_str()),
                ("service_name", "Nová poradna"),
                ("once", &start),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::FOUND);
    let service = redirected_id(started.location(), "/sprava/sluzby/");
    let path = format!("/sprava/sluzby/{service}");
    let draft = Browser::new(&app).get(&format!("/sluzby/{service}")).await;
    assert_eq!(draft.status, StatusCode::NOT_FOUND, "a draft is not public");

    let mut form = app
        .store
        .service_for_edit(service)
        .await
        .unwrap()
        .unwrap()
        .edit
        .to_form();
    form.published = true;
    let refused = staff.post(&path, &pairs(&form_fields(&form))).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("chybí cílová skupina"));
    assert!(
        refused
            .body
            .contains("služba nemá místo poskytování ani oblast působnosti")
    );

    form.target_groups = vec!["senioři".into()];
    let unknown = staff.post(&path, &pairs(&form_fields(&form))).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    form.target_groups = vec![domain::TargetGroup::ALL[0].slug().into()];
    form.forms = vec!["ambulantni".into()];
    form.loc_street = vec!["Nábřeží 1".into()];
    form.loc_municipality = vec!["999997".into()];
    let elsewhere = staff.post(&path, &pairs(&form_fields(&form))).await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(elsewhere.body.contains("tuto obec seznam obcí nezná"));
    form.loc_municipality = vec![town_code.clone()];
    let saved = staff.post(&path, &pairs(&form_fields(&form))).await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);

    let public = Browser::new(&app).get(&format!("/sluzby/{service}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("Nábřeží 1") && public.body.contains(&town.name));
    let listed = Browser::new(&app)
        .get(&format!("/sluzby?q=nova+poradna&obec={town_code}"))
        .await;
    assert!(listed.body.contains("Nová poradna"), "found in its town");
    let editor = staff.get(&format!("/sprava/organizace/{org}")).await;
    assert!(editor.body.contains("Nová poradna") && editor.body.contains("Historie změn"));
}

#[tokio::test]
async fn a_question_is_published_with_its_markdown_and_never_runs_script() {
    let app = portal().await;
    let mut staff = signed_in(&app, "jana").await;
    let once = staff.get("/sprava/novy-dotaz").await.hidden("once");
    let unknown = staff
        .post(
            "/sprava/novy-dotaz",
            &[
                ("question", "Kde najdu noclehárnu?"),
                ("answer", "V Písku."),
                ("audiences", "neznama-skupina"),
                ("once", &once),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("Kde najdu noclehárnu?"), "kept");

    let saved = staff
        .post(
            "/sprava/novy-dotaz",
            &[
                ("question", "Kde najdu noclehárnu?"),
                ("answer", "<script>alert(1)</script>\n\nV **Písku**."),
                ("audiences", "seniori"),
                ("published", "true"),
                ("once", &once),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);
    let public = staff.get("/dotazy/kde-najdu-nocleharnu").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("<strong>Písku</strong>"));
    assert!(!public.body.contains("<script>alert(1)"));
    let list = staff
        .get("/sprava/dotazy?stav=zverejnene&q=nocleharnu")
        .await;
    assert!(list.body.contains("Kde najdu noclehárnu?"));
}

#[tokio::test]
async fn an_audience_must_keep_its_target_groups_and_its_new_name_reaches_residents() {
    let app = portal().await;
    let mut staff = signed_in(&app, "jana").await;
    let empty = staff
        .post("/sprava/skupiny/seniori", &[("name", "Senioři a seniorky")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("vyberte aspoň jednu cílovou skupinu"));
    let saved = staff.rename_seniors("Senioři a seniorky").await;
    assert_eq!(saved.status, StatusCode::FOUND);
    let chooser = staff.get("/skupina").await;
    assert!(chooser.body.contains("Senioři a seniorky"));
    let history = staff.get("/sprava/skupiny/seniori").await;
    assert!(history.body.contains("Historie změn") && history.body.contains("Senioři a seniorky"));
}

#[tokio::test]
async fn wizard_edits_stay_in_a_draft_until_it_passes_and_is_published() {
    let app = portal().await;
    let mut staff = signed_in(&app, "jana").await;
    let added = staff
        .post(
            "/sprava/pruvodce",
            &[
                ("akce", "pridat"),
                ("key", "nova-pomoc"),
                ("kind", "vysledek"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::FOUND);
    assert_eq!(added.location(), "/sprava/pruvodce/nova-pomoc");
    let overview = staff.get("/sprava/pruvodce").await;
    let problems = overview
        .body
        .split("class=\"problems\"")
        .nth(1)
        .unwrap_or("");
    assert!(
        problems.contains("uzel „nova-pomoc“ nemá text"),
        "{problems}"
    );
    let refused = staff
        .post("/sprava/pruvodce", &[("akce", "zverejnit")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Koncept nelze zveřejnit"));

    let removed = staff
        .post(
            "/sprava/pruvodce/nova-pomoc",
            &[("kind", "vysledek"), ("odebrat", "1")],
        )
        .await;
    assert_eq!(removed.status, StatusCode::FOUND);
    let tree = app.store.wizard_for_edit().await.unwrap().unwrap().tree;
    let sam = tree.nodes.iter().find(|n| n.key.as_str() == "sam").unwrap();
    let mut form = NodeForm::from(sam);
    form.title = "Zavolejte sociální pracovnici".into();
    let saved = staff
        .post("/sprava/pruvodce/sam", &pairs(&form_fields(&form)))
        .await;
    assert_eq!(saved.status, StatusCode::FOUND, "{}", saved.body);
    let mut resident = Browser::new(&app);
    let before = resident.get("/pomoc/jsem-sam").await;
    assert!(
        !before.body.contains("Zavolejte sociální pracovnici"),
        "still a draft"
    );

    let published = staff
        .post("/sprava/pruvodce", &[("akce", "zverejnit")])
        .await;
    assert_eq!(published.status, StatusCode::FOUND, "{}", published.body);
    let after = resident.get("/pomoc/jsem-sam").await;
    assert!(after.body.contains("Zavolejte sociální pracovnici"));
    let history = staff.get("/sprava/pruvodce").await;
    assert!(history.body.contains("krok sam") && history.body.contains("zveřejněno"));
    let Some(Step::Outcome(outcome)) = app
        .store
        .wizard_tree()
        .await
        .unwrap()
        .and_then(|t| t.nodes.into_iter().find(|n| n.key.as_str() == "sam"))
        .map(|n| n.step)
    else {
        panic!("the outcome is published");
    };
    assert_eq!(outcome.title, "Zavolejte sociální pracovnici");
}

#[tokio::test]
async fn administrators_make_and_block_accounts_but_not_their_own() {
    let app = portal().await;
    let mut admin = signed_in(&app, "petr").await;
    let common = admin
        .post(
            "/sprava/uzivatele",
            &[
                ("username", "eva"),
                ("role", "editor"),
                ("password", "heslo123"),
            ],
        )
        .await;
    assert_eq!(common.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        common.body.contains("Zvolte prosím jiné heslo"),
        "{}",
        common.body
    );
    assert!(
        !common.body.contains("heslo123"),
        "a password is never shown back"
    );

    let created = admin
        .post(
            "/sprava/uzivatele",
            &[
                ("username", "eva"),
                ("role", "editor"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::FOUND, "{}", created.body);
    let eva_id = redirected_id(created.location(), "/sprava/uzivatele/");
    let mut eva = Browser::new(&app);
    assert_eq!(eva.log_in("eva", PASSWORD).await.status, StatusCode::FOUND);
    assert_eq!(eva.get("/sprava").await.status, StatusCode::OK);
    assert_eq!(
        eva.get("/sprava/uzivatele").await.status,
        StatusCode::FORBIDDEN
    );

    let blocked = admin
        .post(
            &format!("/sprava/uzivatele/{eva_id}"),
            &[("role", "editor")],
        )
        .await;
    assert_eq!(blocked.status, StatusCode::FOUND);
    let signed_out = eva.get("/sprava").await;
    assert_ne!(signed_out.status, StatusCode::OK, "the session ends");
    assert!(signed_out.location().starts_with("/sprava/prihlaseni"));
    let history = admin.get(&format!("/sprava/uzivatele/{eva_id}")).await;
    assert!(history.body.contains("zablokovaný"));
    assert!(
        history.body.contains("založeno"),
        "the creation is in the account's history"
    );

    let petr = app
        .store
        .staff_list()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.username == "petr")
        .unwrap();
    let own = admin
        .post(
            &format!("/sprava/uzivatele/{}", petr.id),
            &[("role", "editor"), ("active", "on")],
        )
        .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.body.contains("vlastní účet nelze"));
}

/// Posting `form` unchanged to `path` saves (302) and logs nothing for the record.
async fn saves_unchanged<F: serde::Serialize>(
    app: &TestApp,
    staff: &mut Browser<'_>,
    path: &str,
    form: &F,
    kind: domain::admin::audit::RecordKind,
    id: i64,
) {
    let reply = staff.post(path, &pairs(&form_fields(form))).await;
    assert_eq!(reply.status, StatusCode::FOUND, "{path}: {}", reply.body);
    let log = app.store.audit_log(kind, id).await.unwrap();
    assert!(log.is_empty(), "{path}: {log:?}");
}

#[tokio::test]
async fn every_sample_record_saves_unchanged_and_logs_nothing() {
    let app = portal().await;
    let mut staff = signed_in(&app, "jana").await;
    let services = app
        .store
        .admin_services(&store::ServiceListFilter::default())
        .await
        .unwrap();
    for row in &services {
        let edit = app
            .store
            .service_for_edit(row.id)
            .await
            .unwrap()
            .unwrap()
            .edit;
        let path = format!("/sprava/sluzby/{}", row.id);
        let kind = domain::admin::audit::RecordKind::Service;
        saves_unchanged(&app, &mut staff, &path, &edit.to_form(), kind, row.id).await;
    }
    for row in app.store.admin_organizations("").await.unwrap() {
        let edit = app
            .store
            .organization_for_edit(row.id)
            .await
            .unwrap()
            .unwrap();
        let path = format!("/sprava/organizace/{}", row.id);
        let kind = domain::admin::audit::RecordKind::Organization;
        saves_unchanged(&app, &mut staff, &path, &edit.to_form(), kind, row.id).await;
    }
}
