//! Small pieces that several features share.

mod contacts;
mod error_page;
mod plural;
mod record_page;
mod server_text;

pub use contacts::{ContactList, MapLinks};
pub use error_page::{ErrorPage, NotFoundPage, set_status};
pub use plural::count;
pub use record_page::{loaded, record_page, route_id};
pub use server_text::escaped_on_server;
