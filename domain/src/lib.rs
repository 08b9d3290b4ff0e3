//! The portal's model and its rules, shared by the server and the browser. No IO here: this crate
//! compiles to wasm, so a phone number is refused by the same code in the form and in the importer.

mod code_list;
mod parsed;

pub mod admin;
pub mod audience;
pub mod capacity;
pub mod catalog;
pub mod chart;
pub mod client;
pub mod consultation;
pub mod contact;
pub mod delivery_form;
pub mod embed;
pub mod faq;
pub mod filter;
pub mod geo;
pub mod hsds;
pub mod ids;
pub mod import;
pub mod lang;
pub mod mail;
pub mod map;
pub mod news;
pub mod opening_hours;
pub mod password;
pub mod plan;
pub mod plural;
pub mod provider;
pub mod query;
pub mod security;
pub mod service_rules;
pub mod service_type;
pub mod site_search;
pub mod slug;
pub mod staff;
pub mod survey;
pub mod target_group;
pub mod text;
pub mod upload;
pub mod verification;
pub mod wizard;

pub use audience::{Audience, AudienceSlug};
pub use code_list::UnknownCode;
pub use contact::{ContactError, Email, Phone, WebUrl};
pub use delivery_form::DeliveryForm;
pub use filter::{Filter, FilterNotice, ParsedFilter};
pub use geo::Coordinates;
pub use ids::{Ico, IdError, MunicipalityCode, Postcode, RegisterId};
pub use lang::Lang;
pub use opening_hours::OpeningHours;
pub use query::QueryError;
pub use service_type::ServiceType;
pub use slug::{Slug, SlugError};
pub use target_group::TargetGroup;
