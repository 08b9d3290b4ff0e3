//! What staff change — providers, services (with their places and verification), questions,
//! audiences, the wizard's tree (as a draft, published whole), news and events — and the audit log every change writes to, in the change's own transaction.

mod audience;
pub(crate) mod audit;
mod faq;
pub(crate) mod names;
mod news;
pub(crate) mod once;
pub(crate) mod organization;
pub(crate) mod service;
pub(crate) mod slugs;
pub(crate) mod wizard;

pub use once::Target;
pub use organization::OrganizationSaved;
pub use service::{EditedService, ServiceListFilter};
pub use wizard::EditedTree;
