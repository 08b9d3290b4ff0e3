//! `/pro-poskytovatele`: providers keep their own records without a password. A person types an
//! address staff invited and gets a one-time link (`sign_in_page.rs`); signed in, they see their
//! organisation's services as residents do, confirm them all with "Vše platí", or send changes of
//! a service to staff (`services_page.rs`, `edit_page.rs`). The verification message's link
//! leads to the same answers without signing in first (`verify_page.rs`), and its footer to
//! stopping the messages.

mod api;
mod edit_page;
mod services_page;
#[cfg(feature = "ssr")]
mod session;
mod sign_in_page;
mod verify_page;

pub use edit_page::OwnServiceEditPage;
pub use services_page::OwnServicesPage;
pub use sign_in_page::{LinkSignInPage, ProviderSignInPage, SignOutPage};
pub use verify_page::{UnsubscribePage, VerifyLinkPage};

/// The provider pages that take a posted form.
pub const FORM_PAGES: &[&str] = &[
    "/pro-poskytovatele",
    "/pro-poskytovatele/prihlaseni/{token}",
    "/pro-poskytovatele/odhlaseni",
    "/pro-poskytovatele/sluzby",
    "/pro-poskytovatele/sluzby/{id}",
    "/pro-poskytovatele/overeni/{token}",
    "/pro-poskytovatele/odhlasit/{token}",
];
