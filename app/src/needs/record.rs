//! Counting a signal while a page renders: in the store's memory, no IO, nothing of the request
//! kept. Pages the service worker fetches ahead (`Pomoc-Precache`) count nothing: nobody is
//! reading them yet. The recorder is taken when a render begins, while the request's context is
//! there for certain (a request the client abandons loses it while awaiting the database).
//! When the server keeps the page rendered, the signals are also written down for it
//! ([`RenderedSignals`]), to be counted again each time the kept page is served.

#[cfg(feature = "ssr")]
use domain::needs::Signal;

/// The header the service worker sends with the pages it fetches ahead.
pub const PRECACHE_HEADER: &str = "pomoc-precache";

/// The query key of the wizard's "Nenašli jste svou situaci?" link to the catalogue, naming
/// the question it was followed from.
pub const FROM_WIZARD: &str = "pruvodce";

/// The signals a page's render counted, in the request's extensions when the server means to
/// keep the page rendered: a visit served the kept page counts what its render counted.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default)]
pub struct RenderedSignals(pub std::sync::Arc<std::sync::Mutex<Vec<Signal>>>);

#[cfg(feature = "ssr")]
impl RenderedSignals {
    /// What was counted so far.
    pub fn taken(&self) -> Vec<Signal> {
        self.0
            .lock()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default()
    }
}

/// Counts signals for the page being rendered.
#[cfg(feature = "ssr")]
pub struct Recorder {
    store: store::Store,
    rendered: Option<RenderedSignals>,
}

#[cfg(feature = "ssr")]
impl Recorder {
    /// The page's recorder; none for a page fetched ahead by the service worker.
    pub fn for_page() -> Option<Recorder> {
        use leptos::prelude::use_context;
        let parts = use_context::<http::request::Parts>();
        let precached = parts
            .as_ref()
            .is_some_and(|parts| parts.headers.contains_key(PRECACHE_HEADER));
        if precached {
            return None;
        }
        let rendered = parts.and_then(|p| p.extensions.get::<RenderedSignals>().cloned());
        use_context::<store::Store>().map(|store| Recorder { store, rendered })
    }

    pub fn count(&self, signal: Option<Signal>) {
        let Some(signal) = signal else {
            return;
        };
        if let Some(RenderedSignals(list)) = &self.rendered
            && let Ok(mut list) = list.lock()
        {
            list.push(signal.clone());
        }
        self.store.count_signal(signal, crate::state::now());
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
