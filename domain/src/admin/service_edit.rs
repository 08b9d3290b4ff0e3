//! The service form of `/sprava`: the text staff type, and the checked values the store writes.
//! Contacts and hours parse through the same types as the import, so a number the importer would
//! refuse is refused here too, with the same Czech sentence, next to its field.

use super::fields::{FieldErrors, lines, optional_text, required_text};
use crate::contact::{Email, Phone, WebUrl};
use crate::opening_hours::OpeningHours;
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5000;
pub const KEYWORDS_MAX: usize = 500;
pub const NOTE_MAX: usize = 1000;
pub const CONTACTS_MAX: usize = 6;

/// The form as posted: every field as typed, so a failed save shows it again unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    pub name: String,
    pub description: String,
    pub keywords: String,
    /// One number per line.
    pub phones: String,
    /// One address per line.
    pub emails: String,
    pub web: String,
    pub hours: String,
    pub cost: String,
    pub contact_note: String,
    /// `true`: residents see it; `false`: a draft only staff see.
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub published: bool,
    /// The editor has checked the record with the provider today.
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub verified: bool,
}

/// A service's editable part, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEdit {
    pub name: String,
    pub description: String,
    pub keywords: String,
    pub phones: Vec<Phone>,
    pub emails: Vec<Email>,
    pub web: Option<WebUrl>,
    pub hours: Option<OpeningHours>,
    pub cost: Option<String>,
    pub contact_note: Option<String>,
    pub published: bool,
}

impl ServiceForm {
    pub fn validate(&self) -> Result<ServiceEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let edit = ServiceEdit {
            name: required_text(&mut e, "name", &self.name, NAME_MAX),
            description: optional_text(&mut e, "description", &self.description, DESCRIPTION_MAX)
                .unwrap_or_default(),
            keywords: optional_text(&mut e, "keywords", &self.keywords, KEYWORDS_MAX)
                .unwrap_or_default(),
            phones: lines(&mut e, "phones", &self.phones, CONTACTS_MAX, Phone::parse),
            emails: lines(&mut e, "emails", &self.emails, CONTACTS_MAX, Email::parse),
            web: optional_text(&mut e, "web", &self.web, NOTE_MAX).and_then(|w| {
                WebUrl::parse(&w)
                    .map_err(|err| e.add("web", err.to_string()))
                    .ok()
            }),
            hours: optional_text(&mut e, "hours", &self.hours, 500).and_then(|h| {
                OpeningHours::parse(&h)
                    .map_err(|err| e.add("hours", err.to_string()))
                    .ok()
            }),
            cost: optional_text(&mut e, "cost", &self.cost, NOTE_MAX),
            contact_note: optional_text(&mut e, "contact_note", &self.contact_note, NOTE_MAX),
            published: self.published,
        };
        e.or(edit)
    }
}

impl ServiceEdit {
    /// The form showing these values (as stored), ready to be edited.
    pub fn to_form(&self) -> ServiceForm {
        let joined = |values: Vec<&str>| values.join("\n");
        ServiceForm {
            name: self.name.clone(),
            description: self.description.clone(),
            keywords: self.keywords.clone(),
            phones: joined(self.phones.iter().map(Phone::display).collect()),
            emails: joined(self.emails.iter().map(Email::as_str).collect()),
            web: self
                .web
                .as_ref()
                .map(|w| w.as_str().to_owned())
                .unwrap_or_default(),
            hours: self
                .hours
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            cost: self.cost.clone().unwrap_or_default(),
            contact_note: self.contact_note.clone().unwrap_or_default(),
            published: self.published,
            verified: false,
        }
    }

    /// Each field as the audit log records it: (field label, value as text).
    pub fn audit_values(&self) -> Vec<(&'static str, String)> {
        let list = |values: Vec<&str>| values.join(", ");
        vec![
            ("název", self.name.clone()),
            ("popis", self.description.clone()),
            ("klíčová slova", self.keywords.clone()),
            (
                "telefony",
                list(self.phones.iter().map(Phone::as_str).collect()),
            ),
            (
                "e-maily",
                list(self.emails.iter().map(Email::as_str).collect()),
            ),
            (
                "web",
                self.web
                    .as_ref()
                    .map(|w| w.as_str().to_owned())
                    .unwrap_or_default(),
            ),
            (
                "provozní doba",
                self.hours
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            ),
            ("úhrada", self.cost.clone().unwrap_or_default()),
            (
                "poznámka ke kontaktu",
                self.contact_note.clone().unwrap_or_default(),
            ),
            (
                "stav",
                if self.published {
                    "zveřejněno"
                } else {
                    "koncept"
                }
                .to_owned(),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ServiceForm {
        ServiceForm {
            name: "  Poradna  ".into(),
            phones: "382 123 456\n\n+420 777 000 111".into(),
            emails: "info@poradna.cz".into(),
            web: "https://poradna.cz".into(),
            hours: "Po–Pá 8:00–16:00".into(),
            published: true,
            ..ServiceForm::default()
        }
    }

    #[test]
    fn a_good_form_becomes_an_edit_and_back() {
        let edit = form().validate().unwrap();
        assert_eq!(edit.name, "Poradna");
        assert_eq!(edit.phones.len(), 2);
        let again = edit.to_form().validate().unwrap();
        assert_eq!(again, edit);
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = ServiceForm {
            name: " ".into(),
            phones: "382 12".into(),
            emails: "nikdo".into(),
            web: "ftp:/x".into(),
            hours: "kdykoli".into(),
            description: "x".repeat(DESCRIPTION_MAX + 1),
            ..form()
        };
        let errors = bad.validate().unwrap_err();
        for field in ["name", "phones", "emails", "web", "hours", "description"] {
            assert!(errors.get(field).is_some(), "{field} not refused");
        }
        assert_eq!(errors.get("name"), Some("vyplňte prosím"));
    }

    #[test]
    fn markup_is_kept_as_text() {
        let edit = ServiceForm {
            name: "<script>alert(1)</script>".into(),
            ..form()
        }
        .validate()
        .unwrap();
        assert_eq!(edit.name, "<script>alert(1)</script>");
    }

    #[test]
    fn the_audit_shows_every_field() {
        let values = form().validate().unwrap().audit_values();
        assert_eq!(values.len(), 10);
        assert!(values.contains(&("telefony", "+420 382 123 456, +420 777 000 111".into())));
    }
}

#[cfg(test)]
mod posted {
    use super::ServiceForm;

    #[test]
    fn checkboxes_read_as_browsers_and_json_send_them() {
        let form: ServiceForm = serde_json::from_str(r#"{"name":"A","published":true}"#).unwrap();
        assert!(form.published && !form.verified);
        let json = serde_json::to_string(&form).unwrap();
        assert_eq!(serde_json::from_str::<ServiceForm>(&json).unwrap(), form);
    }
}
