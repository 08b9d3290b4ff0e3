//! What staff change: services with their places, providers, questions, audiences and accounts,
//! each with its audit rows.

use domain::admin::audit::RecordKind;
use domain::admin::faq_edit::FaqForm;
use domain::admin::organization_edit::OrganizationForm;
use domain::admin::service_edit::ServiceForm;
use domain::staff::{Role, StaffUser, Username};
use store::{OrganizationSaved, Store, Target};

/// A creation under the one-time key `once`.
fn new(once: &str) -> Target<'_> {
    Target::New { once }
}
use crate::support::{filter, sample_store};

async fn editor(store: &Store) -> StaffUser {
    let name = Username::parse("editorka").unwrap();
    let id = store
        .create_staff_account(&name, "$argon2id$x", Role::Editor)
        .await
        .unwrap()
        .unwrap();
    store.staff_user(id).await.unwrap().unwrap()
}

/// The first published service with a place, read into its form.
async fn a_service(store: &Store) -> (i64, ServiceForm) {
    let page = store.search(&filter("")).await.unwrap();
    for summary in page.items {
        let found = store.service_for_edit(summary.id).await.unwrap().unwrap();
        if !found.edit.locations.is_empty() {
            return (summary.id, found.edit.to_form());
        }
    }
    panic!("no service with a place");
}

#[tokio::test]
async fn a_new_place_is_found_by_its_municipality_and_keeps_the_old_ones_position() {
    let store = sample_store().await;
    let by = editor(&store).await;
    let (id, mut form) = a_service(&store).await;
    let before = store.service(id).await.unwrap().unwrap();
    let milevsko = store
        .district_municipalities()
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.name == "Milevsko")
        .unwrap();
    for (column, value) in [
        (&mut form.loc_name, "Pobočka"),
        (&mut form.loc_street, "Nová 5"),
        (&mut form.loc_postcode, ""),
        (&mut form.loc_hours, ""),
    ] {
        column.push(value.into());
    }
    form.loc_municipality
        .push(milevsko.code.number().to_string());
    let edit = form.validate().unwrap();
    store
        .update_service(id, &edit, None, &by, 1_800_000_000)
        .await
        .unwrap()
        .unwrap();

    let after = store.service(id).await.unwrap().unwrap();
    assert_eq!(after.locations.len(), before.locations.len() + 1);
    assert_eq!(
        after.locations[0].position, before.locations[0].position,
        "an unchanged address keeps its position"
    );
    let added = after.locations.last().unwrap();
    assert!(added.position_approximate, "a new place sits on the centre");
    let in_milevsko = store
        .search(&filter(&format!("obec={}", milevsko.code.number())))
        .await
        .unwrap();
    assert!(
        in_milevsko.items.iter().any(|s| s.id == id),
        "the municipality filter finds it there"
    );
    let log = store.audit_log(RecordKind::Service, id).await.unwrap();
    let places = log.iter().find(|e| e.field == "místa").unwrap();
    assert!(places.new_value.contains("Milevsko"), "{places:?}");
}

#[tokio::test]
async fn a_draft_service_is_made_for_a_provider_and_stays_hidden() {
    let store = sample_store().await;
    let by = editor(&store).await;
    let org = store.admin_organizations("").await.unwrap()[0].id;
    let id = store
        .create_service(org, "Nová poradna", "klic-1", &by, 1)
        .await
        .unwrap()
        .unwrap();
    let found = store.service_for_edit(id).await.unwrap().unwrap();
    assert!(!found.edit.published);
    let hits = store.search(&filter("q=nova+poradna")).await.unwrap();
    assert!(hits.items.iter().all(|s| s.id != id));
    assert_eq!(
        store
            .create_service(org, "Nová poradna", "klic-1", &by, 2)
            .await
            .unwrap(),
        Some(id),
        "the same form posted twice makes one service"
    );
    assert_eq!(
        store
            .create_service(-1, "X", "klic-2", &by, 1)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn a_provider_is_created_its_ico_is_unique_and_its_rename_reaches_search() {
    let store = sample_store().await;
    let by = editor(&store).await;
    let first = OrganizationForm {
        name: "Spolek Alfa".into(),
        ico: "25155521".into(),
        ..OrganizationForm::default()
    };
    let OrganizationSaved::Saved(alfa) = store
        .save_organization(new("a"), &first.validate().unwrap(), &by, 1)
        .await
        .unwrap()
    else {
        panic!("a new provider is saved");
    };
    assert_eq!(
        store
            .save_organization(new("a"), &first.validate().unwrap(), &by, 1)
            .await
            .unwrap(),
        OrganizationSaved::Saved(alfa),
        "posted twice: one provider, not an IČO clash with itself"
    );
    let copy = OrganizationForm {
        name: "Kopie".into(),
        ..first
    };
    assert_eq!(
        store
            .save_organization(new("b"), &copy.validate().unwrap(), &by, 1)
            .await
            .unwrap(),
        OrganizationSaved::IcoTaken {
            holder: "Spolek Alfa".into()
        }
    );

    let taken = store
        .admin_organizations("")
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.services > 0)
        .unwrap();
    let mut renamed = store
        .organization_for_edit(taken.id)
        .await
        .unwrap()
        .unwrap();
    renamed.name = "Zcela Nepodobný Spolek".into();
    assert_eq!(
        store
            .save_organization(Target::Existing(taken.id), &renamed, &by, 2)
            .await
            .unwrap(),
        OrganizationSaved::Saved(taken.id)
    );
    let hits = store.search(&filter("q=nepodobny")).await.unwrap();
    assert!(hits.total > 0, "its services are found by the new name");
    let log = store
        .audit_log(RecordKind::Organization, taken.id)
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].old_value.as_str(), log[0].new_value.as_str()),
        (taken.name.as_str(), "Zcela Nepodobný Spolek")
    );
}

#[tokio::test]
async fn a_question_is_drafted_then_published_under_an_address_from_its_wording() {
    let store = sample_store().await;
    let by = editor(&store).await;
    let form = FaqForm {
        question: "Kde najdu noclehárnu?".into(),
        answer: "V **Písku**.".into(),
        audiences: vec!["seniori".into()],
        ..FaqForm::default()
    };
    let id = store
        .save_faq(new("q"), &form.validate().unwrap(), &by, 1)
        .await
        .unwrap()
        .unwrap();
    let (slug, stored) = store.faq_for_edit(id).await.unwrap().unwrap();
    assert_eq!(slug, "kde-najdu-nocleharnu");
    assert_eq!(stored.to_form(), form);
    let slug = domain::Slug::parse(&slug).unwrap();
    assert_eq!(
        store.faq(&slug).await.unwrap(),
        None,
        "a draft is not public"
    );

    let published = FaqForm {
        published: true,
        ..form
    };
    store
        .save_faq(Target::Existing(id), &published.validate().unwrap(), &by, 2)
        .await
        .unwrap()
        .unwrap();
    assert!(store.faq(&slug).await.unwrap().is_some());
    let log = store.audit_log(RecordKind::Faq, id).await.unwrap();
    assert_eq!(log[0].field, "stav");
    assert_eq!(log[0].new_value, "zveřejněno");
    assert_eq!(
        store
            .save_faq(Target::Existing(-1), &stored, &by, 3)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn an_account_is_blocked_and_its_sessions_find_no_user() {
    let store = crate::support::scratch().await;
    let admin_id = store
        .create_staff_account(&Username::parse("spravce").unwrap(), "h", Role::Admin)
        .await
        .unwrap()
        .unwrap();
    let admin = store.staff_user(admin_id).await.unwrap().unwrap();
    let by = editor(&store).await;
    let change = domain::admin::account::CheckedChange {
        role: Role::Admin,
        active: false,
        email: Some(domain::Email::parse("jana@pomoc.example").unwrap()),
    };
    store
        .update_staff_account(by.id, &change, &admin, 5)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(store.staff_user(by.id).await.unwrap(), None);
    assert_eq!(
        store
            .staff_row(by.id)
            .await
            .unwrap()
            .unwrap()
            .email
            .as_deref(),
        Some("jana@pomoc.example")
    );
    let log = store.audit_log(RecordKind::StaffUser, by.id).await.unwrap();
    let fields: Vec<_> = log.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["e-mail", "stav", "role"]);
}

#[tokio::test]
async fn staff_list_news_and_events_the_latest_first() {
    use domain::admin::news_edit::{ArticleForm, EventForm};
    let store = sample_store().await;
    let by = editor(&store).await;
    let article = ArticleForm {
        title: "Nová poradna".into(),
        published_on: "2030-01-15".into(),
        summary: "Otevíráme.".into(),
        body: "V Písku.".into(),
        ..ArticleForm::default()
    };
    let id = store
        .save_article(new("a"), &article.validate().unwrap(), &by, 1)
        .await
        .unwrap()
        .unwrap();
    let articles = store.admin_articles().await.unwrap();
    assert_eq!(articles[0].id, id, "the latest article heads the list");
    assert_eq!(articles[0].when, "2030-01-15");

    let event = EventForm {
        title: "Den otevřených dveří".into(),
        starts: "2030-02-01T10:00".into(),
        ends: "2030-02-01T12:00".into(),
        place: "Písek".into(),
        ..EventForm::default()
    };
    let id = store
        .save_event(new("e"), &event.validate().unwrap(), &by, 2)
        .await
        .unwrap()
        .unwrap();
    let events = store.admin_events().await.unwrap();
    assert_eq!(events[0].id, id, "the latest event heads the list");
    assert!(
        events[0].when.starts_with("2030-02-01"),
        "{}",
        events[0].when
    );
}
