//! Any bytes as `services.json` and `organizations.json`: each object that parses is read into
//! the portal's entries; nothing may panic.
#![no_main]

use domain::hsds::{Organization, Service};
use domain::import::{Notes, organization_entry, service_entry};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut notes = Notes::new();
    if let Ok(services) = serde_json::from_slice::<Vec<Service>>(data) {
        for service in &services {
            let _ = service_entry(service, &mut notes);
        }
    }
    if let Ok(organizations) = serde_json::from_slice::<Vec<Organization>>(data) {
        for organization in &organizations {
            let _ = organization_entry(organization, &mut notes);
        }
    }
});
