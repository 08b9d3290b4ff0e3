//! The national register as MPSV publishes it, imported into the Písek portal: the published
//! shape with every trap REGISTER.md lists, RÚIAN's address points, what a second import does
//! (nothing), what the register ending, dropping and listing again a service does, and input
//! that is not the register.

use super::scratch;
use domain::geo::sjtsk::Sjtsk;
use serde_json::{Value, json};
use server::register::{Import, RegisterImportError};
use std::path::{Path, PathBuf};
use store::{ImportSummary, Progress, RegisterDataSet, Store};

pub(super) const NOW: i64 = 1_796_500_000; // 2026-12-05
pub(super) const PISEK: u32 = 549_240;
pub(super) const MIROTICE: u32 = 549_584;
const BRNO: u32 = 582_786;

/// A register download in its published shape: the generator's code lists, these items.
pub(super) struct Download {
    pub dir: PathBuf,
}

impl Download {
    pub fn new(name: &str) -> Download {
        let dir = scratch(name);
        let empty = RegisterDataSet {
            services: 0,
            ..RegisterDataSet::default()
        };
        store::write_register_download(&empty, &dir).expect("code lists");
        Download { dir }
    }

    pub fn items(&self, items: &[Value]) {
        let file = json!({"polozky": items});
        std::fs::write(
            self.dir.join("rpss.json"),
            serde_json::to_vec(&file).unwrap(),
        )
        .unwrap();
    }

    /// The id `kraje.json` gives the region with this NUTS 3 code.
    pub fn region(&self, nuts3: &str) -> String {
        let kraje: Value =
            serde_json::from_slice(&std::fs::read(self.dir.join("kraje.json")).unwrap()).unwrap();
        kraje["polozky"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kodNuts3"] == nuts3)
            .map(|k| k["id"].as_str().unwrap().to_owned())
            .unwrap()
    }
}

pub(super) fn address(street: &str, number: u32, point: Option<u64>, town: u32) -> Value {
    json!({
        "cisloDomovni": number, "cisloOrientacni": "5", "dodatekAdresy": null,
        "kodAdresnihoMista": point, "psc": "39701",
        "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
        "kraj": {"id": "Kraj/35"}, "okres": {"id": "Okres/3314"},
        "obec": {"id": format!("Obec/{town}")}, "castObce": {"id": "CastObce/1"},
        "mestskyObvodMestskaCast": null, "mestskyObvodVPraze": null,
        "ulice": {"nazev": street}
    })
}

/// One service as `rpss.json` publishes it: `druh` is the register's number of its type
/// (13 domovy pro seniory, 4 pečovatelská služba, 1 odborné sociální poradenství), `form` the
/// end of its form's id (`pob`, `amb`, `ter`).
pub(super) fn item(
    id: &str,
    facility: &str,
    druh: u32,
    form: &str,
    town: u32,
    point: Option<u64>,
) -> Value {
    let capacity = match form {
        "pob" => {
            json!({"pocet": 80, "popis": "Maximální kapacita 80 lůžek s účinností od 01.09.2016.", "typ": {"id": "TypKapacitySocialniSluzby/luzka"}})
        }
        _ => {
            json!({"pocet": 25, "popis": "Maximální kapacita 25 klientů.", "typ": {"id": "TypKapacitySocialniSluzby/klient"}})
        }
    };
    json!({
        "portalId": 70_001, "id": 90_001, "identifikator": id,
        "datumPoskytovaniOd": "2007-01-01", "datumPoskytovaniDo": null,
        "kontaktniAdresy": [],
        "druhSocialniSluzby": {"id": format!("DruhSocialniSluzby/{druh}")},
        "zarizeni": [{
            "nazev": facility, "adresa": address("Kollárova", 541, point, town),
            "poskytujeOd": "2007-01-01", "poskytujeDo": null,
            "vedouci": {"jmeno": "Věra", "prijmeni": "Vedoucíková"}
        }],
        "poskytovatel": {
            "nazev": "Spolek Pomoc Písecku", "ico": "27006328", "dic": null,
            "adresa": address("Velké náměstí", 114, None, PISEK),
            "emaily": [{"email": "info@pomoc-pisecku.cz", "poznamka": null}],
            "telefony": [{"telefon": "382200100", "poznamka": "ředitelka Drahomíra Statutárová"}],
            "faxy": [], "weby": [{"web": "https://www.pomoc-pisecku.cz", "poznamka": null}],
            "statutarniOrgany": [{"jmeno": "Drahomíra", "prijmeni": "Statutárová", "funkce": "předsedkyně"}]
        },
        "emaily": [{"email": format!("sluzba{id}@pomoc-pisecku.cz"), "poznamka": null}],
        "telefony": [{"telefon": "382200111", "poznamka": null}],
        "faxy": [], "weby": [],
        "ciloveSkupiny": [{"cilovaSkupina": {"id": "CilovaSkupinaOsoby/24"}}],
        "vekoveSkupiny": [{"vekovaSkupina": {"id": "VekovaSkupinaOsoby/9"}}],
        "doplnujiciInformaceVekoveSkupiny": null,
        "formy": [{"forma": {"id": format!("FormaSocialniSluzby/{form}")}, "nepretrzitePoskytovani": form == "pob",
                   "casoveRozsahy": null, "kapacity": [capacity]}],
        "rozsirenePusobnostiVKraji": null,
        "doplnkoveUdaje": {"personalniZajisteni": [{"priloha": {"url": "https://www.mpsv.cz/agportal-server/rest/documents/77"}}]}
    })
}

/// A RÚIAN address-point file as ČÚZK publishes it (Windows-1250, `;`, the published header),
/// with the given points at the given positions; `negative` writes them as EPSG:5514 does.
pub(super) fn ruian(dir: &Path, town: u32, points: &[(u64, domain::Coordinates)], negative: bool) {
    let mut text = String::from(
        "Kód ADM;Kód obce;Název obce;Kód MOMC;Název MOMC;Kód MOP;Název MOP;Kód části obce;Název části obce;\
         Kód ulice;Název ulice;Typ SO;Číslo domovní;Číslo orientační;Znak čísla orientačního;PSČ;\
         Souřadnice Y;Souřadnice X;Platí Od\r\n",
    );
    let sign = if negative { -1.0 } else { 1.0 };
    for (code, at) in points {
        let grid = Sjtsk::from_wgs84(*at);
        text.push_str(&format!(
            "{code};{town};Písek;;;;;414000;Písek;1;Kollárova;č.p.;541;5;;39701;{:.2};{:.2};2011-07-01T00:00:00\r\n",
            sign * grid.y(),
            sign * grid.x()
        ));
    }
    std::fs::create_dir_all(dir).unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(&text);
    std::fs::write(dir.join(format!("20261130_OB_{town}_ADR.csv")), bytes).unwrap();
}

pub(super) async fn portal() -> Store {
    crate::support::logs();
    let store = Store::open_scratch().await.expect("database");
    store.prepare_if_empty().await.expect("municipalities");
    store
}

pub(super) async fn import(
    store: &Store,
    dir: &Path,
    addresses: Option<&Path>,
    now: i64,
) -> Result<ImportSummary, RegisterImportError> {
    let progress = Progress::default();
    let request = Import {
        dir,
        addresses,
        dry_run: false,
        now,
        source: "test",
        register_date: None,
        content_hash: None,
        guard: &|_| None,
    };
    let summary = server::register::import(store, &request, &progress).await;
    if summary.is_ok() {
        assert_eq!(progress.read(), progress.total(), "the whole file was read");
    }
    summary
}

pub(super) async fn published_names(store: &Store) -> Vec<String> {
    let mut names = Vec::new();
    for id in super::published(store).await {
        names.push(store.service(id).await.unwrap().unwrap().name);
    }
    names.sort();
    names
}

fn metres(a: domain::Coordinates, b: domain::Coordinates) -> f64 {
    a.distance_km(b) * 1000.0
}

#[tokio::test]
async fn the_published_register_fills_the_catalogue_exactly_and_without_names_of_people() {
    let download = Download::new("register-published");
    let jihocesky = download.region("CZ031");
    let mut home = item(
        "1000001",
        "Domov pro seniory Písek",
        13,
        "pob",
        PISEK,
        Some(21_000_001),
    );
    // The same facility twice, as the register often lists it.
    let facility = home["zarizeni"][0].clone();
    home["zarizeni"].as_array_mut().unwrap().push(facility);
    let mut care = item(
        "1000002",
        "Pečovatelská služba Mirotice",
        4,
        "ter",
        MIROTICE,
        None,
    );
    care["telefony"] = Value::Null;
    care["emaily"] = json!([]);
    care["rozsirenePusobnostiVKraji"] = json!([{"kraj": {"id": jihocesky}}]);
    let mut ended = item("1000003", "Poradna, která skončila", 1, "amb", PISEK, None);
    ended["datumPoskytovaniDo"] = json!("2021-12-31");
    let mut closed = item("1000004", "Zavřená poradna", 1, "amb", PISEK, None);
    closed["zarizeni"][0]["poskytujeDo"] = json!("2020-06-30");
    let mut brno = item("1000005", "Poradna Brno", 1, "amb", BRNO, None);
    brno["poskytovatel"]["ico"] = json!("00064581");
    let mut odd = item(
        "1000006",
        "Poradna Písek",
        99,
        "amb",
        PISEK,
        Some(21_000_002),
    );
    odd["novyKlic"] = json!({"cokoli": 1});
    download.items(&[home, care, ended, closed, brno, odd]);
    let exact = domain::Coordinates::new(49.30811, 14.14762).unwrap();
    let other = domain::Coordinates::new(49.30402, 14.16011).unwrap();
    let addresses = download.dir.join("adresy");
    ruian(&addresses, PISEK, &[(21_000_001, exact)], false);
    ruian(
        &addresses.join("zaporne"),
        PISEK,
        &[(21_000_002, other)],
        true,
    );

    let store = portal().await;
    let summary = import(&store, &download.dir, Some(&addresses), NOW)
        .await
        .unwrap();
    assert_eq!(
        (summary.organizations.added, summary.services.added),
        (1, 3),
        "{summary:?}"
    );
    assert!(summary.refused.is_empty(), "{:?}", summary.refused);
    let facts = summary.register.clone().unwrap();
    assert_eq!(
        (facts.items, facts.region_current, facts.elsewhere),
        (6, 3, 1)
    );
    assert_eq!(
        facts.region_not_current,
        [
            ("poskytování služby skončilo".to_owned(), 1),
            ("všechna zařízení služby ukončila činnost".to_owned(), 1)
        ]
    );
    assert_eq!((facts.places_exact, facts.places_approximate), (1, 2));
    let tally = |label: &str| {
        summary
            .tallies
            .iter()
            .find(|t| t.label == label)
            .map(|t| t.count)
    };
    assert_eq!(tally("neznámý klíč položky „novyKlic“"), Some(1));
    assert_eq!(tally("neznámý klíč zařízení „vedouci“"), Some(7));
    assert_eq!(
        tally("druh služby: kód, který číselník druhy-socialni-sluzby.json nezná"),
        Some(1)
    );

    // Only the files of the folder --adresy names are read: the point in its subfolder waits
    // for the next run, its place on the municipality's centre.
    let ids = super::published(&store).await;
    let mut services = Vec::new();
    for id in &ids {
        services.push(store.service(*id).await.unwrap().unwrap());
    }
    let by_name = |name: &str| services.iter().find(|s| s.name == name).unwrap().clone();
    let home = by_name("Domov pro seniory Písek");
    assert_eq!(
        home.locations.len(),
        1,
        "the duplicated facility is one place"
    );
    let place = &home.locations[0];
    assert!(!place.position_approximate);
    assert!(metres(place.position.unwrap(), exact) < 1.0, "{place:?}");
    assert_eq!(
        home.capacities
            .iter()
            .map(|c| c.describe())
            .collect::<Vec<_>>(),
        ["pobytová forma: nejvýše 80 lůžek"]
    );
    assert_eq!(home.phones[0].as_str(), "+420 382 200 111", "its own phone");
    let care = by_name("Pečovatelská služba Mirotice");
    assert_eq!(
        care.phones[0].as_str(),
        "+420 382 200 100",
        "the provider's phone"
    );
    assert_eq!(
        care.area.len(),
        75,
        "the whole region, within the portal: every municipality"
    );
    let odd = by_name("Poradna Písek");
    assert_eq!(odd.service_type, None);
    assert!(odd.locations[0].position_approximate);

    // The negative coordinates (EPSG:5514's signs) read too, and are said to be so.
    let again = import(
        &store,
        &download.dir,
        Some(&addresses.join("zaporne")),
        NOW + 60,
    )
    .await
    .unwrap();
    assert!(
        again
            .tallies
            .iter()
            .any(|t| t.label.contains("zápornými souřadnicemi")),
        "{:?}",
        again.tallies
    );
    let odd = store.service(odd.id).await.unwrap().unwrap();
    assert!(metres(odd.locations[0].position.unwrap(), other) < 1.0);
    assert_eq!(
        again.services.changed, 1,
        "one place moved: {:?}",
        again.changes
    );
    assert!(
        again.changes[0].contains("poloha na mapě"),
        "{:?}",
        again.changes
    );

    // No person's name and no document link reached the portal: not its records, not its pages,
    // not its open data.
    let app = support_app(store.clone()).await;
    let (_, page) = app.get(&format!("/sluzby/{}", home.id)).await;
    assert!(page.contains("Kapacita podle registru"), "{page}");
    assert!(page.contains("nejvýše 80 lůžek"));
    let export_dir = scratch("register-export");
    super::export(&store, "hsds-json", &export_dir).await;
    let mut everything = page;
    for file in std::fs::read_dir(&export_dir).unwrap() {
        everything.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap());
    }
    for id in store.organization_ids("").await.unwrap() {
        everything.push_str(&format!("{:?}", store.organization(id).await.unwrap()));
    }
    for service in &services {
        everything.push_str(&format!("{service:?}"));
    }
    assert!(
        everything.contains("kapacita-registrovana"),
        "capacity in the open data"
    );
    for word in ["Statutárová", "Drahomíra", "Vedoucíková", "agportal"] {
        assert!(!everything.contains(word), "{word} reached the portal");
    }

    // The same download again: nothing changes and nothing is written.
    let same = import(&store, &download.dir, None, NOW + 120)
        .await
        .unwrap();
    assert_eq!(
        (same.services.changed, same.services.unchanged),
        (0, 3),
        "{:?}",
        same.changes
    );
    assert!(!same.written, "an unchanged download writes nothing");
    let overview = store.register_overview().await.unwrap();
    assert_eq!(overview.runs.len(), 3);
    assert_eq!(overview.runs[2].added, 3);
    assert_eq!(overview.runs[0].region_current, Some(3));
    let _ = std::fs::remove_dir_all(&download.dir);
    let _ = std::fs::remove_dir_all(&export_dir);
}

async fn support_app(store: Store) -> crate::support::TestApp {
    crate::support::TestApp::serve(store).await
}

#[tokio::test]
async fn a_service_the_register_ends_or_drops_is_unpublished_with_its_reason_and_returns() {
    let download = Download::new("register-ending");
    let first = item("1000011", "Poradna Písek", 1, "amb", PISEK, None);
    let second = item(
        "1000012",
        "Pečovatelská služba Písek",
        4,
        "ter",
        PISEK,
        None,
    );
    download.items(&[first.clone(), second.clone()]);
    let store = portal().await;
    import(&store, &download.dir, None, NOW).await.unwrap();
    let sample = published_names(&store).await;
    assert!(sample.contains(&"Poradna Písek".to_owned()));

    // The provider files a new phone with the regional authority: the register's next download
    // brings it, and the service counts as confirmed from the register that day.
    let mut refiled = first.clone();
    refiled["telefony"] = json!([{"telefon": "382200199", "poznamka": null}]);
    download.items(&[refiled, second.clone()]);
    let changed = import(&store, &download.dir, None, NOW + 30).await.unwrap();
    assert_eq!(changed.services.changed, 1, "{:?}", changed.changes);
    let poradna = store
        .admin_services(&store::ServiceListFilter::default())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == "Poradna Písek")
        .unwrap();
    let log = store.verifications(poradna.id).await.unwrap();
    assert_eq!(
        log,
        [domain::verification::Confirmation {
            at: NOW + 30,
            source: domain::verification::Source::Register,
            by: "registr poskytovatelů".to_owned(),
        }]
    );

    // The register stops listing the second and ends the first.
    let mut ended = first.clone();
    ended["datumPoskytovaniDo"] = json!("2026-11-30");
    download.items(&[ended]);
    let summary = import(&store, &download.dir, None, NOW + 60).await.unwrap();
    assert_eq!(summary.ended.len(), 2, "{:?}", summary.ended);
    assert!(
        summary
            .ended
            .iter()
            .any(|e| e.contains("registr uvádí konec poskytování 2026-11-30"))
    );
    assert!(
        summary
            .ended
            .iter()
            .any(|e| e.contains("registr ji už neuvádí"))
    );
    let names = published_names(&store).await;
    assert!(!names.contains(&"Poradna Písek".to_owned()), "{names:?}");
    assert!(!names.contains(&"Pečovatelská služba Písek".to_owned()));
    let overview = store.register_overview().await.unwrap();
    assert_eq!(overview.ended.len(), 2);
    let kept = &overview.ended[0];
    let history = store
        .audit_log(domain::admin::audit::RecordKind::Service, kept.id)
        .await
        .unwrap();
    assert!(
        history
            .iter()
            .any(|e| e.field == "ukončení v registru" && e.staff == "import mpsv")
    );
    assert!(
        store.service_for_edit(kept.id).await.unwrap().is_some(),
        "never deleted"
    );

    // The same file again: no second unpublishing, no writes.
    let again = import(&store, &download.dir, None, NOW + 120)
        .await
        .unwrap();
    assert!(again.ended.is_empty() && !again.written, "{again:?}");

    // The second returns: published again.
    download.items(&[second]);
    let back = import(&store, &download.dir, None, NOW + 180)
        .await
        .unwrap();
    assert_eq!(back.returned.len(), 1, "{:?}", back.returned);
    let names = published_names(&store).await;
    assert!(
        names.contains(&"Pečovatelská služba Písek".to_owned()),
        "{names:?}"
    );
    let _ = std::fs::remove_dir_all(&download.dir);
}

async fn refused(store: &Store, dir: &Path, addresses: Option<&Path>) -> String {
    let before = published_names(store).await;
    let error = import(store, dir, addresses, NOW)
        .await
        .unwrap_err()
        .to_string();
    assert_eq!(
        published_names(store).await,
        before,
        "{error}: nothing changed"
    );
    error
}

#[tokio::test]
async fn input_that_is_not_the_register_is_named_in_czech_and_changes_nothing() {
    let store = portal().await;
    let download = Download::new("register-bad");

    // The shape the portal once imagined: codes as text, no facility objects.
    let imagined = json!({"identifikator": "1234567", "nazev": "Poradna",
        "druhSocialniSluzby": "DruhSocialniSluzby/3",
        "poskytovatel": {"nazev": "Spolek", "ico": "27006328"},
        "formy": ["FormaSocialniSluzby/terenni"], "telefony": ["382 200 100"]});
    download.items(&[imagined.clone(), imagined]);
    let error = refused(&store, &download.dir, None).await;
    assert!(
        error.contains("nemá podobu, jakou registr zveřejňuje"),
        "{error}"
    );
    assert!(
        error.contains("položka č. 1 (identifikátor 1234567), pole „druhSocialniSluzby“"),
        "{error}"
    );
    assert!(
        error.contains("je tu text „DruhSocialniSluzby/3“, registr tu má"),
        "{error}"
    );

    // The file alone, as the old importer took it.
    let error = refused(&store, &download.dir.join("rpss.json"), None).await;
    assert!(error.contains("čte složku, v níž je rpss.json"), "{error}");

    // A JSON that is not the register.
    std::fs::write(download.dir.join("rpss.json"), br#"{"sluzby": []}"#).unwrap();
    let error = refused(&store, &download.dir, None).await;
    assert!(error.contains("chybí pole „polozky“"), "{error}");

    // Two gigabytes of garbage: refused at its first byte, without reading it into memory.
    let garbage = std::fs::File::create(download.dir.join("rpss.json")).unwrap();
    garbage.set_len(2 << 30).unwrap();
    drop(garbage);
    let error = refused(&store, &download.dir, None).await;
    assert!(error.contains("není to platný JSON"), "{error}");

    // One endless item: refused when it passes the limit of one item.
    let mut endless = b"{\"polozky\": [\"".to_vec();
    endless.resize(40 << 20, b'a');
    std::fs::write(download.dir.join("rpss.json"), endless).unwrap();
    let error = refused(&store, &download.dir, None).await;
    assert!(error.contains("delší než 32 MB"), "{error}");

    // A code list that is not one, and one missing.
    download.items(&[item("1000021", "Poradna Písek", 1, "amb", PISEK, None)]);
    std::fs::write(
        download.dir.join("druhy-socialni-sluzby.json"),
        br#"{"x": []}"#,
    )
    .unwrap();
    let error = refused(&store, &download.dir, None).await;
    assert!(
        error.contains("číselník druhy-socialni-sluzby.json není číselník registru"),
        "{error}"
    );
    let groups = std::fs::read(download.dir.join("cilove-skupiny-osoby.json")).unwrap();
    std::fs::write(download.dir.join("druhy-socialni-sluzby.json"), groups).unwrap();
    let error = refused(&store, &download.dir, None).await;
    assert!(
        error.contains("obsahuje položky jiného číselníku"),
        "{error}"
    );
    std::fs::remove_file(download.dir.join("druhy-socialni-sluzby.json")).unwrap();
    let error = refused(&store, &download.dir, None).await;
    assert!(
        error.contains("chybí číselníky registru: druhy-socialni-sluzby.json"),
        "{error}"
    );

    // Address points in a file that is not RÚIAN's.
    let good = Download::new("register-bad-ruian");
    good.items(&[item("1000022", "Poradna Písek", 1, "amb", PISEK, Some(5))]);
    let csv = good.dir.join("adresy.csv");
    std::fs::write(&csv, "kod;x;y\n5;1;2\n").unwrap();
    let error = refused(&store, &good.dir, Some(&csv)).await;
    assert!(error.contains("chybí sloupec „Kód ADM“"), "{error}");
    let runs = store.register_overview().await.unwrap().runs;
    assert!(
        runs.iter()
            .all(|r| r.outcome == domain::admin::register_runs::RunOutcome::Refused)
    );
    let _ = std::fs::remove_dir_all(&download.dir);
    let _ = std::fs::remove_dir_all(&good.dir);
}
