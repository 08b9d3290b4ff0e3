//! What staff edit and what residents send: the forms as typed (strings, as the browser posts
//! them), the rules that turn them into values the store may write, and errors named by field so
//! a page can show each one next to its input.

pub mod account;
pub mod audience_edit;
pub mod audit;
pub mod contacts;
pub mod date;
pub mod faq_edit;
pub mod feedback;
pub mod fields;
pub mod news_edit;
pub mod organization_edit;
pub mod register_runs;
pub mod service_edit;
pub mod throttle;
pub mod views;
pub mod wizard_edit;

pub use fields::FieldErrors;

/// How the audit log and the lists name a record's state.
pub fn published_label(published: bool) -> &'static str {
    if published { "zveřejněno" } else { "koncept" }
}
