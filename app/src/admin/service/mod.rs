//! Services in the staff area: the list, the editor (with places, area and verification) and
//! naming a new one.

mod api;
mod editor_page;
mod list_page;
mod new_page;
mod places;

pub use editor_page::ServiceEditorPage;
pub use list_page::ServiceListPage;
pub use new_page::{NewServicePage, StartServiceForm};
