//! Any bytes as a CSV table with a header: every row is filed as a child of every table, then
//! each row is nested into a service and an organization and read into the portal's entries;
//! nothing may panic.
#![no_main]

use domain::hsds::tabular::{Children, Record, TABLES};
use domain::import::{Notes, organization_entry, service_entry};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let Ok(header) = reader.headers().cloned() else {
        return;
    };
    let rows: Vec<Record> = reader
        .records()
        .take(50)
        .filter_map(Result::ok)
        .map(|row| {
            header
                .iter()
                .zip(row.iter())
                .map(|(c, v)| (c.to_owned(), v.to_owned()))
                .collect()
        })
        .collect();
    let mut children = Children::default();
    for row in &rows {
        for table in TABLES {
            children.add(table, row.clone());
        }
    }
    let mut notes = Notes::new();
    for row in &rows {
        if let Ok(service) = children.service(row) {
            let _ = service_entry(&service, &mut notes);
        }
        if let Ok(organization) = children.organization(row) {
            let _ = organization_entry(&organization, &mut notes);
        }
    }
});
