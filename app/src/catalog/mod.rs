//! The catalogue: searching services with filters and facet counts, and the pages of a service
//! and of an organisation.

mod api;
mod filter_form;
mod organization_page;
mod page;
mod results;
mod service_page;
mod view_switch;

pub use filter_form::{FilterForm, OwnLanguageLink};
pub use organization_page::OrganizationPage;
pub use page::{CatalogPage, Notices};
pub use results::{EmptyState, Pagination, ResultList};
pub use service_page::ServicePage;
pub use view_switch::{CatalogView, ViewSwitch};
