//! A provider and its services as every importer hands them to the store: the sample data file
//! (TOML), HSDS (JSON or CSV) and the national register all read into these, through the domain
//! types, so one record is checked the same way whatever file it came from.

use crate::capacity::Capacity;
use crate::{
    Coordinates, DeliveryForm, Email, Ico, MunicipalityCode, OpeningHours, Phone, Postcode,
    RegisterId, ServiceType, Slug, TargetGroup, WebUrl,
};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationEntry {
    pub name: String,
    pub ico: Option<Ico>,
    pub legal_form: Option<String>,
    #[serde(default)]
    pub description: String,
    pub street: Option<String>,
    pub municipality: Option<MunicipalityCode>,
    pub postcode: Option<Postcode>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
    /// What the data does not know about the contacts, said plainly.
    pub contact_note: Option<String>,
    #[serde(default)]
    pub services: Vec<ServiceEntry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceEntry {
    /// A stable name that questions and wizard outcomes refer to.
    pub key: Option<Slug>,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Words people search with that the description does not use ("jídlo" for a food bank).
    #[serde(default)]
    pub keywords: String,
    #[serde(rename = "type")]
    pub service_type: Option<ServiceType>,
    pub register_id: Option<RegisterId>,
    pub forms: Vec<DeliveryForm>,
    /// Languages the staff help in (ISO codes: `cs`, `uk`, `rom`...).
    #[serde(default)]
    pub languages: Vec<crate::ServiceLanguage>,
    pub target_groups: Vec<TargetGroup>,
    pub hours: Option<OpeningHours>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
    pub cost: Option<String>,
    pub contact_note: Option<String>,
    /// Municipalities a field service reaches, by code.
    #[serde(default)]
    pub area: Vec<MunicipalityCode>,
    /// And: every municipality whose centre lies within this distance of the first location.
    pub area_radius_km: Option<f64>,
    /// And: every municipality of these districts (LAU code, `CZ0314`) or regions (NUTS 3
    /// code, `CZ031`).
    #[serde(default)]
    pub area_districts: Vec<String>,
    #[serde(default)]
    pub locations: Vec<LocationEntry>,
    /// The register's maxima per delivery form (never free places).
    #[serde(default)]
    pub capacities: Vec<Capacity>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocationEntry {
    pub name: Option<String>,
    pub street: Option<String>,
    pub municipality: MunicipalityCode,
    pub postcode: Option<Postcode>,
    /// `[lat, lon]`; without it the municipality's centre is used and marked approximate.
    pub position: Option<Coordinates>,
    pub hours: Option<OpeningHours>,
    /// The RÚIAN address point (kód adresního místa) the register gives, which places the
    /// location exactly once its coordinates are known.
    #[serde(default)]
    pub address_point: Option<u64>,
}
