//! Counting a signal while a page renders: in the store's memory, no IO, nothing of the request
//! kept. Pages the service worker fetches ahead (`Pomoc-Precache`) count nothing: nobody is
//! reading them yet.

use domain::needs::Signal;

/// The query key of the wizard's "Nenašli jste svou situaci?" link to the catalogue, naming
/// the question it was followed from.
pub const FROM_WIZARD: &str = "pruvodce";

#[cfg(feature = "ssr")]
pub fn count(signal: Option<Signal>) {
    let Some(signal) = signal else {
        return;
    };
    let precached = leptos::prelude::use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.headers.contains_key("pomoc-precache"));
    if precached {
        return;
    }
    if let Ok(store) = crate::state::store() {
        store.count_signal(signal, crate::state::now());
    }
}

#[cfg(not(feature = "ssr"))]
pub fn count(_signal: Option<Signal>) {}

/// The question a catalogue address says it came from (`?pruvodce=`), as a signal.
pub fn from_wizard(raw_query: &str) -> Option<Signal> {
    domain::query::parse_pairs(raw_query)
        .ok()?
        .into_iter()
        .find(|(key, _)| key == FROM_WIZARD)
        .and_then(|(_, node)| Signal::wizard_not_found(&node))
}
