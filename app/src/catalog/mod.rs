//! The catalogue: searching services with filters and facet counts, and the pages of a service
//! and of an organisation.

mod api;
mod filter_form;
mod organization_page;
mod page;
mod results;
mod service_page;

pub use organization_page::OrganizationPage;
pub use page::CatalogPage;
pub use results::ResultList;
pub use service_page::ServicePage;
