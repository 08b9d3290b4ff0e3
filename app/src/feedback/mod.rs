//! Residents tell the staff what is wrong: "Nahlásit chybu / navrhnout změnu" on every service
//! page (`/sluzby/{id}/pripominka`), "Chybí tu služba?" (`/chybi-sluzba`), and the accessibility
//! statement's feedback (`/pristupnost`, the statement in `statement.rs`). Messages are stored
//! for moderation in `/sprava/podnety`; a hidden honeypot field, a per-client rate limit and
//! length limits keep robots and floods out.

mod api;
mod page;
mod statement;

pub use page::{AccessibilityPage, MissingServicePage, ServiceFeedbackPage};
