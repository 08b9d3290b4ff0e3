//! Any bytes as the national register's `rpss.json`: each item that parses is read into a
//! provider and a service; nothing may panic.
#![no_main]

use domain::import::Notes;
use domain::import::register::{Document, entries};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = serde_json::from_slice::<Document>(data) {
        let mut notes = Notes::new();
        for item in &document.polozky {
            let _ = entries(item, "2026-11-24", &mut notes);
        }
    }
});
