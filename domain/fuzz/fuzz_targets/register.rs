//! Any bytes as the national register's download: as `rpss.json` (each item that parses is read
//! against code lists in the published shape), and as a code list. Nothing may panic.
#![no_main]

use domain::import::register::{CodeLists, Item, List, Reader, Tallies, read};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[derive(serde::Deserialize)]
struct Document {
    polozky: Vec<Item>,
}

/// Code lists with the numbers REGISTER.md reports seen.
fn lists() -> &'static CodeLists {
    static LISTS: OnceLock<CodeLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists = CodeLists::default();
        let files: [(List, &str); 8] = [
            (List::ServiceTypes, r#"{"polozky": [{"id": "DruhSocialniSluzby/4", "nazev": {"cs": "pečovatelská služba"}}, {"id": "DruhSocialniSluzby/13", "nazev": {"cs": "domovy pro seniory"}}]}"#),
            (List::TargetGroups, r#"{"polozky": [{"id": "CilovaSkupinaOsoby/24", "nazev": {"cs": "senioři"}}, {"id": "CilovaSkupinaOsoby/17", "nazev": {"cs": "osoby se zdravotním postižením"}}]}"#),
            (List::Forms, r#"{"polozky": [{"id": "FormaSocialniSluzby/pob", "nazev": {"cs": "pobytové služby"}}, {"id": "FormaSocialniSluzby/ter", "nazev": {"cs": "terénní služby"}}]}"#),
            (List::CapacityTypes, r#"{"polozky": [{"id": "TypKapacitySocialniSluzby/luzka", "nazev": {"cs": "počet lůžek"}}]}"#),
            (List::AgeGroups, r#"{"polozky": [{"id": "VekovaSkupinaOsoby/9", "nazev": {"cs": "senioři nad 80 let"}}]}"#),
            (List::Municipalities, r#"{"polozky": [{"id": "Obec/549240", "nazev": {"cs": "Písek"}, "kod": 549240}]}"#),
            (List::Districts, r#"{"polozky": [{"id": "Okres/3314", "nazev": {"cs": "Písek"}, "kodLau": "CZ0314"}]}"#),
            (List::Regions, r#"{"polozky": [{"id": "Kraj/35", "nazev": {"cs": "Jihočeský kraj"}, "kodNuts3": "CZ031"}]}"#),
        ];
        for (list, json) in files {
            lists.insert(list, json.as_bytes()).expect("a code list");
        }
        lists
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = serde_json::from_slice::<Document>(data) {
        let reader = Reader {
            lists: lists(),
            today: "2026-12-06",
        };
        let mut tallies = Tallies::default();
        for item in &document.polozky {
            let _ = read(item, &reader, &mut tallies);
        }
        let _ = tallies.list();
    }
    let _ = CodeLists::default().insert(List::Forms, data);
});
