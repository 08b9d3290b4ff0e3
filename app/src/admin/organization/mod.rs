//! Providers in the staff area: the list and the editor (new or existing), where their services
//! are listed and new ones started.

mod api;
mod editor_page;
mod list_page;

pub use editor_page::{NewOrganizationPage, OrganizationEditorPage};
pub use list_page::OrganizationListPage;
