//! Counting a signal while a page renders: in the store's memory, no IO, nothing of the request
//! kept. Pages the service worker fetches ahead (`Pomoc-Precache`) count nothing: nobody is
//! reading them yet. The recorder is taken when a render begins, while the request's context is
//! there for certain (a request the client abandons loses it while awaiting the database).

#[cfg(feature = "ssr")]
use domain::needs::Signal;

/// The query key of the wizard's "Nenašli jste svou situaci?" link to the catalogue, naming
/// the question it was followed from.
pub const FROM_WIZARD: &str = "pruvodce";

/// Counts signals for the page being rendered.
#[cfg(feature = "ssr")]
pub struct Recorder(store::Store);

#[cfg(feature = "ssr")]
impl Recorder {
    /// The page's recorder; none for a page fetched ahead by the service worker.
    pub fn for_page() -> Option<Recorder> {
        use leptos::prelude::use_context;
        let precached = use_context::<http::request::Parts>()
            .is_some_and(|parts| parts.headers.contains_key("pomoc-precache"));
        if precached {
            return None;
        }
        use_context::<store::Store>().map(Recorder)
    }

    pub fn count(&self, signal: Option<Signal>) {
        if let Some(signal) = signal {
            self.0.count_signal(signal, crate::state::now());
        }
    }
}

/// The question a catalogue address says it came from (`?pruvodce=`), as a signal.
#[cfg(feature = "ssr")]
pub fn from_wizard(raw_query: &str) -> Option<Signal> {
    domain::query::parse_pairs(raw_query)
        .ok()?
        .into_iter()
        .find(|(key, _)| key == FROM_WIZARD)
        .and_then(|(_, node)| Signal::wizard_not_found(&node))
}
