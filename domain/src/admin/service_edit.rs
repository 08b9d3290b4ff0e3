//! The service form of `/sprava`: the text staff type, and the checked values the store writes.
//! Contacts, hours, code lists and municipality codes parse through the same types as the
//! import, and the same reach rules apply (`service_rules`), so what the importer would refuse is
//! refused here too, with the same Czech sentence, next to its field.

use super::contacts::{ContactForm, Contacts};
use super::fields::{FieldErrors, choices, many, optional, optional_text, required_text};
use crate::ids::{MunicipalityCode, Postcode};
use crate::opening_hours::OpeningHours;
use crate::service_rules::reach_problems;
use crate::{DeliveryForm, ServiceLanguage, ServiceType, TargetGroup};
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5000;
pub const KEYWORDS_MAX: usize = 500;
pub const NOTE_MAX: usize = 1000;
pub const HOURS_MAX: usize = 500;
pub const LOCATIONS_MAX: usize = 20;

/// The form as posted: every field as typed, so a failed save shows it again unchanged.
/// Places are rows of parallel lists (`loc_municipality[i]`, `loc_street[i]`...), one per row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    pub name: String,
    pub description: String,
    pub keywords: String,
    #[serde(flatten)]
    pub contacts: ContactForm,
    pub hours: String,
    pub cost: String,
    pub contact_note: String,
    /// A service type's slug, or empty.
    pub service_type: String,
    #[serde(deserialize_with = "many")]
    pub target_groups: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub forms: Vec<String>,
    /// ISO codes of the languages the staff help in.
    #[serde(deserialize_with = "many")]
    pub languages: Vec<String>,
    /// Codes of the municipalities a field service reaches.
    #[serde(deserialize_with = "many")]
    pub area: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub loc_name: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub loc_street: Vec<String>,
    /// A municipality code; empty removes the row.
    #[serde(deserialize_with = "many")]
    pub loc_municipality: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub loc_postcode: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub loc_hours: Vec<String>,
    /// `true`: residents see it; `false`: a draft only staff see.
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub published: bool,
    /// The editor has checked the record with the provider today.
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub verified: bool,
}

/// One place where the service is delivered, checked. Its map position is the store's business:
/// kept while the address stays, the municipality's centre (approximate) when it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationEdit {
    pub name: Option<String>,
    pub street: Option<String>,
    pub municipality: MunicipalityCode,
    pub postcode: Option<Postcode>,
    pub hours: Option<OpeningHours>,
    /// A known map position (an import's); the editor leaves it to the store.
    pub position: Option<crate::Coordinates>,
}

/// A service's editable part, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEdit {
    pub name: String,
    pub description: String,
    pub keywords: String,
    pub contacts: Contacts,
    pub hours: Option<OpeningHours>,
    pub cost: Option<String>,
    pub contact_note: Option<String>,
    pub service_type: Option<ServiceType>,
    pub target_groups: Vec<TargetGroup>,
    pub forms: Vec<DeliveryForm>,
    pub languages: Vec<ServiceLanguage>,
    pub area: Vec<MunicipalityCode>,
    pub locations: Vec<LocationEdit>,
    pub published: bool,
}

/// The error field of place row `i`.
pub fn location_field(i: usize) -> String {
    format!("loc-{i}")
}

impl ServiceForm {
    pub fn validate(&self) -> Result<ServiceEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let mut area = choices(&mut e, "area", &self.area, MunicipalityCode::parse);
        area.sort();
        area.dedup();
        let edit = ServiceEdit {
            name: required_text(&mut e, "name", &self.name, NAME_MAX),
            description: optional_text(&mut e, "description", &self.description, DESCRIPTION_MAX)
                .unwrap_or_default(),
            keywords: optional_text(&mut e, "keywords", &self.keywords, KEYWORDS_MAX)
                .unwrap_or_default(),
            contacts: self.contacts.validate(&mut e),
            hours: optional(&mut e, "hours", &self.hours, HOURS_MAX, OpeningHours::parse),
            cost: optional_text(&mut e, "cost", &self.cost, NOTE_MAX),
            contact_note: optional_text(&mut e, "contact_note", &self.contact_note, NOTE_MAX),
            service_type: optional(
                &mut e,
                "service_type",
                &self.service_type,
                60,
                ServiceType::from_slug,
            ),
            target_groups: choices(
                &mut e,
                "target_groups",
                &self.target_groups,
                TargetGroup::from_slug,
            ),
            forms: choices(&mut e, "forms", &self.forms, DeliveryForm::from_slug),
            languages: choices(
                &mut e,
                "languages",
                &self.languages,
                ServiceLanguage::from_slug,
            ),
            locations: self.locations(&mut e),
            area,
            published: self.published,
        };
        for problem in reach_problems(
            &edit.forms,
            &edit.target_groups,
            !edit.locations.is_empty(),
            !edit.area.is_empty(),
        ) {
            e.add(problem.field(), problem.to_string());
        }
        e.or(edit)
    }

    /// The place rows with something in them; a row's errors are named by its number.
    fn locations(&self, e: &mut FieldErrors) -> Vec<LocationEdit> {
        let columns = [
            &self.loc_name,
            &self.loc_street,
            &self.loc_municipality,
            &self.loc_postcode,
            &self.loc_hours,
        ];
        let rows = columns.iter().map(|c| c.len()).max().unwrap_or(0);
        let mut locations = Vec::new();
        for i in 0..rows {
            let field = location_field(i);
            let row = columns.map(|column| column.get(i).map_or("", |v| v.trim()));
            let [name, street, municipality, postcode, hours] = row;
            if row.iter().all(|v| v.is_empty()) {
                continue;
            }
            if municipality.is_empty() {
                e.add(
                    &field,
                    "vyberte obec; místo bez obce se nezapíše (smažte i ostatní údaje řádku)",
                );
                continue;
            }
            let Ok(municipality) = MunicipalityCode::parse(municipality) else {
                e.add(&field, "neznámá obec");
                continue;
            };
            locations.push(LocationEdit {
                name: optional_text(e, &field, name, NAME_MAX),
                street: optional_text(e, &field, street, NAME_MAX),
                municipality,
                postcode: optional(e, &field, postcode, 10, Postcode::parse),
                hours: optional(e, &field, hours, HOURS_MAX, OpeningHours::parse),
                position: None,
            });
        }
        if locations.len() > LOCATIONS_MAX {
            e.add("locations", format!("nejvýše {LOCATIONS_MAX} míst"));
        }
        locations
    }
}

impl ServiceEdit {
    /// Every municipality the service names: its area and its places'.
    pub fn places(&self) -> impl Iterator<Item = MunicipalityCode> + '_ {
        self.area
            .iter()
            .copied()
            .chain(self.locations.iter().map(|l| l.municipality))
    }

    /// The form showing these values (as stored), ready to be edited.
    pub fn to_form(&self) -> ServiceForm {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let shown = |value: Option<String>| value.unwrap_or_default();
        let column = |f: &dyn Fn(&LocationEdit) -> String| self.locations.iter().map(f).collect();
        ServiceForm {
            name: self.name.clone(),
            description: self.description.clone(),
            keywords: self.keywords.clone(),
            contacts: self.contacts.to_form(),
            hours: shown(self.hours.as_ref().map(ToString::to_string)),
            cost: text(&self.cost),
            contact_note: text(&self.contact_note),
            service_type: shown(self.service_type.map(|t| t.slug().to_owned())),
            target_groups: self
                .target_groups
                .iter()
                .map(|t| t.slug().to_owned())
                .collect(),
            forms: self.forms.iter().map(|f| f.slug().to_owned()).collect(),
            languages: self.languages.iter().map(|l| l.slug().to_owned()).collect(),
            area: self.area.iter().map(|c| c.number().to_string()).collect(),
            loc_name: column(&|l| text(&l.name)),
            loc_street: column(&|l| text(&l.street)),
            loc_municipality: column(&|l| l.municipality.number().to_string()),
            loc_postcode: column(&|l| shown(l.postcode.as_ref().map(|p| p.as_str().to_owned()))),
            loc_hours: column(&|l| shown(l.hours.as_ref().map(ToString::to_string))),
            published: self.published,
            verified: false,
        }
    }

    /// Each field as the audit log records it: (field label, value as text). `place` names a
    /// municipality.
    pub fn audit_values(
        &self,
        place: &dyn Fn(MunicipalityCode) -> String,
    ) -> Vec<(&'static str, String)> {
        let labels = |values: Vec<&str>| values.join(", ");
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let locations = self
            .locations
            .iter()
            .map(|l| {
                [
                    text(&l.name),
                    text(&l.street),
                    l.postcode
                        .as_ref()
                        .map_or(String::new(), |p| p.as_str().to_owned()),
                    place(l.municipality),
                    l.hours.as_ref().map_or(String::new(), ToString::to_string),
                ]
                .into_iter()
                .filter(|v| !v.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
            })
            .collect::<Vec<_>>()
            .join("; ");
        let mut values = vec![
            ("název", self.name.clone()),
            ("popis", self.description.clone()),
            ("klíčová slova", self.keywords.clone()),
        ];
        values.extend(self.contacts.audit_values());
        values.extend([
            (
                "provozní doba",
                self.hours
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            ),
            ("úhrada", text(&self.cost)),
            ("poznámka ke kontaktu", text(&self.contact_note)),
            (
                "druh služby",
                self.service_type
                    .map(|t| t.label().to_owned())
                    .unwrap_or_default(),
            ),
            (
                "cílové skupiny",
                labels(self.target_groups.iter().map(|t| t.label()).collect()),
            ),
            (
                "formy",
                labels(self.forms.iter().map(|f| f.label()).collect()),
            ),
            (
                "jazyky",
                labels(self.languages.iter().map(|l| l.label()).collect()),
            ),
            (
                "obce působnosti",
                self.area
                    .iter()
                    .map(|c| place(*c))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("místa", locations),
            ("stav", super::published_label(self.published).to_owned()),
        ]);
        values
    }
}

/// The form that starts a new service: its provider and name; the rest is filled in the editor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewServiceForm {
    pub organization: String,
    /// Not `name`: the form also sits on the provider's page, beside the provider's own name.
    pub service_name: String,
}

impl NewServiceForm {
    /// The provider's id and the name.
    pub fn validate(&self) -> Result<(i64, String), FieldErrors> {
        let mut e = FieldErrors::default();
        let name = required_text(&mut e, "service_name", &self.service_name, NAME_MAX);
        let organization = self.organization.trim().parse::<i64>().unwrap_or_else(|_| {
            e.add("organization", "neznámý poskytovatel");
            0
        });
        e.or((organization, name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn form() -> ServiceForm {
        ServiceForm {
            name: "  Poradna  ".into(),
            contacts: ContactForm {
                phones: "382 123 456\n\n+420 777 000 111".into(),
                emails: "info@poradna.cz".into(),
                web: "https://poradna.cz".into(),
            },
            hours: "Po–Pá 8:00–16:00".into(),
            target_groups: vec![TargetGroup::ALL[0].slug().into()],
            forms: vec![DeliveryForm::Outpatient.slug().into()],
            languages: vec!["cs".into(), "uk".into()],
            loc_name: vec!["Poradna".into(), String::new()],
            loc_street: vec!["Nádražní 1".into(), String::new()],
            loc_municipality: vec!["549240".into(), String::new()],
            loc_postcode: vec!["397 01".into(), String::new()],
            loc_hours: vec![String::new(), String::new()],
            published: true,
            ..ServiceForm::default()
        }
    }

    fn code(place: MunicipalityCode) -> String {
        place.number().to_string()
    }

    #[test]
    fn a_good_form_becomes_an_edit_and_back() {
        let edit = form().validate().unwrap();
        assert_eq!(edit.name, "Poradna");
        assert_eq!(edit.contacts.phones.len(), 2);
        assert_eq!(edit.locations.len(), 1, "the blank row is left out");
        let again = edit.to_form().validate().unwrap();
        assert_eq!(again, edit);
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = ServiceForm {
            name: " ".into(),
            contacts: ContactForm {
                phones: "382 12".into(),
                emails: "nikdo".into(),
                web: "ftp:/x".into(),
            },
            hours: "kdykoli".into(),
            description: "x".repeat(DESCRIPTION_MAX + 1),
            service_type: "kouzla".into(),
            languages: vec!["klingonsky".into()],
            loc_postcode: vec!["012".into()],
            ..form()
        };
        let errors = bad.validate().unwrap_err();
        for field in [
            "name",
            "phones",
            "emails",
            "web",
            "hours",
            "description",
            "service_type",
            "languages",
            "loc-0",
        ] {
            assert!(errors.get(field).is_some(), "{field} not refused");
        }
        assert_eq!(errors.get("name"), Some("vyplňte prosím"));
    }

    #[test]
    fn the_import_rules_apply() {
        let field_service = ServiceForm {
            forms: vec![DeliveryForm::Field.slug().into()],
            target_groups: vec![],
            ..form()
        };
        let errors = field_service.validate().unwrap_err();
        assert_eq!(
            errors.get("area"),
            Some("terénní služba musí uvést obce, kam dojíždí")
        );
        assert_eq!(errors.get("target_groups"), Some("chybí cílová skupina"));
        let reaching = ServiceForm {
            area: vec!["549240".into()],
            ..field_service
        };
        assert!(reaching.validate().unwrap_err().get("area").is_none());
    }

    #[test]
    fn a_place_needs_its_municipality() {
        let orphan = ServiceForm {
            loc_municipality: vec![String::new()],
            ..form()
        };
        let errors = orphan.validate().unwrap_err();
        assert!(errors.get("loc-0").unwrap().starts_with("vyberte obec"));
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
        let values = form().validate().unwrap().audit_values(&code);
        assert_eq!(values.len(), 16);
        assert!(values.contains(&("jazyky", "čeština, ukrajinština".into())));
        assert!(values.contains(&("telefony", "+420 382 123 456, +420 777 000 111".into())));
        assert!(values.contains(&("místa", "Poradna Nádražní 1 397 01 549240".into())));
    }
}

#[cfg(test)]
mod posted {
    use super::ServiceForm;

    #[test]
    fn checkboxes_and_rows_read_as_browsers_and_json_send_them() {
        let form: ServiceForm = serde_json::from_str(
            r#"{"name":"A","published":true,"phones":"1","forms":"ambulantni"}"#,
        )
        .unwrap();
        assert!(form.published && !form.verified);
        assert_eq!(form.contacts.phones, "1");
        assert_eq!(form.forms, vec!["ambulantni"]);
        let json = serde_json::to_string(&super::tests::form()).unwrap();
        assert_eq!(
            serde_json::from_str::<ServiceForm>(&json).unwrap(),
            super::tests::form()
        );
    }
}
