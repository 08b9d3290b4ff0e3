//! The contact fields providers and services share: phones and e-mails one per line, and a web
//! address, parsed by the same types as the import.

use super::fields::{FieldErrors, lines, optional};
use crate::contact::{Email, Phone, WebUrl};
use serde::{Deserialize, Serialize};

/// At most this many phones (and as many e-mails) per record.
pub const CONTACTS_MAX: usize = 6;
pub const WEB_MAX: usize = 1000;

/// As typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    /// One number per line.
    pub phones: String,
    /// One address per line.
    pub emails: String,
    pub web: String,
}

/// Checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contacts {
    pub phones: Vec<Phone>,
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
}

impl ContactForm {
    pub fn validate(&self, e: &mut FieldErrors) -> Contacts {
        Contacts {
            phones: lines(e, "phones", &self.phones, CONTACTS_MAX, Phone::parse),
            emails: lines(e, "emails", &self.emails, CONTACTS_MAX, Email::parse),
            web: optional(e, "web", &self.web, WEB_MAX, WebUrl::parse),
        }
    }
}

impl Contacts {
    pub fn to_form(&self) -> ContactForm {
        ContactForm {
            phones: self
                .phones
                .iter()
                .map(Phone::display)
                .collect::<Vec<_>>()
                .join("\n"),
            emails: self
                .emails
                .iter()
                .map(Email::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            web: self.web().to_owned(),
        }
    }

    pub fn web(&self) -> &str {
        self.web.as_ref().map_or("", WebUrl::as_str)
    }

    /// The three fields as the audit log records them.
    pub fn audit_values(&self) -> [(&'static str, String); 3] {
        let list = |values: Vec<&str>| values.join(", ");
        [
            (
                "telefony",
                list(self.phones.iter().map(Phone::as_str).collect()),
            ),
            (
                "e-maily",
                list(self.emails.iter().map(Email::as_str).collect()),
            ),
            ("web", self.web().to_owned()),
        ]
    }
}
