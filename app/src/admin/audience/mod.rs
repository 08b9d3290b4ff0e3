//! Audiences in the staff area.

mod api;
mod page;

pub use page::{AudienceEditorPage, AudienceListPage};
