//! HSDS 3.0 objects read back into the portal's entries: the portal's taxonomy terms and
//! attributes become § type, forms, target groups, register id and the rest again; what the
//! portal has no place for is noted, never dropped silently.

use super::{LocationEntry, Notes, OrganizationEntry, Refusal, ServiceEntry};
use crate::capacity::Capacity;
use crate::hsds::{self, Attribute, Organization, Service};
use crate::{
    Coordinates, DeliveryForm, Email, Ico, MunicipalityCode, OpeningHours, Phone, Postcode,
    RegisterId, ServiceType, Slug, TargetGroup, WebUrl,
};

fn invalid(record: &str, what: &str, error: impl std::fmt::Display) -> Refusal {
    Refusal::service(record, what, error)
}

/// A provider from an HSDS organization; its first location is its seat.
pub fn organization_entry(
    o: &Organization,
    notes: &mut Notes,
) -> Result<OrganizationEntry, Refusal> {
    let refuse = |what: &str, e: &dyn std::fmt::Display| Refusal::organization(&o.name, what, e);
    note_unknown(&o.unknown, &format!("poskytovatel „{}“", o.name), notes);
    let ico = o
        .organization_identifiers
        .iter()
        .find(|i| i.identifier_type == "IČO")
        .map(|i| Ico::parse(&i.identifier).map_err(|e| refuse("IČO", &e)))
        .transpose()?;
    let seat = o.locations.first();
    let address = seat.and_then(|l| l.addresses.first());
    let mut attributes = Attributes::read(&o.attributes, &o.name, notes);
    Ok(OrganizationEntry {
        name: o.name.clone(),
        ico,
        legal_form: o.legal_status.clone(),
        description: o.description.clone(),
        street: address.and_then(|a| street(a, None)),
        municipality: seat
            .map(|l| municipality(l.external_identifier.as_deref()))
            .transpose()
            .map_err(|e| refuse("obec sídla", &e))?
            .flatten(),
        postcode: address
            .and_then(|a| postcode(&a.postal_code).transpose())
            .transpose()
            .map_err(|e| refuse("PSČ", &e))?,
        phones: phones(&o.phones).map_err(|e| refuse("telefon", &e))?,
        emails: emails(o.email.as_deref(), &o.contacts).map_err(|e| refuse("e-mail", &e))?,
        web: o
            .website
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|e| refuse("web", &e))?,
        contact_note: attributes.contact_note.take(),
        services: Vec::new(),
    })
}

/// A service from an HSDS service with its places, areas, schedules and attributes.
pub fn service_entry(s: &Service, notes: &mut Notes) -> Result<ServiceEntry, Refusal> {
    let name = s.name.as_str();
    note_unknown(&s.unknown, &format!("služba „{name}“"), notes);
    let attributes = Attributes::read(&s.attributes, name, notes);
    let mut locations = Vec::new();
    for at in &s.service_at_locations {
        let Some(place) = &at.location else {
            notes.push(format!(
                "služba „{name}“: místo {} bez polohy vynecháno",
                at.id
            ));
            continue;
        };
        let Some(code) = municipality(place.external_identifier.as_deref())
            .map_err(|e| invalid(name, "obec", e))?
        else {
            notes.push(format!(
                "služba „{name}“: místo {} bez kódu obce (external_identifier) vynecháno",
                place.id
            ));
            continue;
        };
        let approximate = place.attributes.iter().any(|a| {
            a.taxonomy_term.as_ref().and_then(|t| t.code.as_deref())
                == Some(hsds::Property::ApproximatePosition.code())
        });
        let position = match (place.latitude, place.longitude) {
            (Some(lat), Some(lon)) if !approximate => Some(
                Coordinates::new(lat, lon).map_err(|_| invalid(name, "poloha", "mimo rozsah"))?,
            ),
            _ => None,
        };
        let address = place.addresses.first();
        locations.push(LocationEntry {
            name: place.name.clone(),
            street: address.and_then(|a| street(a, place.name.as_deref())),
            municipality: code,
            postcode: address
                .and_then(|a| postcode(&a.postal_code).transpose())
                .transpose()
                .map_err(|e| invalid(name, "PSČ", e))?,
            position,
            hours: hours(&at.schedules).map_err(|e| invalid(name, "provozní doba místa", e))?,
            address_point: None,
        });
    }
    let area = s
        .service_areas
        .iter()
        .filter_map(|a| {
            let code = a.uri.as_deref()?.strip_prefix(hsds::RUIAN_MUNICIPALITY)?;
            Some(MunicipalityCode::parse(code).map_err(|e| invalid(name, "obec působnosti", e)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if area.len() < s.service_areas.len() {
        notes.push(format!(
            "služba „{name}“: {} oblastí bez odkazu na obec v RÚIAN vynecháno",
            s.service_areas.len() - area.len()
        ));
    }
    let languages = languages(&s.languages, name, notes);
    Ok(ServiceEntry {
        key: attributes.key,
        name: s.name.clone(),
        description: s.description.clone().unwrap_or_default(),
        keywords: attributes.keywords.unwrap_or_default(),
        service_type: attributes.service_type,
        register_id: attributes.register_id,
        forms: attributes.forms,
        languages,
        target_groups: attributes.target_groups,
        hours: hours(&s.schedules).map_err(|e| invalid(name, "provozní doba", e))?,
        phones: phones(&s.phones).map_err(|e| invalid(name, "telefon", e))?,
        emails: emails(s.email.as_deref(), &s.contacts).map_err(|e| invalid(name, "e-mail", e))?,
        web: s
            .url
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|e| invalid(name, "web", e))?,
        cost: s.fees_description.clone(),
        contact_note: attributes.contact_note,
        area,
        area_radius_km: None,
        area_districts: Vec::new(),
        locations,
        capacities: attributes.capacities,
    })
}

/// The languages of a service the portal knows; the others are named in the notes.
fn languages(
    records: &[hsds::Language],
    service: &str,
    notes: &mut Notes,
) -> Vec<crate::ServiceLanguage> {
    let mut known = Vec::new();
    for record in records {
        match crate::ServiceLanguage::from_hsds(record.code.as_deref(), record.name.as_deref()) {
            Some(language) if !known.contains(&language) => known.push(language),
            Some(_) => {}
            None => notes.push(format!(
                "služba „{service}“: jazyk „{}“ portál nezná, vynechán",
                record
                    .name
                    .as_deref()
                    .or(record.code.as_deref())
                    .unwrap_or(&record.id)
            )),
        }
    }
    known.sort();
    known
}

/// The Czech fields a record's attributes carry.
#[derive(Default)]
struct Attributes {
    service_type: Option<ServiceType>,
    forms: Vec<DeliveryForm>,
    target_groups: Vec<TargetGroup>,
    register_id: Option<RegisterId>,
    keywords: Option<String>,
    contact_note: Option<String>,
    key: Option<Slug>,
    capacities: Vec<Capacity>,
}

impl Attributes {
    /// Reads the portal's terms; anything else is reported as skipped, with the record's name.
    fn read(attributes: &[Attribute], record: &str, notes: &mut Notes) -> Attributes {
        let mut found = Attributes::default();
        for attribute in attributes {
            let term = attribute.taxonomy_term.as_ref();
            let taxonomy = term
                .and_then(|t| t.taxonomy.as_deref())
                .and_then(|t| t.split(':').next())
                .unwrap_or_default();
            let code = term.and_then(|t| t.code.as_deref()).unwrap_or_default();
            let value = attribute.value.clone();
            let kept = match taxonomy {
                "druh-sluzby" => ServiceType::from_slug(code)
                    .map(|t| found.service_type = Some(t))
                    .is_ok(),
                "forma-poskytovani" => DeliveryForm::from_slug(code)
                    .map(|f| found.forms.push(f))
                    .is_ok(),
                "cilova-skupina" => TargetGroup::from_slug(code)
                    .map(|g| found.target_groups.push(g))
                    .is_ok(),
                // Audiences follow from the target groups.
                "skupina-obyvatel" => true,
                "vlastnost" => found.property(code, value),
                _ => false,
            };
            if !kept {
                let name = term.map_or(attribute.id.as_str(), |t| t.name.as_str());
                notes.push(format!(
                    "„{record}“: atribut „{name}“ portál nezná, vynechán"
                ));
            }
        }
        found
    }

    fn property(&mut self, code: &str, value: Option<String>) -> bool {
        let Some(value) = value else {
            return code == hsds::Property::ApproximatePosition.code();
        };
        match code {
            "registr-id" => RegisterId::parse(&value)
                .map(|r| self.register_id = Some(r))
                .is_ok(),
            "klicova-slova" => {
                self.keywords = Some(value);
                true
            }
            "poznamka-ke-kontaktu" => {
                self.contact_note = Some(value);
                true
            }
            "klic-sluzby" => Slug::parse(&value).map(|k| self.key = Some(k)).is_ok(),
            "kapacita-registrovana" => Capacity::parse_code(&value)
                .map(|c| self.capacities.push(c))
                .is_ok(),
            "poloha-priblizna" => true,
            _ => false,
        }
    }
}

fn municipality(code: Option<&str>) -> Result<Option<MunicipalityCode>, crate::IdError> {
    code.map(MunicipalityCode::parse).transpose()
}

/// The street of an address: `address_1`, unless it only repeats the place's name or the city
/// (the export writes one of those when the street is unknown).
fn street(address: &hsds::Address, name: Option<&str>) -> Option<String> {
    let line = address.address_1.trim();
    (!line.is_empty() && Some(line) != name && line != address.city).then(|| line.to_owned())
}

fn postcode(raw: &str) -> Result<Option<Postcode>, crate::IdError> {
    (!raw.trim().is_empty())
        .then(|| Postcode::parse(raw))
        .transpose()
}

fn phones(phones: &[hsds::Phone]) -> Result<Vec<Phone>, crate::ContactError> {
    phones.iter().map(|p| Phone::parse(&p.number)).collect()
}

fn emails(
    first: Option<&str>,
    contacts: &[hsds::Contact],
) -> Result<Vec<Email>, crate::ContactError> {
    first
        .into_iter()
        .chain(contacts.iter().filter_map(|c| c.email.as_deref()))
        .map(Email::parse)
        .collect()
}

/// The hours as the schedules' description says them (the export writes the typed text there).
fn hours(
    schedules: &[hsds::Schedule],
) -> Result<Option<OpeningHours>, crate::opening_hours::HoursError> {
    schedules
        .iter()
        .find_map(|s| s.description.as_deref())
        .map(OpeningHours::parse)
        .transpose()
}

/// Fields of another system's HSDS that the portal has no place for, named once per record
/// (empty ones say nothing).
fn note_unknown(
    unknown: &std::collections::BTreeMap<String, serde_json::Value>,
    record: &str,
    notes: &mut Notes,
) {
    let filled: Vec<&str> = unknown
        .iter()
        .filter(|(_, v)| match v {
            serde_json::Value::Null => false,
            serde_json::Value::Array(items) => !items.is_empty(),
            serde_json::Value::Object(fields) => !fields.is_empty(),
            serde_json::Value::String(text) => !text.trim().is_empty(),
            _ => true,
        })
        .map(|(k, _)| k.as_str())
        .collect();
    if !filled.is_empty() {
        notes.push(format!(
            "{record}: pole {} portál nezná, vynechána",
            filled.join(", ")
        ));
    }
}
