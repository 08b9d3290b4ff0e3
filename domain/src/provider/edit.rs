//! What a provider may change in its own service records, and how a change travels to staff: the
//! fields a provider's form carries, the changes (old → new, per field) a proposal holds, and
//! applying them to the staff form, which checks them by the same rules as every staff edit.

use crate::admin::FieldErrors;
use crate::admin::service_edit::{ServiceEdit, ServiceForm};
use serde::{Deserialize, Serialize};

/// The fields of a service a provider keeps itself. Everything else (name, type, target groups,
/// forms, places, area, publication) follows the register and staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderField {
    Description,
    Phones,
    Emails,
    Web,
    Hours,
    Cost,
    ContactNote,
}

impl ProviderField {
    pub const ALL: [ProviderField; 7] = [
        ProviderField::Description,
        ProviderField::Phones,
        ProviderField::Emails,
        ProviderField::Web,
        ProviderField::Hours,
        ProviderField::Cost,
        ProviderField::ContactNote,
    ];

    /// The form field's name, as the staff editor names it too (its errors land there).
    pub fn name(self) -> &'static str {
        match self {
            ProviderField::Description => "description",
            ProviderField::Phones => "phones",
            ProviderField::Emails => "emails",
            ProviderField::Web => "web",
            ProviderField::Hours => "hours",
            ProviderField::Cost => "cost",
            ProviderField::ContactNote => "contact_note",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ProviderField::Description => "Popis služby",
            ProviderField::Phones => "Telefony (jeden na řádek)",
            ProviderField::Emails => "E-maily (jeden na řádek)",
            ProviderField::Web => "Web",
            ProviderField::Hours => "Provozní doba",
            ProviderField::Cost => "Úhrada",
            ProviderField::ContactNote => "Poznámka ke kontaktu",
        }
    }

    /// A text area rather than one line.
    pub fn multiline(self) -> bool {
        matches!(
            self,
            ProviderField::Description | ProviderField::Phones | ProviderField::Emails
        )
    }

    fn value(self, form: &ServiceForm) -> &str {
        match self {
            ProviderField::Description => &form.description,
            ProviderField::Phones => &form.contacts.phones,
            ProviderField::Emails => &form.contacts.emails,
            ProviderField::Web => &form.contacts.web,
            ProviderField::Hours => &form.hours,
            ProviderField::Cost => &form.cost,
            ProviderField::ContactNote => &form.contact_note,
        }
    }

    fn value_mut(self, form: &mut ServiceForm) -> &mut String {
        match self {
            ProviderField::Description => &mut form.description,
            ProviderField::Phones => &mut form.contacts.phones,
            ProviderField::Emails => &mut form.contacts.emails,
            ProviderField::Web => &mut form.contacts.web,
            ProviderField::Hours => &mut form.hours,
            ProviderField::Cost => &mut form.cost,
            ProviderField::ContactNote => &mut form.contact_note,
        }
    }
}

/// The provider's form as posted. The staff-only fields are named so that a post carrying one
/// (a crafted request, an old page) is refused by name instead of silently dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderServiceForm {
    pub description: String,
    pub phones: String,
    pub emails: String,
    pub web: String,
    pub hours: String,
    pub cost: String,
    pub contact_note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_groups: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forms: Option<String>,
}

/// One field's change in a provider's proposal, as staff review it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: ProviderField,
    pub old: String,
    pub new: String,
}

/// Why a provider's proposal was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProposalError {
    #[error("{0} může změnit jen správa portálu. Napište nám prosím, co je třeba opravit.")]
    StaffOnly(&'static str),
    #[error("Ve formuláři nejsou žádné změny. Platí-li údaje, potvrďte je tlačítkem „Vše platí“.")]
    Unchanged,
    #[error("Některé údaje nejsou ve správném tvaru.")]
    Invalid(FieldErrors),
}

impl ProviderServiceForm {
    /// The provider's fields of a service as staff keep them.
    pub fn of(service: &ServiceForm) -> Self {
        let value = |field: ProviderField| field.value(service).to_owned();
        ProviderServiceForm {
            description: value(ProviderField::Description),
            phones: value(ProviderField::Phones),
            emails: value(ProviderField::Emails),
            web: value(ProviderField::Web),
            hours: value(ProviderField::Hours),
            cost: value(ProviderField::Cost),
            contact_note: value(ProviderField::ContactNote),
            ..ProviderServiceForm::default()
        }
    }

    pub fn value(&self, field: ProviderField) -> &str {
        match field {
            ProviderField::Description => &self.description,
            ProviderField::Phones => &self.phones,
            ProviderField::Emails => &self.emails,
            ProviderField::Web => &self.web,
            ProviderField::Hours => &self.hours,
            ProviderField::Cost => &self.cost,
            ProviderField::ContactNote => &self.contact_note,
        }
    }

    fn staff_only(&self) -> Option<&'static str> {
        [
            (self.name.is_some(), "Název služby"),
            (self.service_type.is_some(), "Druh služby"),
            (self.published.is_some(), "Zveřejnění služby"),
            (self.verified.is_some(), "Ověření služby"),
            (self.area.is_some(), "Působnost služby"),
            (self.target_groups.is_some(), "Cílové skupiny"),
            (self.forms.is_some(), "Forma služby"),
        ]
        .into_iter()
        .find_map(|(posted, label)| posted.then_some(label))
    }

    /// The changes against the stored `current` record, each checked by the staff editor's rules
    /// on the record as it would be: none refused, at least one.
    pub fn changes(&self, current: &ServiceForm) -> Result<Vec<FieldChange>, ProposalError> {
        if let Some(label) = self.staff_only() {
            return Err(ProposalError::StaffOnly(label));
        }
        let changes: Vec<FieldChange> = ProviderField::ALL
            .into_iter()
            .filter(|&field| self.value(field).trim() != field.value(current).trim())
            .map(|field| FieldChange {
                field,
                old: field.value(current).to_owned(),
                new: self.value(field).trim().to_owned(),
            })
            .collect();
        if changes.is_empty() {
            return Err(ProposalError::Unchanged);
        }
        apply(current, &changes).map_err(ProposalError::Invalid)?;
        Ok(changes)
    }
}

/// `current` with `changes` made, checked as the staff editor checks a save. Errors keep the
/// provider form's field names.
pub fn apply(current: &ServiceForm, changes: &[FieldChange]) -> Result<ServiceEdit, FieldErrors> {
    let mut form = current.clone();
    for change in changes {
        change.new.clone_into(change.field.value_mut(&mut form));
    }
    form.validate()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored() -> ServiceForm {
        ServiceForm {
            name: "Dluhová poradna".into(),
            description: "Poradíme s dluhy.".into(),
            contacts: crate::admin::contacts::ContactForm {
                phones: "382 000 111".into(),
                emails: "poradna@example.org".into(),
                web: String::new(),
            },
            service_type: "socialni-poradenstvi".into(),
            target_groups: vec!["v-krizi".into()],
            forms: vec!["ambulantni".into()],
            loc_municipality: vec!["549240".into()],
            loc_name: vec![String::new()],
            loc_street: vec![String::new()],
            loc_postcode: vec![String::new()],
            loc_hours: vec![String::new()],
            published: true,
            ..ServiceForm::default()
        }
    }

    #[test]
    fn a_changed_phone_is_one_change_old_to_new() {
        let mut form = ProviderServiceForm::of(&stored());
        form.phones = "382 000 222\n".into();
        let changes = form.changes(&stored()).unwrap();
        assert_eq!(
            changes,
            vec![FieldChange {
                field: ProviderField::Phones,
                old: "382 000 111".into(),
                new: "382 000 222".into(),
            }]
        );
        let edit = apply(&stored(), &changes).unwrap();
        assert_eq!(edit.contacts.phones[0].as_str(), "+420 382 000 222");
        assert_eq!(edit.name, "Dluhová poradna", "the rest stays as stored");
    }

    #[test]
    fn a_bad_phone_is_refused_by_the_staff_editors_rule_at_its_field() {
        let mut form = ProviderServiceForm::of(&stored());
        form.phones = "zavolejte".into();
        let Err(ProposalError::Invalid(errors)) = form.changes(&stored()) else {
            panic!("refused");
        };
        assert!(errors.get("phones").is_some(), "{errors:?}");
    }

    #[test]
    fn staff_only_fields_and_empty_proposals_are_refused_with_a_reason() {
        let mut form = ProviderServiceForm::of(&stored());
        form.name = Some("Jiný název".into());
        let refused = form.changes(&stored()).unwrap_err();
        assert_eq!(refused, ProposalError::StaffOnly("Název služby"));
        assert!(refused.to_string().contains("jen správa portálu"));
        let unchanged = ProviderServiceForm::of(&stored()).changes(&stored());
        assert_eq!(unchanged, Err(ProposalError::Unchanged));
    }
}
