//! HSDS 3.0 objects, with the fields the portal fills. Optional fields are left out when empty,
//! so a list item carries only its one-to-one fields, as `*_list` schemas expect.

use serde::{Deserialize, Serialize};

fn none<T>(value: &Option<T>) -> bool {
    value.is_none()
}

/// A page of a list answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub total_items: u64,
    pub total_pages: u64,
    pub page_number: u64,
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `page_number` (1-based) of `per_page` items out of `total_items`, holding `contents`.
    pub fn new(contents: Vec<T>, total_items: u64, page_number: u64, per_page: u64) -> Page<T> {
        let total_pages = total_items.div_ceil(per_page.max(1)).max(1);
        Page {
            total_items,
            total_pages,
            page_number,
            size: contents.len() as u64,
            first_page: page_number <= 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub organization_id: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub email: Option<String>,
    /// `active` for what residents see.
    pub status: String,
    #[serde(default, skip_serializing_if = "none")]
    pub fees_description: Option<String>,
    /// The day staff last checked the record with the provider (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "none")]
    pub assured_date: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub organization: Option<OrganizationBrief>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    /// Fields of another system's export the portal does not know: read so that an import can
    /// name them, never written.
    #[serde(flatten, skip_serializing)]
    pub unknown: std::collections::BTreeMap<String, serde_json::Value>,
}

/// The organization as a service names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationBrief {
    pub id: String,
    pub name: String,
    // Required, but may be empty: an empty CSV cell reads as absent.
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    // Required, but may be empty: an empty CSV cell reads as absent.
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub legal_status: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organization_identifiers: Vec<OrganizationIdentifier>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// Fields of another system's export the portal does not know: read so that an import can
    /// name them, never written.
    #[serde(flatten, skip_serializing)]
    pub unknown: std::collections::BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationIdentifier {
    pub id: String,
    pub organization_id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub identifier_scheme: Option<String>,
    pub identifier_type: String,
    pub identifier: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(default, skip_serializing_if = "none")]
    pub location: Option<Location>,
    #[serde(default, skip_serializing_if = "none")]
    pub service: Option<ServiceBrief>,
}

/// The service as a service-at-location names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceBrief {
    pub id: String,
    pub name: String,
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    /// `physical`.
    pub location_type: String,
    #[serde(default, skip_serializing_if = "none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "none")]
    pub longitude: Option<f64>,
    /// The municipality's code in RÚIAN.
    #[serde(default, skip_serializing_if = "none")]
    pub external_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub external_identifier_type: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub location_id: Option<String>,
    // Required by the specification, but an empty cell of the CSV form reads as absent.
    #[serde(default)]
    pub address_1: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub state_province: String,
    #[serde(default)]
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub address_type: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub id: String,
    /// International format, `+420 382 123 456`.
    pub number: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub email: Option<String>,
}

/// Weekly opening: days (`MO,TU`), from, to; `description` says it in Czech as staff typed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub freq: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub byday: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub closes_at: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub description: Option<String>,
}

/// A municipality a service reaches; `uri` is its RÚIAN resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub extent_type: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub uri: Option<String>,
}

/// A language the service's staff speak with clients; `code` is ISO 639-1 or 639-3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub note: Option<String>,
}

/// A term of one of the portal's taxonomies attached to a record, with a value for properties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub link_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub link_type: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub link_entity: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub taxonomy_term_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub taxonomy_term: Option<TaxonomyTerm>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    // Required, but may be empty: an empty CSV cell reads as absent.
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "none")]
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    pub id: String,
    #[serde(default, skip_serializing_if = "none")]
    pub code: Option<String>,
    pub name: String,
    // Required, but may be empty: an empty CSV cell reads as absent.
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "none")]
    pub taxonomy: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub taxonomy_id: Option<String>,
    #[serde(default, skip_serializing_if = "none")]
    pub language: Option<String>,
}
