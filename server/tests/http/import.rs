//! `server export` and `server import` on real files and a real database: HSDS JSON and the CSV
//! datapackage round-trip the whole directory; a second import changes nothing; a field staff
//! edited since the last import is reported, never overwritten; a file broken halfway changes
//! nothing. The national register in its published shape: `register/` beside this file.

use crate::support::TestApp;
use domain::admin::audit::RecordKind;
use domain::staff::{Role, StaffUser, Username};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use store::{ImportSummary, Progress, Store};

const NOW: i64 = 1_790_000_000;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pomoc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn export(store: &Store, format: &str, dir: &Path) -> server::export::ExportReport {
    let request =
        server::export::parse_args(&["--format".into(), format.into(), dir.display().to_string()])
            .unwrap();
    server::export::export(store, "https://pomoc.example", &request)
        .await
        .unwrap()
}

async fn import(
    store: &Store,
    format: &str,
    path: &Path,
    dry_run: bool,
    now: i64,
) -> ImportSummary {
    let progress = Progress::default();
    let summary = match format {
        "hsds-json" => store.import_hsds(path, dry_run, now, &progress).await,
        _ => store.import_hsds_csv(path, dry_run, now, &progress).await,
    }
    .unwrap();
    assert_eq!(progress.read(), progress.total(), "the whole file was read");
    summary
}

async fn empty_store() -> Store {
    let store = Store::open_in_memory().await.unwrap();
    store.prepare_if_empty().await.unwrap();
    store
}

async fn published(store: &Store) -> Vec<i64> {
    store
        .matching_ids(&domain::Filter::default())
        .await
        .unwrap()
}

/// A service as compared across databases: everything but the database's own ids.
fn comparable(mut s: domain::catalog::ServiceDetail) -> domain::catalog::ServiceDetail {
    s.id = 0;
    s.organization.id = 0;
    for other in &mut s.other_services {
        other.id = 0;
    }
    s.other_services.sort_by(|a, b| a.name.cmp(&b.name));
    s
}

async fn assert_same_directory(original: &Store, copy: &Store) {
    let originals = published(original).await;
    let copies = published(copy).await;
    assert_eq!(originals.len(), copies.len());
    for (o, c) in originals.iter().zip(&copies) {
        let o = comparable(original.service(*o).await.unwrap().unwrap());
        let c = comparable(copy.service(*c).await.unwrap().unwrap());
        assert_eq!(o, c);
    }
    for id in copy.organization_ids("").await.unwrap() {
        let c = copy.organization(id).await.unwrap().unwrap();
        let o = original.organization_ids(&c.name).await.unwrap()[0];
        let o = original.organization(o).await.unwrap().unwrap();
        assert_eq!(
            (&o.ico, &o.street, &o.municipality, &o.phones, &o.emails),
            (&c.ico, &c.street, &c.municipality, &c.phones, &c.emails)
        );
        assert_eq!(
            (&o.web, &o.contact_note, &o.legal_form, o.services.len()),
            (&c.web, &c.contact_note, &c.legal_form, c.services.len())
        );
    }
}

async fn round_trip(format: &str, services_file: &str) {
    let app = TestApp::spawn().await;
    let dir = scratch(&format!("round-trip-{format}"));
    let written = export(&app.store, format, &dir).await;
    let empty = empty_store().await;

    // A file cut off halfway changes nothing, and names the file.
    let broken = scratch(&format!("cut-{format}"));
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), broken.join(entry.file_name())).unwrap();
    }
    let whole = std::fs::read(dir.join(services_file)).unwrap();
    std::fs::write(broken.join(services_file), &whole[..whole.len() / 2 + 7]).unwrap();
    let progress = Progress::default();
    let cut = match format {
        "hsds-json" => empty.import_hsds(&broken, false, NOW, &progress).await,
        _ => empty.import_hsds_csv(&broken, false, NOW, &progress).await,
    }
    .unwrap_err();
    assert!(cut.to_string().contains(services_file), "{cut}");
    assert!(published(&empty).await.is_empty());

    let dry = import(&empty, format, &dir, true, NOW).await;
    assert_eq!(dry.services.added, written.services, "{dry:?}");
    assert!(
        published(&empty).await.is_empty(),
        "a dry run changes nothing"
    );

    let summary = import(&empty, format, &dir, false, NOW).await;
    assert!(summary.refused.is_empty(), "{:?}", summary.refused);
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    assert_eq!(summary.services.added, written.services);
    assert_eq!(summary.organizations.added, written.organizations);
    assert_same_directory(&app.store, &empty).await;

    let again = import(&empty, format, &dir, false, NOW + 60).await;
    assert_eq!(
        (
            again.services.added,
            again.services.changed,
            again.services.unchanged
        ),
        (0, 0, written.services),
        "the same files twice change nothing: {:?}",
        again.changes
    );
    assert_eq!(again.organizations.unchanged, written.organizations);
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&broken).unwrap();
}

#[tokio::test]
async fn hsds_json_export_then_import_gives_the_same_directory_once() {
    round_trip("hsds-json", "services.json").await;
}

#[tokio::test]
async fn hsds_csv_export_then_import_gives_the_same_directory_once() {
    round_trip("hsds-csv", "services.csv").await;
}

#[tokio::test]
async fn the_csv_datapackage_names_every_table_with_the_specifications_columns() {
    let app = TestApp::spawn().await;
    let dir = scratch("datapackage");
    export(&app.store, "hsds-csv", &dir).await;
    let package: Value =
        serde_json::from_slice(&std::fs::read(dir.join("datapackage.json")).unwrap()).unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 14);
    for resource in resources {
        let path = dir.join(resource["path"].as_str().unwrap());
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(header, fields, "{}", path.display());
        assert!(reader.records().all(|r| r.is_ok()), "{}", path.display());
    }
    let services = csv::Reader::from_path(dir.join("services.csv"))
        .unwrap()
        .records()
        .count();
    assert_eq!(services, published(&app.store).await.len());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_broken_record_is_refused_with_its_reason_and_the_rest_imported() {
    let app = TestApp::spawn().await;
    let dir = scratch("broken-record");
    let written = export(&app.store, "hsds-json", &dir).await;
    let path = dir.join("services.json");
    let mut services: Vec<Value> = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    services[0]["phones"] = json!([{ "id": "x", "number": "12" }]);
    services[1]["languages"] = json!([
        { "id": "l", "name": "Urdu", "code": "ur" },
        { "id": "m", "name": "Ukrainian", "code": "ukr" }
    ]);
    std::fs::write(&path, serde_json::to_vec(&services).unwrap()).unwrap();

    let empty = empty_store().await;
    let summary = import(&empty, "hsds-json", &dir, false, NOW).await;
    let name = services[0]["name"].as_str().unwrap();
    assert_eq!(summary.refused.len(), 1, "{:?}", summary.refused);
    assert!(
        summary.refused[0].contains(name) && summary.refused[0].contains("telefon"),
        "{:?}",
        summary.refused
    );
    assert_eq!(summary.services.added, written.services - 1);
    let second = services[1]["name"].as_str().unwrap();
    assert!(
        summary
            .skipped
            .iter()
            .any(|s| s.contains(second) && s.contains("Urdu")),
        "a language the portal does not know is reported: {:?}",
        summary.skipped
    );
    let speaking = empty
        .search(&domain::Filter::from_query("jazyk=uk").unwrap().filter)
        .await
        .unwrap();
    assert!(
        speaking.items.iter().any(|s| s.name == second),
        "the languages it knows are kept"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

async fn staff(store: &Store) -> StaffUser {
    let id = store
        .create_staff_account(&Username::parse("editorka").unwrap(), "h", Role::Editor)
        .await
        .unwrap()
        .unwrap();
    store.staff_user(id).await.unwrap().unwrap()
}

#[tokio::test]
async fn a_field_staff_edited_since_the_last_import_is_reported_not_overwritten() {
    let app = TestApp::spawn().await;
    let dir = scratch("conflict");
    export(&app.store, "hsds-json", &dir).await;
    let store = empty_store().await;
    import(&store, "hsds-json", &dir, false, NOW).await;

    // Staff rewrite the first service's description after the import.
    let id = published(&store).await[0];
    let mut edited = store.service_for_edit(id).await.unwrap().unwrap();
    let staff_text = "Popis, který napsala editorka.";
    edited.edit.description = staff_text.into();
    let by = staff(&store).await;
    store
        .update_service(id, &edited.edit, None, &by, NOW + 100)
        .await
        .unwrap()
        .unwrap();

    // The next file changes the same service's phone and description.
    let path = dir.join("services.json");
    let mut services: Vec<Value> = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let position = services
        .iter()
        .position(|s| s["name"] == edited.edit.name.as_str())
        .unwrap();
    services[position]["phones"] = json!([{ "id": "p", "number": "+420 382 999 999" }]);
    services[position]["description"] = json!("Popis ze souboru.");
    std::fs::write(&path, serde_json::to_vec(&services).unwrap()).unwrap();

    let dry = import(&store, "hsds-json", &dir, true, NOW + 200).await;
    assert_eq!(dry.services.changed, 1);
    let unchanged = store.service(id).await.unwrap().unwrap();
    assert_eq!(
        unchanged.phones, edited.edit.contacts.phones,
        "a dry run changes nothing"
    );

    let summary = import(&store, "hsds-json", &dir, false, NOW + 200).await;
    assert_eq!(summary.services.changed, 1, "{:?}", summary.changes);
    assert!(
        summary.changes[0].contains("telefony"),
        "{:?}",
        summary.changes
    );
    assert_eq!(summary.conflicts.len(), 1, "{:?}", summary.conflicts);
    assert!(
        summary.conflicts[0].contains("popis"),
        "{:?}",
        summary.conflicts
    );
    let after = store.service(id).await.unwrap().unwrap();
    assert_eq!(after.phones[0].as_str(), "+420 382 999 999");
    assert_eq!(after.description, staff_text);

    // The import's change is in the record's history, under the import's name.
    let log = store.audit_log(RecordKind::Service, id).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.staff == "import hsds-json" && e.field == "telefony"),
        "{log:?}"
    );

    // The same file again: the conflict is reported again, and nothing changes.
    let again = import(&store, "hsds-json", &dir, false, NOW + 300).await;
    assert_eq!(again.services.changed, 0, "{:?}", again.changes);
    assert_eq!(again.conflicts.len(), 1);
    let still = store.service(id).await.unwrap().unwrap();
    assert_eq!(still.description, staff_text);
    std::fs::remove_dir_all(&dir).unwrap();
}

mod register;
mod sync;
