//! `/sprava/novinky` and `/sprava/akce`: news and events, each a list and an editor
//! (`articles.rs`, `events.rs`); `/sprava/obrazky`: the uploaded images and the upload form
//! (`images_page.rs`; the upload itself is the server's `uploads.rs`).

mod api;
mod articles;
mod events;
mod images_page;

pub use articles::{ArticleEditorPage, ArticleListPage, NewArticlePage};
pub use events::{EventEditorPage, EventListPage, NewEventPage};
pub use images_page::ImagesPage;
