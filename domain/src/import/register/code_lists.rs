//! The register's code lists (číselníky). Items of `rpss.json` name a code only by a reference,
//! `{"id": "DruhSocialniSluzby/13"}`; what 13 means is in `druhy-socialni-sluzby.json`, each
//! list a file `{"polozky": [{"id": …, "nazev": {"cs": …}, …}]}` beside `rpss.json`.

use super::item::Scalar;
use serde::Deserialize;
use std::collections::HashMap;

/// The code lists the register publishes, by the name of their file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    ServiceTypes,
    TargetGroups,
    Forms,
    CapacityTypes,
    AgeGroups,
    Municipalities,
    Districts,
    Regions,
    MunicipalityParts,
}

impl List {
    pub const ALL: [List; 9] = [
        List::ServiceTypes,
        List::TargetGroups,
        List::Forms,
        List::CapacityTypes,
        List::AgeGroups,
        List::Municipalities,
        List::Districts,
        List::Regions,
        List::MunicipalityParts,
    ];

    /// The file's name without `.json`, as MPSV publishes it.
    pub const fn file_stem(self) -> &'static str {
        match self {
            List::ServiceTypes => "druhy-socialni-sluzby",
            List::TargetGroups => "cilove-skupiny-osoby",
            List::Forms => "formy-soc-sluzby",
            List::CapacityTypes => "typy-kapacity-socialni-sluzby",
            List::AgeGroups => "vekove-skupiny-osoby",
            List::Municipalities => "obce",
            List::Districts => "okresy",
            List::Regions => "kraje",
            List::MunicipalityParts => "casti-obci",
        }
    }

    pub fn file_name(self) -> String {
        format!("{}.json", self.file_stem())
    }

    /// What an item's id begins with when it names its list (`DruhSocialniSluzby/13`), as the
    /// references in `rpss.json` write them.
    pub const fn reference_prefix(self) -> &'static str {
        match self {
            List::ServiceTypes => "DruhSocialniSluzby",
            List::TargetGroups => "CilovaSkupinaOsoby",
            List::Forms => "FormaSocialniSluzby",
            List::CapacityTypes => "TypKapacitySocialniSluzby",
            // Not confirmed beyond its start: `VekovaSkupina…`.
            List::AgeGroups => "VekovaSkupina",
            List::Municipalities => "Obec",
            List::Districts => "Okres",
            List::Regions => "Kraj",
            List::MunicipalityParts => "CastObce",
        }
    }

    /// Whether an import can go on without the list: the first six are needed to read a
    /// service; districts, regions and municipality parts only refine areas and addresses.
    pub const fn required(self) -> bool {
        !matches!(
            self,
            List::Districts | List::Regions | List::MunicipalityParts
        )
    }
}

/// One item of a code list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// `obce`: the municipality code.
    pub code: Option<String>,
    /// `okresy`: the district's LAU code (`CZ0314`).
    pub lau: Option<String>,
    /// `kraje`: the region's NUTS 3 code (`CZ031`).
    pub nuts3: Option<String>,
}

/// Why a code list file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeListError {
    #[error("číselník {file} není číselník registru ({detail})")]
    Shape { file: String, detail: String },
    #[error("číselník {file} nemá žádnou položku")]
    Empty { file: String },
    #[error(
        "číselník {file} obsahuje položky jiného číselníku (např. „{id}“, čekali jsme „{expected}/…“)"
    )]
    OtherList {
        file: String,
        id: String,
        expected: &'static str,
    },
}

#[derive(Deserialize)]
struct File {
    polozky: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    id: Scalar,
    #[serde(default)]
    nazev: Option<Name>,
    #[serde(default)]
    kod: Option<Scalar>,
    #[serde(default)]
    kod_lau: Option<Scalar>,
    #[serde(default)]
    kod_nuts3: Option<Scalar>,
}

/// A name as the lists write it: `{"cs": "senioři", "en": …}`, or plain text.
#[derive(Deserialize)]
#[serde(untagged)]
enum Name {
    Languages { cs: String },
    Text(String),
}

/// The lists read so far, each item keyed by the number (or code) after the `/` of its id,
/// so `DruhSocialniSluzby/13` and a list that writes only `13` meet.
#[derive(Debug, Clone, Default)]
pub struct CodeLists {
    lists: HashMap<List, HashMap<String, Entry>>,
}

/// The part of a reference or an id that names the item: `13` of `DruhSocialniSluzby/13`.
pub fn key(reference: &str) -> &str {
    reference
        .rsplit_once('/')
        .map_or(reference, |(_, key)| key)
        .trim()
}

impl CodeLists {
    /// Reads one list's file.
    pub fn insert(&mut self, list: List, json: &[u8]) -> Result<(), CodeListError> {
        let file = list.file_name();
        let parsed: File = serde_json::from_slice(json).map_err(|e| CodeListError::Shape {
            file: file.clone(),
            detail: crate::import::czech_json_error(&e),
        })?;
        if parsed.polozky.is_empty() {
            return Err(CodeListError::Empty { file });
        }
        let expected = list.reference_prefix();
        if let Some(id) = parsed.polozky.iter().map(|item| item.id.text()).find(|id| {
            id.rsplit_once('/')
                .is_some_and(|(prefix, _)| !prefix.starts_with(expected))
        }) {
            return Err(CodeListError::OtherList { file, id, expected });
        }
        let entries = parsed
            .polozky
            .into_iter()
            .map(|item| {
                let id = item.id.text();
                let name = match item.nazev {
                    Some(Name::Languages { cs }) | Some(Name::Text(cs)) => cs.trim().to_owned(),
                    None => String::new(),
                };
                (
                    key(&id).to_owned(),
                    Entry {
                        name,
                        code: item.kod.map(|k| k.text()),
                        lau: item.kod_lau.map(|k| k.text()),
                        nuts3: item.kod_nuts3.map(|k| k.text()),
                    },
                )
            })
            .collect();
        self.lists.insert(list, entries);
        Ok(())
    }

    /// The required lists not read.
    pub fn missing(&self) -> Vec<List> {
        List::ALL
            .into_iter()
            .filter(|l| l.required() && !self.lists.contains_key(l))
            .collect()
    }

    pub fn has(&self, list: List) -> bool {
        self.lists.contains_key(&list)
    }

    /// The item a reference names, if the list has it.
    pub fn get(&self, list: List, reference: &str) -> Option<&Entry> {
        self.lists.get(&list)?.get(key(reference))
    }

    /// Every name of a list, for checking the mapping tables against a real file.
    pub fn names(&self, list: List) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .lists
            .get(&list)
            .map(|l| l.values().map(|e| e.name.as_str()).collect())
            .unwrap_or_default();
        names.sort_unstable();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_found_by_the_number_after_the_slash_either_way_the_list_writes_it() {
        let mut lists = CodeLists::default();
        lists
            .insert(
                List::ServiceTypes,
                br#"{"polozky": [{"id": "DruhSocialniSluzby/13", "nazev": {"cs": "domovy pro seniory", "en": "homes"}}]}"#,
            )
            .unwrap();
        lists
            .insert(
                List::Municipalities,
                r#"{"polozky": [{"id": 554499, "nazev": "Aš", "kod": 554499}]}"#.as_bytes(),
            )
            .unwrap();
        let home = lists
            .get(List::ServiceTypes, "DruhSocialniSluzby/13")
            .unwrap();
        assert_eq!(home.name, "domovy pro seniory");
        assert_eq!(
            lists
                .get(List::Municipalities, "Obec/554499")
                .unwrap()
                .code
                .as_deref(),
            Some("554499")
        );
        assert!(
            lists
                .get(List::ServiceTypes, "DruhSocialniSluzby/99")
                .is_none()
        );
        assert_eq!(lists.missing().len(), 4, "{:?}", lists.missing());
    }

    #[test]
    fn a_file_that_is_not_a_code_list_is_named() {
        let mut lists = CodeLists::default();
        let error = lists.insert(List::Forms, br#"{"items": []}"#).unwrap_err();
        assert!(
            error.to_string().contains("formy-soc-sluzby.json"),
            "{error}"
        );
        assert!(error.to_string().contains("polozky"), "{error}");
        let empty = lists
            .insert(List::Forms, br#"{"polozky": []}"#)
            .unwrap_err();
        assert_eq!(
            empty,
            CodeListError::Empty {
                file: "formy-soc-sluzby.json".into()
            }
        );
    }
}
