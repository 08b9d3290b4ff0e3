//! Property tests of the open-data mapping: any service the catalogue can hold, exported as
//! HSDS, reads back into the same fields; and the HSDS service, written as the CSV tables'
//! rows and nested again, is the same object.

use super::{Notes, service_entry};
use crate::capacity::{Capacity, CapacityKind};
use crate::catalog::{Location, MunicipalityRef, OrganizationRef, ServiceDetail};
use crate::hsds::tabular::{Children, Record, Rows, TAXONOMY_TERMS};
use crate::hsds::{self, HsdsExport, Ids};
use crate::{
    Coordinates, DeliveryForm, Email, MunicipalityCode, Phone, Postcode, RegisterId,
    ServiceLanguage, ServiceType, TargetGroup,
};
use proptest::prelude::*;

const TOWNS: [(&str, &str); 3] = [
    ("549240", "Písek"),
    ("549398", "Milevsko"),
    ("549941", "Protivín"),
];

fn town(i: usize) -> MunicipalityRef {
    MunicipalityRef {
        code: MunicipalityCode::parse(TOWNS[i].0).unwrap(),
        name: TOWNS[i].1.into(),
    }
}

fn subset<T: Copy + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    proptest::collection::vec(any::<bool>(), all.len()).prop_map(move |picked| {
        all.iter()
            .zip(picked)
            .filter(|(_, p)| *p)
            .map(|(v, _)| *v)
            .collect()
    })
}

/// Text as staff type it: letters, punctuation CSV must quote, line breaks; not blank.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-zěščřžýáíéůú0-9][A-Za-zěščřžýáíéůú0-9 ,;\"'\n\\-]{0,40}"
}

fn place() -> impl Strategy<Value = Location> {
    (
        proptest::option::of("[A-Z][a-zě]{2,10} [0-9]{1,3}"),
        0usize..3,
        proptest::option::of("39[0-9]{3}"),
        any::<bool>(),
        (49.0f64..50.0, 13.5f64..15.0),
    )
        .prop_map(
            |(street, town_index, postcode, approximate, (lat, lon))| Location {
                name: None,
                street,
                municipality: town(town_index),
                postcode: postcode.map(|p| Postcode::parse(&p).unwrap()),
                position: Some(Coordinates::new(lat, lon).unwrap()),
                position_approximate: approximate,
                hours: None,
            },
        )
}

prop_compose! {
    fn detail()(
        name in text(),
        description in proptest::option::of(text()),
        keywords in proptest::option::of("[a-z][a-z ,]{0,29}"),
        service_type in proptest::option::of(0usize..ServiceType::ALL.len()),
        register_id in proptest::option::of("[0-9]{7}"),
        forms in subset(DeliveryForm::ALL),
        languages in subset(ServiceLanguage::ALL),
        target_groups in subset(TargetGroup::ALL),
        phones in proptest::collection::vec("[2-9][0-9]{8}", 0..3),
        emails in proptest::collection::vec("[a-z]{1,8}@[a-z]{2,8}\\.cz", 0..3),
        cost in proptest::option::of(text()),
        contact_note in proptest::option::of(text()),
        area in subset(&[0usize, 1, 2]),
        locations in proptest::collection::vec(place(), 0..3),
        capacities in proptest::collection::btree_map((0usize..3, 0usize..5), 1u32..500, 0..3),
    ) -> ServiceDetail {
        ServiceDetail {
            id: 5,
            name,
            description: description.unwrap_or_default(),
            service_type: service_type.map(|i| ServiceType::ALL[i]),
            register_id: register_id.map(|r| RegisterId::parse(&r).unwrap()),
            forms,
            languages,
            target_groups,
            audiences: Vec::new(),
            organization: OrganizationRef { id: 2, name: "Spolek".into() },
            locations,
            area: area.into_iter().map(town).collect(),
            hours: None,
            phones: phones.iter().map(|p| Phone::parse(p).unwrap()).collect(),
            emails: emails.iter().map(|e| Email::parse(e).unwrap()).collect(),
            web: None,
            cost,
            contact_note,
            other_services: Vec::new(),
            verified_at: None,
            keywords: keywords.unwrap_or_default(),
            key: None,
            capacities: capacities
                .into_iter()
                .map(|((form, kind), maximum)| Capacity {
                    form: DeliveryForm::ALL[form],
                    kind: CapacityKind::ALL[kind],
                    maximum,
                })
                .collect(),
        }
    }
}

fn export(detail: &ServiceDetail) -> hsds::Service {
    let x = HsdsExport {
        ids: Ids::new("https://pomoc.example"),
        audiences: &[],
        region: "Jihočeský kraj",
    };
    hsds::service(&x, detail)
}

/// The rows as a CSV reader gives them back: column → cell.
fn records(rows: Rows) -> Vec<(crate::hsds::tabular::Table, Record)> {
    rows.rows
        .into_iter()
        .map(|(table, cells)| {
            let record = table
                .columns
                .iter()
                .map(|c| (*c).to_owned())
                .zip(cells)
                .collect();
            (table, record)
        })
        .collect()
}

proptest! {
    #[test]
    fn a_service_exported_as_hsds_reads_back_into_the_same_fields(detail in detail()) {
        let mut notes = Notes::new();
        let entry = service_entry(&export(&detail), &mut notes).unwrap();
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(&entry.name, &detail.name);
        prop_assert_eq!(&entry.description, &detail.description);
        prop_assert_eq!(&entry.keywords, &detail.keywords);
        prop_assert_eq!(entry.service_type, detail.service_type);
        prop_assert_eq!(&entry.register_id, &detail.register_id);
        prop_assert_eq!(&entry.forms, &detail.forms);
        prop_assert_eq!(&entry.languages, &detail.languages);
        prop_assert_eq!(&entry.target_groups, &detail.target_groups);
        prop_assert_eq!(&entry.phones, &detail.phones);
        prop_assert_eq!(&entry.emails, &detail.emails);
        prop_assert_eq!(&entry.cost, &detail.cost);
        prop_assert_eq!(&entry.contact_note, &detail.contact_note);
        prop_assert_eq!(&entry.capacities, &detail.capacities);
        let area: Vec<_> = detail.area.iter().map(|m| m.code).collect();
        prop_assert_eq!(&entry.area, &area);
        prop_assert_eq!(entry.locations.len(), detail.locations.len());
        for (read, place) in entry.locations.iter().zip(&detail.locations) {
            prop_assert_eq!(&read.street, &place.street);
            prop_assert_eq!(read.municipality, place.municipality.code);
            prop_assert_eq!(&read.postcode, &place.postcode);
            let position = (!place.position_approximate).then_some(place.position).flatten();
            prop_assert_eq!(read.position, position);
        }
    }

    #[test]
    fn a_service_written_as_csv_rows_nests_back_into_the_same_object(detail in detail()) {
        let service = export(&detail);
        let mut children = Children::default();
        let mut own = None;
        for (table, record) in records(Rows::service(&service, &mut |_| true)) {
            if table == crate::hsds::tabular::SERVICES {
                own = Some(record);
            } else {
                children.add(table, record);
            }
        }
        for attribute in service.attributes.iter().chain(
            service.service_at_locations.iter()
                .flat_map(|at| at.location.iter().flat_map(|l| l.attributes.iter())),
        ) {
            let term = attribute.taxonomy_term.as_ref().unwrap();
            for (table, record) in records(Rows::term(term)) {
                prop_assert_eq!(table, TAXONOMY_TERMS);
                children.add(table, record);
            }
        }
        let back = children.service(&own.unwrap()).unwrap();
        let mut expected = service.clone();
        expected.organization = None;
        for at in &mut expected.service_at_locations {
            at.service = None;
        }
        prop_assert_eq!(back, expected);
    }
}
