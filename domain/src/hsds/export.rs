//! The catalogue's records as HSDS objects. Everything Czech that HSDS has no field for travels
//! as a taxonomy term or an attribute with a value, so an import reads back what was written.

use super::ids::{Ids, Kind};
use super::taxonomy::{Property, TermRef};
use super::types::*;
use crate::capacity::Capacity;
use crate::catalog::{Location as Place, OrganizationDetail, ServiceDetail};
use crate::opening_hours::OpeningHours;
use crate::{Audience, Email, Phone as PhoneNumber};

/// RÚIAN's linked-data resource of a municipality, by its code.
pub const RUIAN_MUNICIPALITY: &str = "https://linked.cuzk.cz/resource/ruian/obec/";

/// What the mapping needs besides the record.
#[derive(Debug, Clone, Copy)]
pub struct HsdsExport<'a> {
    pub ids: Ids,
    /// The audiences in the portal's order (their terms' ids follow it).
    pub audiences: &'a [Audience],
    /// The region (kraj) addresses lie in.
    pub region: &'a str,
}

/// A service's one-to-one fields: what a list item carries.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCore {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub web: Option<crate::WebUrl>,
    pub email: Option<Email>,
    pub cost: Option<String>,
    pub verified_at: Option<i64>,
    pub organization: crate::catalog::OrganizationRef,
}

impl From<&ServiceDetail> for ServiceCore {
    fn from(s: &ServiceDetail) -> ServiceCore {
        ServiceCore {
            id: s.id,
            name: s.name.clone(),
            description: s.description.clone(),
            web: s.web.clone(),
            email: s.emails.first().cloned(),
            cost: s.cost.clone(),
            verified_at: s.verified_at,
            organization: s.organization.clone(),
        }
    }
}

/// A service as a list item: its one-to-one fields and its organization.
pub fn service_item(x: &HsdsExport<'_>, s: &ServiceCore) -> Service {
    Service {
        id: x.ids.service(s.id),
        organization_id: Some(x.ids.organization(s.organization.id)),
        name: s.name.clone(),
        description: text(&s.description),
        url: s.web.as_ref().map(|w| w.as_str().to_owned()),
        email: s.email.as_ref().map(|e| e.as_str().to_owned()),
        status: "active".into(),
        fees_description: s.cost.clone(),
        assured_date: s.verified_at.map(crate::admin::date::iso_date),
        organization: Some(OrganizationBrief {
            id: x.ids.organization(s.organization.id),
            name: s.organization.name.clone(),
            description: String::new(),
        }),
        phones: Vec::new(),
        schedules: Vec::new(),
        service_areas: Vec::new(),
        languages: Vec::new(),
        service_at_locations: Vec::new(),
        contacts: Vec::new(),
        attributes: Vec::new(),
        unknown: Default::default(),
    }
}

/// A published service with its phones, schedules, areas, places and attributes.
pub fn service(x: &HsdsExport<'_>, s: &ServiceDetail) -> Service {
    let mut service = service_item(x, &ServiceCore::from(s));
    let id = service.id.clone();
    let owner = format!("service/{}", s.id);
    service.phones = phones(&x.ids, &owner, &s.phones);
    service.contacts = extra_emails(&x.ids, &owner, &s.emails);
    service.schedules = schedules(&x.ids, &owner, s.hours.as_ref());
    service.service_areas = s
        .area
        .iter()
        .map(|m| ServiceArea {
            id: x.ids.named(&format!("{owner}/area/{}", m.code.number())),
            service_id: Some(id.clone()),
            name: Some(m.name.clone()),
            extent_type: Some("obec".into()),
            uri: Some(format!("{RUIAN_MUNICIPALITY}{}", m.code.number())),
        })
        .collect();
    service.languages = s
        .languages
        .iter()
        .map(|l| Language {
            id: x.ids.named(&format!("{owner}/language/{}", l.slug())),
            service_id: Some(id.clone()),
            name: Some(l.label().to_owned()),
            code: Some(l.slug().to_owned()),
            note: None,
        })
        .collect();
    service.service_at_locations = service_at_locations(x, s);
    let terms = s
        .service_type
        .map(TermRef::service_type)
        .into_iter()
        .chain(s.forms.iter().map(|f| TermRef::delivery_form(*f)))
        .chain(s.target_groups.iter().map(|g| TermRef::target_group(*g)))
        .chain(
            x.audiences
                .iter()
                .enumerate()
                .filter(|(_, a)| s.audiences.iter().any(|r| r.slug == a.slug))
                .map(|(i, a)| TermRef::audience(i, a)),
        )
        .map(|term| (term, None));
    let properties = [
        (
            Property::RegisterId,
            s.register_id.as_ref().map(|r| r.as_str().to_owned()),
        ),
        (Property::Keywords, text(&s.keywords)),
        (Property::ContactNote, s.contact_note.clone()),
        (
            Property::ServiceKey,
            s.key.as_ref().map(|k| k.as_str().to_owned()),
        ),
    ]
    .into_iter()
    .filter_map(|(p, value)| Some((TermRef::property(p), Some(value?))));
    service.attributes = terms
        .chain(properties)
        .map(|(term, value)| attribute(&x.ids, &id, "service", term, value))
        .chain(s.capacities.iter().map(|c| capacity(&x.ids, &id, *c)))
        .collect();
    service
}

/// A registered capacity as an attribute of the `kapacita-registrovana` property, one per form
/// and type.
fn capacity(ids: &Ids, link: &str, c: Capacity) -> Attribute {
    let term = TermRef::property(Property::Capacity);
    Attribute {
        id: ids.named(&format!(
            "attribute/{link}/{}/{}/{}-{}",
            term.taxonomy as u8,
            term.index,
            c.form.slug(),
            c.kind.slug()
        )),
        value: Some(c.code()),
        ..attribute(ids, link, "service", term, None)
    }
}

/// The places of a service as service-at-locations, each with its location.
pub fn service_at_locations(x: &HsdsExport<'_>, s: &ServiceDetail) -> Vec<ServiceAtLocation> {
    s.locations
        .iter()
        .enumerate()
        .map(|(i, place)| {
            let location = location(x, s.id, i, place);
            ServiceAtLocation {
                id: x.ids.place(Kind::ServiceAtLocation, s.id, i),
                service_id: Some(x.ids.service(s.id)),
                location_id: Some(location.id.clone()),
                schedules: schedules(&x.ids, &format!("place/{}/{i}", s.id), place.hours.as_ref()),
                location: Some(location),
                service: Some(ServiceBrief {
                    id: x.ids.service(s.id),
                    name: s.name.clone(),
                    status: "active".into(),
                }),
            }
        })
        .collect()
}

fn location(x: &HsdsExport<'_>, service: i64, i: usize, place: &Place) -> Location {
    let id = x.ids.place(Kind::Location, service, i);
    let approximate = place.position_approximate.then(|| {
        attribute(
            &x.ids,
            &id,
            "location",
            TermRef::property(Property::ApproximatePosition),
            Some("true".into()),
        )
    });
    Location {
        location_type: "physical".into(),
        name: place.name.clone(),
        latitude: place.position.map(|p| p.lat()),
        longitude: place.position.map(|p| p.lon()),
        external_identifier: Some(place.municipality.code.number().to_string()),
        external_identifier_type: Some("ruian-obec".into()),
        addresses: vec![Address {
            id: x.ids.named(&format!("address/{id}")),
            location_id: Some(id.clone()),
            address_1: place
                .street
                .clone()
                .or_else(|| place.name.clone())
                .unwrap_or_else(|| place.municipality.name.clone()),
            city: place.municipality.name.clone(),
            state_province: x.region.to_owned(),
            postal_code: place
                .postcode
                .as_ref()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            country: "CZ".into(),
            address_type: "physical".into(),
        }],
        attributes: approximate.into_iter().collect(),
        id,
    }
}

/// An organization; `services` are its published services, mapped as `service` does.
pub fn organization(
    x: &HsdsExport<'_>,
    o: &OrganizationDetail,
    services: Vec<Service>,
) -> Organization {
    let id = x.ids.organization(o.id);
    let owner = format!("organization/{}", o.id);
    let address = o.municipality.as_ref().map(|m| Location {
        id: x.ids.named(&format!("{owner}/seat")),
        location_type: "postal".into(),
        name: Some("Sídlo".into()),
        latitude: None,
        longitude: None,
        external_identifier: Some(m.code.number().to_string()),
        external_identifier_type: Some("ruian-obec".into()),
        addresses: vec![Address {
            id: x.ids.named(&format!("{owner}/seat/address")),
            location_id: Some(x.ids.named(&format!("{owner}/seat"))),
            address_1: o.street.clone().unwrap_or_else(|| m.name.clone()),
            city: m.name.clone(),
            state_province: x.region.to_owned(),
            postal_code: o
                .postcode
                .as_ref()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            country: "CZ".into(),
            address_type: "postal".into(),
        }],
        attributes: Vec::new(),
    });
    Organization {
        name: o.name.clone(),
        description: o.description.clone(),
        email: o.emails.first().map(|e| e.as_str().to_owned()),
        website: o.web.as_ref().map(|w| w.as_str().to_owned()),
        legal_status: o.legal_form.clone(),
        organization_identifiers: o
            .ico
            .iter()
            .map(|ico| OrganizationIdentifier {
                id: x.ids.named(&format!("{owner}/ico")),
                organization_id: id.clone(),
                identifier_scheme: Some("CZ-ICO".into()),
                identifier_type: "IČO".into(),
                identifier: ico.as_str().to_owned(),
            })
            .collect(),
        phones: phones(&x.ids, &owner, &o.phones),
        locations: address.into_iter().collect(),
        contacts: extra_emails(&x.ids, &owner, &o.emails),
        attributes: o
            .contact_note
            .iter()
            .map(|note| {
                let term = TermRef::property(Property::ContactNote);
                attribute(&x.ids, &id, "organization", term, Some(note.clone()))
            })
            .collect(),
        services,
        id,
        unknown: Default::default(),
    }
}

fn attribute(
    ids: &Ids,
    link: &str,
    entity: &str,
    term: TermRef,
    value: Option<String>,
) -> Attribute {
    Attribute {
        id: ids.named(&format!(
            "attribute/{link}/{}/{}",
            term.taxonomy as u8, term.index
        )),
        link_id: Some(link.to_owned()),
        link_type: Some(entity.to_owned()),
        link_entity: Some(entity.to_owned()),
        taxonomy_term_id: Some(term.id(ids)),
        value,
        taxonomy_term: Some(term.to_hsds(ids)),
    }
}

fn phones(ids: &Ids, owner: &str, phones: &[PhoneNumber]) -> Vec<Phone> {
    phones
        .iter()
        .enumerate()
        .map(|(i, p)| Phone {
            id: ids.named(&format!("{owner}/phone/{i}")),
            number: p.display().to_owned(),
        })
        .collect()
}

/// HSDS has one e-mail per service and organization; the others become contacts.
fn extra_emails(ids: &Ids, owner: &str, emails: &[Email]) -> Vec<Contact> {
    emails
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, e)| Contact {
            id: ids.named(&format!("{owner}/email/{i}")),
            email: Some(e.as_str().to_owned()),
        })
        .collect()
}

/// One schedule per weekly slot, each with the hours as typed; nonstop is one schedule saying so.
fn schedules(ids: &Ids, owner: &str, hours: Option<&OpeningHours>) -> Vec<Schedule> {
    let Some(hours) = hours else {
        return Vec::new();
    };
    let description = Some(hours.to_string());
    let slots = hours.weekly_slots();
    if slots.is_empty() {
        return vec![Schedule {
            id: ids.named(&format!("{owner}/schedule/0")),
            freq: None,
            byday: None,
            opens_at: None,
            closes_at: None,
            description,
        }];
    }
    slots
        .into_iter()
        .enumerate()
        .map(|(i, (days, opens, closes))| Schedule {
            id: ids.named(&format!("{owner}/schedule/{i}")),
            freq: Some("WEEKLY".into()),
            byday: Some(days.join(",")),
            opens_at: Some(opens),
            closes_at: Some(closes),
            description: description.clone(),
        })
        .collect()
}

fn text(value: &str) -> Option<String> {
    (!value.trim().is_empty()).then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MunicipalityRef, OrganizationRef};
    use crate::{DeliveryForm, MunicipalityCode, RegisterId, ServiceType, TargetGroup};

    fn detail() -> ServiceDetail {
        let pisek = MunicipalityRef {
            code: MunicipalityCode::parse("549240").unwrap(),
            name: "Písek".into(),
        };
        ServiceDetail {
            id: 7,
            name: "Poradna".into(),
            description: "Pomáháme s dluhy.".into(),
            service_type: Some(ServiceType::ALL[0]),
            register_id: Some(RegisterId::parse("1234567").unwrap()),
            forms: vec![DeliveryForm::Outpatient],
            languages: vec![crate::ServiceLanguage::Ukrainian],
            target_groups: vec![TargetGroup::ALL[0]],
            audiences: Vec::new(),
            organization: OrganizationRef {
                id: 3,
                name: "Spolek".into(),
            },
            locations: vec![Place {
                name: None,
                street: Some("Nádražní 1".into()),
                municipality: pisek.clone(),
                postcode: None,
                position: Some(crate::Coordinates::new(49.3, 14.1).unwrap()),
                position_approximate: true,
                hours: None,
            }],
            area: vec![pisek],
            hours: Some(OpeningHours::parse("po–pá 8:00–12:00, 13:00–16:00").unwrap()),
            phones: vec![PhoneNumber::parse("382 123 456").unwrap()],
            emails: vec![
                Email::parse("a@b.cz").unwrap(),
                Email::parse("c@d.cz").unwrap(),
            ],
            web: None,
            cost: Some("zdarma".into()),
            contact_note: None,
            other_services: Vec::new(),
            verified_at: Some(86_400),
            keywords: "exekuce".into(),
            key: None,
            capacities: vec![Capacity {
                form: DeliveryForm::Outpatient,
                kind: crate::capacity::CapacityKind::Contacts,
                maximum: 12,
            }],
        }
    }

    #[test]
    fn czech_fields_become_terms_attributes_and_standard_fields() {
        let x = HsdsExport {
            ids: Ids::new("https://pomoc.example"),
            audiences: &[],
            region: "Jihočeský kraj",
        };
        let service = service(&x, &detail());
        let value = |code: &str| {
            service
                .attributes
                .iter()
                .find(|a| a.taxonomy_term.as_ref().and_then(|t| t.code.as_deref()) == Some(code))
                .map(|a| a.value.clone())
        };
        assert_eq!(value("registr-id"), Some(Some("1234567".into())));
        assert_eq!(value("klicova-slova"), Some(Some("exekuce".into())));
        assert_eq!(
            value("kapacita-registrovana"),
            Some(Some("ambulantni kontakty 12".into()))
        );
        assert_eq!(value(ServiceType::ALL[0].slug()), Some(None));
        assert_eq!(value("ambulantni"), Some(None));
        assert_eq!(service.assured_date.as_deref(), Some("1970-01-02"));
        assert_eq!(service.email.as_deref(), Some("a@b.cz"));
        assert_eq!(service.languages[0].code.as_deref(), Some("uk"));
        assert_eq!(service.languages[0].name.as_deref(), Some("ukrajinština"));
        assert_eq!(service.contacts[0].email.as_deref(), Some("c@d.cz"));
        assert_eq!(service.schedules.len(), 2, "one per opening of the day");
        assert_eq!(
            service.schedules[0].byday.as_deref(),
            Some("MO,TU,WE,TH,FR")
        );
        assert_eq!(service.schedules[1].opens_at.as_deref(), Some("13:00"));
        assert_eq!(
            service.service_areas[0].uri.as_deref(),
            Some("https://linked.cuzk.cz/resource/ruian/obec/549240")
        );
        let place = service.service_at_locations[0].location.as_ref().unwrap();
        assert_eq!(place.addresses[0].state_province, "Jihočeský kraj");
        assert!(
            place.attributes[0]
                .taxonomy_term
                .as_ref()
                .unwrap()
                .code
                .as_deref()
                == Some("poloha-priblizna")
        );
        let item = service_item(&x, &ServiceCore::from(&detail()));
        assert!(item.attributes.is_empty() && item.phones.is_empty());
        assert_eq!(item.name, service.name);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const DAYS: [&str; 7] = ["po", "út", "st", "čt", "pá", "so", "ne"];

    /// Opening hours as staff type them: one to three lines of a day run and one or two times.
    fn hours() -> impl Strategy<Value = String> {
        let line = (0usize..7, 0usize..7, 0u16..20, 1u16..4, 0u16..2).prop_map(
            |(a, b, start, length, second)| {
                let (first, last) = (a.min(b), a.max(b));
                let days = if first == last {
                    DAYS[first].to_owned()
                } else {
                    format!("{}–{}", DAYS[first], DAYS[last])
                };
                let end = start + length;
                let mut times = format!("{start}:00–{end}:00");
                if second == 1 && end + 1 < 24 {
                    times.push_str(&format!(", {}:30–{}:00", end, end + 1));
                }
                format!("{days} {times}")
            },
        );
        proptest::collection::vec(line, 1..4).prop_map(|lines| lines.join("; "))
    }

    proptest! {
        /// What an importer reads back from the schedules (their description) is the hours, and
        /// there is one weekly slot per opening.
        #[test]
        fn schedules_carry_the_hours_whole(text in hours()) {
            let hours = OpeningHours::parse(&text).unwrap();
            let ids = Ids::new("https://pomoc.example");
            let written = schedules(&ids, "service/1", Some(&hours));
            let openings = text.matches(":00–").count() + text.matches(":30–").count();
            prop_assert_eq!(openings, written.len());
            for schedule in &written {
                let back = OpeningHours::parse(schedule.description.as_deref().unwrap()).unwrap();
                prop_assert_eq!(&back, &hours);
                prop_assert_eq!(schedule.freq.as_deref(), Some("WEEKLY"));
                prop_assert!(schedule.opens_at < schedule.closes_at);
            }
        }
    }
}
