//! One item of `rpss.json` (one registered service) in the shape the register publishes it:
//! every code a reference object `{"id": "List/N"}`, every contact an object in a list, the
//! street an object, lists that may be `null`. Keys the reader knows and leaves alone are named
//! here as `IgnoredAny` with the reason; any other key lands in `other` and is reported by name,
//! never by value. People's names (`statutarniOrgany`) are skipped unread.

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// Keys of an object the reader does not know, by name only.
pub type OtherKeys = BTreeMap<String, IgnoredAny>;

/// A list that the register may also write as `null`.
fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A value the register writes as text or as a number (identifiers, IČO, house numbers).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged, expecting = "text nebo číslo")]
pub enum Scalar {
    Text(String),
    Whole(u64),
    Decimal(f64),
}

impl Scalar {
    pub fn text(&self) -> String {
        match self {
            Scalar::Text(t) => t.trim().to_owned(),
            Scalar::Whole(n) => n.to_string(),
            Scalar::Decimal(x) => x.to_string(),
        }
    }
}

/// A reference into a code list: `{"id": "DruhSocialniSluzby/13"}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(expecting = "odkaz do číselníku {\"id\": …}")]
pub struct Ref {
    pub id: Scalar,
}

impl Ref {
    pub fn id(&self) -> String {
        self.id.text()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(
    rename_all = "camelCase",
    expecting = "položka registru (objekt jedné služby)"
)]
pub struct Item {
    #[serde(default)]
    pub identifikator: Option<Scalar>,
    #[serde(default)]
    pub datum_poskytovani_od: Option<String>,
    #[serde(default)]
    pub datum_poskytovani_do: Option<String>,
    /// Addresses for post; their shape is not confirmed, so each is read when it is used.
    #[serde(default, deserialize_with = "list")]
    pub kontaktni_adresy: Vec<serde_json::Value>,
    #[serde(default)]
    pub druh_socialni_sluzby: Option<Ref>,
    #[serde(default, deserialize_with = "list")]
    pub zarizeni: Vec<Facility>,
    pub poskytovatel: Provider,
    #[serde(default, deserialize_with = "list")]
    pub emaily: Vec<EmailContact>,
    #[serde(default, deserialize_with = "list")]
    pub telefony: Vec<PhoneContact>,
    #[serde(default, deserialize_with = "list")]
    pub weby: Vec<WebContact>,
    #[serde(default, deserialize_with = "list")]
    pub cilove_skupiny: Vec<TargetGroupRef>,
    /// Age groups; their shape is not confirmed: references are looked for inside.
    #[serde(default, deserialize_with = "list")]
    pub vekove_skupiny: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "list")]
    pub formy: Vec<Form>,
    /// Where in its region a service reaches beyond its places; references looked for inside.
    #[serde(default)]
    pub rozsirene_pusobnosti_v_kraji: serde_json::Value,
    /// The register's own numbers: the portal keys a service by `identifikator`.
    #[serde(default)]
    pub portal_id: IgnoredAny,
    #[serde(default)]
    pub id: IgnoredAny,
    /// Fax numbers: residents do not fax.
    #[serde(default)]
    pub faxy: IgnoredAny,
    /// Links to documents on MPSV's servers (staffing, financing): never contacts.
    #[serde(default)]
    pub doplnkove_udaje: IgnoredAny,
    #[serde(default)]
    pub doplnujici_informace_vekove_skupiny: IgnoredAny,
    #[serde(flatten)]
    pub other: OtherKeys,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", expecting = "poskytovatel (objekt)")]
pub struct Provider {
    pub nazev: String,
    #[serde(default)]
    pub ico: Option<Scalar>,
    #[serde(default)]
    pub adresa: Option<Address>,
    #[serde(default, deserialize_with = "list")]
    pub emaily: Vec<EmailContact>,
    #[serde(default, deserialize_with = "list")]
    pub telefony: Vec<PhoneContact>,
    #[serde(default, deserialize_with = "list")]
    pub weby: Vec<WebContact>,
    /// People's names: skipped unread, never stored or published.
    #[serde(default)]
    pub statutarni_organy: IgnoredAny,
    #[serde(default)]
    pub dic: IgnoredAny,
    #[serde(default)]
    pub faxy: IgnoredAny,
    #[serde(flatten)]
    pub other: OtherKeys,
}

/// A place where the service is delivered (zařízení).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase", expecting = "zařízení (objekt)")]
pub struct Facility {
    pub nazev: Option<String>,
    pub adresa: Option<Address>,
    pub poskytuje_od: Option<String>,
    pub poskytuje_do: Option<String>,
    #[serde(flatten)]
    pub other: OtherKeys,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase", expecting = "adresa (objekt)")]
pub struct Address {
    pub cislo_domovni: Option<Scalar>,
    pub cislo_orientacni: Option<Scalar>,
    /// The RÚIAN address point.
    pub kod_adresniho_mista: Option<Scalar>,
    pub psc: Option<Scalar>,
    /// A house number (RÚIAN's type 1, č. p.) or an evidence number (type 2, č. ev.).
    pub typ_cisla_domovniho: Option<Ref>,
    pub kraj: Option<Ref>,
    pub okres: Option<Ref>,
    pub obec: Option<Ref>,
    pub cast_obce: Option<Ref>,
    pub ulice: Option<Street>,
    /// Free text beside the address ("budova B"): the portal's places have no room for it.
    pub dodatek_adresy: IgnoredAny,
    /// Parts of statutory cities: the municipality is enough to place a service.
    pub mestsky_obvod_mestska_cast: IgnoredAny,
    pub mestsky_obvod_v_praze: IgnoredAny,
    #[serde(flatten)]
    pub other: OtherKeys,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, expecting = "ulice (objekt {\"nazev\": …})")]
pub struct Street {
    pub nazev: Option<String>,
}

/// Contacts are objects with a note; the note is not taken (it may name a person).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, expecting = "e-mail (objekt {\"email\": …})")]
pub struct EmailContact {
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, expecting = "telefon (objekt {\"telefon\": …})")]
pub struct PhoneContact {
    pub telefon: Option<Scalar>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, expecting = "web (objekt {\"web\": …})")]
pub struct WebContact {
    pub web: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(
    rename_all = "camelCase",
    expecting = "cílová skupina (objekt {\"cilovaSkupina\": …})"
)]
pub struct TargetGroupRef {
    pub cilova_skupina: Ref,
}

/// A delivery form with its registered capacities.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    rename_all = "camelCase",
    expecting = "forma poskytování (objekt {\"forma\": …})"
)]
pub struct Form {
    pub forma: Ref,
    #[serde(default, deserialize_with = "list")]
    pub kapacity: Vec<CapacityItem>,
    /// Opening times per weekday: not confirmed enough to show residents.
    #[serde(default)]
    pub casove_rozsahy: IgnoredAny,
    #[serde(default)]
    pub nepretrzite_poskytovani: IgnoredAny,
    #[serde(flatten)]
    pub other: OtherKeys,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, expecting = "kapacita (objekt {\"pocet\": …, \"typ\": …})")]
pub struct CapacityItem {
    pub pocet: Option<Scalar>,
    pub typ: Option<Ref>,
    /// The registration's wording with its date of effect; the number and type say it all.
    pub popis: IgnoredAny,
}

/// Every code reference inside a value whose shape is not confirmed: `{"id": "Kraj/35"}`
/// objects at any depth.
pub fn references_in(value: &serde_json::Value) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(id) = map.get("id").and_then(|id| match id {
                    serde_json::Value::String(s) => Some(s.clone()),
                    _ => None,
                }) {
                    found.push(id);
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    found.reverse();
    found
}
