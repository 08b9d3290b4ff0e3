//! Common questions in the staff area: the list and the editor (new or existing).

mod api;
mod editor_page;
mod list_page;

pub use editor_page::{FaqEditorPage, NewFaqPage};
pub use list_page::FaqListPage;
