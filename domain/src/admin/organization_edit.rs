//! The provider form of `/sprava`: name, IČO (with its check digit), address and contacts,
//! through the same types as the import.

use super::contacts::{ContactForm, Contacts};
use super::fields::{FieldErrors, optional, optional_text, required_text};
use super::service_edit::{DESCRIPTION_MAX, NAME_MAX, NOTE_MAX};
use crate::ids::{Ico, MunicipalityCode, Postcode};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganizationForm {
    pub name: String,
    pub ico: String,
    pub legal_form: String,
    pub description: String,
    pub street: String,
    /// A municipality code, or empty.
    pub municipality: String,
    pub postcode: String,
    #[serde(flatten)]
    pub contacts: ContactForm,
    pub contact_note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationEdit {
    pub name: String,
    pub ico: Option<Ico>,
    pub legal_form: Option<String>,
    pub description: String,
    pub street: Option<String>,
    pub municipality: Option<MunicipalityCode>,
    pub postcode: Option<Postcode>,
    pub contacts: Contacts,
    pub contact_note: Option<String>,
}

impl OrganizationForm {
    pub fn validate(&self) -> Result<OrganizationEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let edit = OrganizationEdit {
            name: required_text(&mut e, "name", &self.name, NAME_MAX),
            ico: optional(&mut e, "ico", &self.ico, 20, Ico::parse),
            legal_form: optional_text(&mut e, "legal_form", &self.legal_form, NAME_MAX),
            description: optional_text(&mut e, "description", &self.description, DESCRIPTION_MAX)
                .unwrap_or_default(),
            street: optional_text(&mut e, "street", &self.street, NAME_MAX),
            municipality: optional(
                &mut e,
                "municipality",
                &self.municipality,
                10,
                MunicipalityCode::parse,
            ),
            postcode: optional(&mut e, "postcode", &self.postcode, 10, Postcode::parse),
            contacts: self.contacts.validate(&mut e),
            contact_note: optional_text(&mut e, "contact_note", &self.contact_note, NOTE_MAX),
        };
        e.or(edit)
    }
}

impl OrganizationEdit {
    pub fn to_form(&self) -> OrganizationForm {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        OrganizationForm {
            name: self.name.clone(),
            ico: self
                .ico
                .as_ref()
                .map_or(String::new(), |i| i.as_str().to_owned()),
            legal_form: text(&self.legal_form),
            description: self.description.clone(),
            street: text(&self.street),
            municipality: self
                .municipality
                .map_or(String::new(), |c| c.number().to_string()),
            postcode: self
                .postcode
                .as_ref()
                .map_or(String::new(), |p| p.as_str().to_owned()),
            contacts: self.contacts.to_form(),
            contact_note: text(&self.contact_note),
        }
    }

    /// Each field as the audit log records it; `place` names a municipality.
    pub fn audit_values(
        &self,
        place: &dyn Fn(MunicipalityCode) -> String,
    ) -> Vec<(&'static str, String)> {
        let form = self.to_form();
        let mut values = vec![
            ("název", form.name),
            ("IČO", form.ico),
            ("právní forma", form.legal_form),
            ("popis", form.description),
            ("ulice", form.street),
            ("obec", self.municipality.map(place).unwrap_or_default()),
            ("PSČ", form.postcode),
        ];
        values.extend(self.contacts.audit_values());
        values.push(("poznámka ke kontaktu", form.contact_note));
        values
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> OrganizationForm {
        OrganizationForm {
            name: "Charita Písek".into(),
            ico: "25 155 521".into(),
            municipality: "549240".into(),
            postcode: "397 01".into(),
            ..OrganizationForm::default()
        }
    }

    #[test]
    fn a_good_form_round_trips() {
        let edit = form().validate().unwrap();
        assert_eq!(edit.ico.as_ref().unwrap().as_str(), "25155521");
        assert_eq!(edit.to_form().validate().unwrap(), edit);
    }

    #[test]
    fn a_broken_ico_is_named_next_to_its_field() {
        let errors = OrganizationForm {
            ico: "25155522".into(),
            ..form()
        }
        .validate()
        .unwrap_err();
        assert_eq!(
            errors.get("ico"),
            Some("IČO nemá správnou kontrolní číslici")
        );
    }
}
