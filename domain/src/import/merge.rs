//! What an import may change in a record already in the directory. A field the file says
//! differently is taken from the file, unless a staff member has edited that field since the
//! record's last import: then the staff's value stays and the field is reported as a conflict.
//! Fields are named by the labels of the audit log, so "edited since" is read from the log.

use super::{OrganizationEntry, ServiceEntry};
use crate::MunicipalityCode;
use crate::admin::audit::changes;
use crate::admin::contacts::Contacts;
use crate::admin::organization_edit::OrganizationEdit;
use crate::admin::service_edit::{LocationEdit, ServiceEdit};

/// The record to store, and the fields the file changed or could not change.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<T> {
    pub record: T,
    pub changed: Vec<&'static str>,
    /// Edited by staff since the last import, and different in the file: kept as staff left it.
    pub conflicts: Vec<&'static str>,
}

/// Copies one field from the file's record into the stored one.
type Take<T> = fn(&mut T, &T);

/// Every field an import may change, by its audit label. `stav` (published) is staff's alone.
const SERVICE_FIELDS: &[(&str, Take<ServiceEdit>)] = &[
    ("název", |m, f| m.name = f.name.clone()),
    ("popis", |m, f| m.description = f.description.clone()),
    ("klíčová slova", |m, f| m.keywords = f.keywords.clone()),
    ("telefony", |m, f| {
        m.contacts.phones = f.contacts.phones.clone()
    }),
    ("e-maily", |m, f| {
        m.contacts.emails = f.contacts.emails.clone()
    }),
    ("web", |m, f| m.contacts.web = f.contacts.web.clone()),
    ("provozní doba", |m, f| m.hours = f.hours.clone()),
    ("úhrada", |m, f| m.cost = f.cost.clone()),
    ("poznámka ke kontaktu", |m, f| {
        m.contact_note = f.contact_note.clone()
    }),
    ("druh služby", |m, f| m.service_type = f.service_type),
    ("cílové skupiny", |m, f| {
        m.target_groups = f.target_groups.clone()
    }),
    ("formy", |m, f| m.forms = f.forms.clone()),
    ("jazyky", |m, f| m.languages = f.languages.clone()),
    ("obce působnosti", |m, f| m.area = f.area.clone()),
    ("místa", |m, f| m.locations = f.locations.clone()),
];

const ORGANIZATION_FIELDS: &[(&str, Take<OrganizationEdit>)] = &[
    ("název", |m, f| m.name = f.name.clone()),
    ("IČO", |m, f| m.ico = f.ico.clone()),
    ("právní forma", |m, f| m.legal_form = f.legal_form.clone()),
    ("popis", |m, f| m.description = f.description.clone()),
    ("ulice", |m, f| m.street = f.street.clone()),
    ("obec", |m, f| m.municipality = f.municipality),
    ("PSČ", |m, f| m.postcode = f.postcode.clone()),
    ("telefony", |m, f| {
        m.contacts.phones = f.contacts.phones.clone()
    }),
    ("e-maily", |m, f| {
        m.contacts.emails = f.contacts.emails.clone()
    }),
    ("web", |m, f| m.contacts.web = f.contacts.web.clone()),
    ("poznámka ke kontaktu", |m, f| {
        m.contact_note = f.contact_note.clone()
    }),
];

/// The stored service updated from the file's. `place` names a municipality (as the log does);
/// `edited_by_staff` says whether staff changed a field (by label) since the last import.
pub fn merge_service(
    stored: &ServiceEdit,
    file: &ServiceEntry,
    place: &dyn Fn(MunicipalityCode) -> String,
    edited_by_staff: &dyn Fn(&str) -> bool,
) -> Merged<ServiceEdit> {
    let mut file = service_edit(file, stored.published);
    if file.languages.is_empty() {
        // The register does not say which languages a service speaks: a file silent about
        // them leaves what staff and providers wrote.
        file.languages = stored.languages.clone();
    }
    merge(
        stored,
        &file,
        &stored.audit_values(place),
        &file.audit_values(place),
        SERVICE_FIELDS,
        edited_by_staff,
    )
}

pub fn merge_organization(
    stored: &OrganizationEdit,
    file: &OrganizationEntry,
    place: &dyn Fn(MunicipalityCode) -> String,
    edited_by_staff: &dyn Fn(&str) -> bool,
) -> Merged<OrganizationEdit> {
    let file = organization_edit(file);
    merge(
        stored,
        &file,
        &stored.audit_values(place),
        &file.audit_values(place),
        ORGANIZATION_FIELDS,
        edited_by_staff,
    )
}

fn merge<T: Clone>(
    stored: &T,
    file: &T,
    stored_values: &[(&'static str, String)],
    file_values: &[(&'static str, String)],
    fields: &[(&'static str, Take<T>)],
    edited_by_staff: &dyn Fn(&str) -> bool,
) -> Merged<T> {
    let mut merged = Merged {
        record: stored.clone(),
        changed: Vec::new(),
        conflicts: Vec::new(),
    };
    for (label, _, _) in changes(stored_values, file_values) {
        let Some((_, take)) = fields.iter().find(|(l, _)| *l == label) else {
            continue;
        };
        if edited_by_staff(label) {
            merged.conflicts.push(label);
        } else {
            take(&mut merged.record, file);
            merged.changed.push(label);
        }
    }
    merged
}

/// The file's service as the editor's record; `published` is the stored record's.
pub fn service_edit(entry: &ServiceEntry, published: bool) -> ServiceEdit {
    let mut area = entry.area.clone();
    area.sort();
    area.dedup();
    // Sets, in the order the store keeps them (a file's order says nothing).
    let mut target_groups = entry.target_groups.clone();
    target_groups.sort();
    target_groups.dedup();
    let mut forms = entry.forms.clone();
    forms.sort();
    forms.dedup();
    let mut languages = entry.languages.clone();
    languages.sort();
    languages.dedup();
    ServiceEdit {
        name: entry.name.clone(),
        description: entry.description.clone(),
        keywords: entry.keywords.clone(),
        contacts: Contacts {
            phones: entry.phones.clone(),
            emails: entry.emails.clone(),
            web: entry.web.clone(),
        },
        hours: entry.hours.clone(),
        cost: entry.cost.clone(),
        contact_note: entry.contact_note.clone(),
        service_type: entry.service_type,
        target_groups,
        forms,
        languages,
        area,
        locations: entry
            .locations
            .iter()
            .map(|l| LocationEdit {
                name: l.name.clone(),
                street: l.street.clone(),
                municipality: l.municipality,
                postcode: l.postcode.clone(),
                hours: l.hours.clone(),
                position: l.position,
            })
            .collect(),
        published,
    }
}

pub fn organization_edit(entry: &OrganizationEntry) -> OrganizationEdit {
    OrganizationEdit {
        name: entry.name.clone(),
        ico: entry.ico.clone(),
        legal_form: entry.legal_form.clone(),
        description: entry.description.clone(),
        street: entry.street.clone(),
        municipality: entry.municipality,
        postcode: entry.postcode.clone(),
        contacts: Contacts {
            phones: entry.phones.clone(),
            emails: entry.emails.clone(),
            web: entry.web.clone(),
        },
        contact_note: entry.contact_note.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DeliveryForm, Phone, TargetGroup};

    fn place(code: MunicipalityCode) -> String {
        code.number().to_string()
    }

    fn entry() -> ServiceEntry {
        ServiceEntry {
            key: None,
            name: "Poradna".into(),
            description: "Pomáháme.".into(),
            keywords: String::new(),
            service_type: None,
            register_id: None,
            forms: vec![DeliveryForm::Field],
            languages: Vec::new(),
            target_groups: vec![TargetGroup::Seniors],
            hours: None,
            phones: vec![Phone::parse("382 211 111").unwrap()],
            emails: Vec::new(),
            web: None,
            cost: None,
            contact_note: None,
            area: vec![MunicipalityCode::parse("549240").unwrap()],
            area_radius_km: None,
            area_districts: Vec::new(),
            locations: Vec::new(),
            capacities: Vec::new(),
        }
    }

    #[test]
    fn every_audited_field_but_the_state_can_be_taken_from_a_file() {
        let stored = service_edit(&entry(), true);
        for (label, _) in stored.audit_values(&place) {
            assert_eq!(
                SERVICE_FIELDS.iter().any(|(l, _)| *l == label),
                label != "stav",
                "{label}"
            );
        }
        let org = organization_edit(&OrganizationEntry {
            name: "Charita".into(),
            ico: None,
            legal_form: None,
            description: String::new(),
            street: None,
            municipality: None,
            postcode: None,
            phones: Vec::new(),
            emails: Vec::new(),
            web: None,
            contact_note: None,
            services: Vec::new(),
        });
        for (label, _) in org.audit_values(&place) {
            assert!(
                ORGANIZATION_FIELDS.iter().any(|(l, _)| *l == label),
                "{label}"
            );
        }
    }

    #[test]
    fn a_field_staff_edited_stays_and_is_reported_the_others_follow_the_file() {
        let stored = service_edit(&entry(), false);
        let file = ServiceEntry {
            name: "Poradna pro seniory".into(),
            description: "Nový popis.".into(),
            phones: Vec::new(),
            ..entry()
        };
        let merged = merge_service(&stored, &file, &place, &|label| label == "popis");
        assert_eq!(merged.changed, ["název", "telefony"]);
        assert_eq!(merged.conflicts, ["popis"]);
        assert_eq!(merged.record.name, "Poradna pro seniory");
        assert_eq!(merged.record.description, "Pomáháme.");
        assert!(merged.record.contacts.phones.is_empty());
        assert!(!merged.record.published, "the import never publishes");
    }

    #[test]
    fn sets_in_another_order_are_the_same_sets() {
        let stored = service_edit(
            &ServiceEntry {
                target_groups: vec![TargetGroup::Seniors, TargetGroup::Carers],
                forms: vec![DeliveryForm::Outpatient, DeliveryForm::Field],
                ..entry()
            },
            true,
        );
        let file = ServiceEntry {
            target_groups: vec![TargetGroup::Carers, TargetGroup::Seniors],
            forms: vec![DeliveryForm::Field, DeliveryForm::Outpatient],
            ..entry()
        };
        let merged = merge_service(&stored, &file, &place, &|_| false);
        assert!(merged.changed.is_empty(), "{:?}", merged.changed);
    }

    #[test]
    fn a_file_silent_about_languages_keeps_them_and_one_that_names_them_sets_them() {
        use crate::ServiceLanguage::{Czech, Ukrainian};
        let stored = service_edit(
            &ServiceEntry {
                languages: vec![Ukrainian, Czech],
                ..entry()
            },
            true,
        );
        assert_eq!(stored.languages, [Czech, Ukrainian]);
        let silent = merge_service(&stored, &entry(), &place, &|_| false);
        assert!(silent.changed.is_empty(), "{:?}", silent.changed);
        assert_eq!(silent.record.languages, [Czech, Ukrainian]);
        let naming = ServiceEntry {
            languages: vec![Czech],
            ..entry()
        };
        let merged = merge_service(&stored, &naming, &place, &|_| false);
        assert_eq!(merged.changed, ["jazyky"]);
        assert_eq!(merged.record.languages, [Czech]);
    }

    #[test]
    fn the_same_record_changes_nothing_even_where_staff_edited() {
        let stored = service_edit(&entry(), true);
        let merged = merge_service(&stored, &entry(), &place, &|_| true);
        assert!(merged.changed.is_empty() && merged.conflicts.is_empty());
        assert_eq!(merged.record, stored);
    }
}
