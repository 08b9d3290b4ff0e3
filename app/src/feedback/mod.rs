//! Residents tell the staff what is wrong: "Nahlásit chybu / navrhnout změnu" on every service
//! page (`/sluzby/{id}/pripominka`) and "Chybí tu služba?" (`/chybi-sluzba`). Messages are stored
//! for moderation in `/sprava/podnety`; a hidden honeypot field, a per-client rate limit and
//! length limits keep robots and floods out.

mod api;
mod page;

pub use page::{MissingServicePage, ServiceFeedbackPage};
