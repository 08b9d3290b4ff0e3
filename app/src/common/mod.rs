//! Small pieces that several features share.

mod contacts;
mod error_page;
mod islands_loader;
mod preference_cookie;
mod record_page;
#[cfg(feature = "ssr")]
mod refusal;
mod residents_form;
mod server_text;
#[cfg(feature = "ssr")]
mod typed_text;

pub use contacts::{ContactList, MapLinks};
pub use domain::plural::count;
pub use error_page::{ErrorPage, NotFoundPage, set_status};
pub use islands_loader::{EmbeddedIslandsLoader, IslandsLoader};
pub use preference_cookie::{cookie_value, set_preference};
pub use record_page::{loaded, record_page, route_id};
#[cfg(feature = "ssr")]
pub(crate) use refusal::residents_form_page;
#[cfg(feature = "ssr")]
pub use refusal::{Refusal, ShowsRefusal, with_form_error};
pub use residents_form::Honeypot;
#[cfg(feature = "ssr")]
pub use residents_form::{Screened, screen};
pub use server_text::escaped_on_server;
#[cfg(feature = "ssr")]
pub use typed_text::mark_if_found_nothing;
