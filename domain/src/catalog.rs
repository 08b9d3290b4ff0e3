//! What the catalogue shows: the shapes that cross from the server to the browser.

use crate::audience::{Audience, AudienceSlug};
use crate::contact::{Email, Phone, WebUrl};
use crate::delivery_form::DeliveryForm;
use crate::geo::Coordinates;
use crate::ids::{Ico, MunicipalityCode, Postcode, RegisterId};
use crate::opening_hours::OpeningHours;
use crate::service_type::ServiceType;
use crate::target_group::TargetGroup;
use serde::{Deserialize, Serialize};

pub type ServiceId = i64;
pub type OrganizationId = i64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityRef {
    pub code: MunicipalityCode,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudienceRef {
    pub slug: AudienceSlug,
    pub name: String,
}

impl From<Audience> for AudienceRef {
    fn from(audience: Audience) -> AudienceRef {
        AudienceRef {
            slug: audience.slug,
            name: audience.name,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationRef {
    pub id: OrganizationId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRef {
    pub id: ServiceId,
    pub name: String,
    pub service_type: Option<ServiceType>,
}

/// A service as one line of a result list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: ServiceId,
    pub name: String,
    pub organization: OrganizationRef,
    pub service_type: Option<ServiceType>,
    pub forms: Vec<DeliveryForm>,
    /// Languages the staff help in; empty when the data does not say.
    pub languages: Vec<crate::ServiceLanguage>,
    /// Municipalities with a place where the service is delivered.
    pub places: Vec<String>,
    /// How many municipalities a field service reaches.
    pub reaches: u32,
    pub excerpt: String,
    pub phone: Option<Phone>,
}

/// Where a service is delivered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: Option<String>,
    /// Street and number; `None` when the data does not say.
    pub street: Option<String>,
    pub municipality: MunicipalityRef,
    pub postcode: Option<Postcode>,
    pub position: Option<Coordinates>,
    /// The position is the municipality's centre, not the building.
    pub position_approximate: bool,
    pub hours: Option<OpeningHours>,
}

/// Everything the service page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceDetail {
    pub id: ServiceId,
    pub name: String,
    pub description: String,
    pub service_type: Option<ServiceType>,
    pub register_id: Option<RegisterId>,
    pub forms: Vec<DeliveryForm>,
    /// Languages the staff help in; empty when the data does not say.
    pub languages: Vec<crate::ServiceLanguage>,
    pub target_groups: Vec<TargetGroup>,
    pub audiences: Vec<AudienceRef>,
    pub organization: OrganizationRef,
    pub locations: Vec<Location>,
    /// Municipalities a field service reaches.
    pub area: Vec<MunicipalityRef>,
    pub hours: Option<OpeningHours>,
    pub phones: Vec<Phone>,
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
    /// What the service costs the client, in words.
    pub cost: Option<String>,
    /// What the data says about contacts it does not know.
    pub contact_note: Option<String>,
    pub other_services: Vec<ServiceRef>,
    /// When staff last checked the record with the provider (Unix seconds).
    pub verified_at: Option<i64>,
    /// Words people search with that the description does not use (for the open-data export).
    pub keywords: String,
    /// The key FAQ answers and wizard outcomes name the service by.
    pub key: Option<crate::Slug>,
    /// The register's maxima per delivery form (never free places).
    pub capacities: Vec<crate::capacity::Capacity>,
}

/// Everything the organisation page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDetail {
    pub id: OrganizationId,
    pub name: String,
    pub ico: Option<Ico>,
    pub legal_form: Option<String>,
    pub description: String,
    pub street: Option<String>,
    pub municipality: Option<MunicipalityRef>,
    pub postcode: Option<Postcode>,
    pub phones: Vec<Phone>,
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
    pub contact_note: Option<String>,
    pub services: Vec<ServiceSummary>,
}

/// One value of a facet and how many results it would give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetCount<T> {
    pub value: T,
    pub count: u32,
}

/// How many results each choice would give, every other criterion kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub audiences: Vec<FacetCount<AudienceRef>>,
    pub service_types: Vec<FacetCount<ServiceType>>,
    pub forms: Vec<FacetCount<DeliveryForm>>,
    pub languages: Vec<FacetCount<crate::ServiceLanguage>>,
    pub municipalities: Vec<FacetCount<MunicipalityRef>>,
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    pub items: Vec<ServiceSummary>,
    pub total: u32,
    pub page: u32,
    pub per_page: u32,
    pub facets: Facets,
}

impl SearchPage {
    pub fn page_count(&self) -> u32 {
        self.total.div_ceil(self.per_page.max(1)).max(1)
    }
}

/// What every page needs to know about the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// The database holds the sample data, not a region's real directory.
    pub sample_data: bool,
    pub region_name: String,
    pub audiences: Vec<Audience>,
    pub topics: Vec<crate::faq::Topic>,
    pub service_count: u32,
}
