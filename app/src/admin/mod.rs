//! `/sprava`: the staff area. Staff sign in (`login_page.rs`), see what waits for them
//! (`home_page.rs`: services not verified for six months, new messages from residents), find and
//! edit services (`service_list_page.rs`, `service_editor_page.rs`, with each record's audit log),
//! moderate residents' messages (`feedback_page.rs`) and, as administrators, see the accounts
//! (`users_page.rs`).
//!
//! Every form posts to its own page, so it all works without JavaScript: the page reads the posted
//! form (`state::submitted`), calls the server function that checks and saves it, and either
//! redirects (saved) or shows the form again as typed with the errors next to the fields (422).

mod api;
#[cfg(feature = "ssr")]
mod auth;
mod feedback_page;
mod form;
mod home_page;
#[cfg(feature = "ssr")]
mod login;
mod login_page;
#[cfg(feature = "ssr")]
pub mod password;
mod service_editor_page;
mod service_list_page;
mod users_page;

pub use feedback_page::FeedbackInboxPage;
pub use form::{AdminNav, CsrfField, FieldError, posted};
pub use home_page::AdminHomePage;
pub use login_page::{LoginPage, LogoutPage};
pub use service_editor_page::ServiceEditorPage;
pub use service_list_page::ServiceListPage;
pub use users_page::UsersPage;

/// Pages that accept a posted form (in axum's path syntax); the server routes POST to them too.
pub const FORM_PAGES: &[&str] = &[
    "/sprava/prihlaseni",
    "/sprava/odhlaseni",
    "/sprava/sluzby/{id}",
    "/sprava/podnety",
    "/sluzby/{id}/pripominka",
    "/chybi-sluzba",
];
