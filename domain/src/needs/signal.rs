//! One signal: a kind and what it is about, with nothing of the request it came from. The
//! constructors decide what a subject may hold: folded search words (never the raw text), a
//! filter's canonical query, a wizard node's key, a topic's slug, a municipality's code.

use crate::MunicipalityCode;
use crate::filter::Filter;
use crate::slug::Slug;
use crate::text::{is_stopword, words};
use serde::{Deserialize, Serialize};

/// At most this many results make a search "few results".
pub const FEW_RESULTS: u64 = 2;

/// The longest subject kept; longer ones are cut at a word.
const MAX_SUBJECT: usize = 120;

/// At most this many words of a search make its subject.
const MAX_WORDS: usize = 6;

/// What residents looked for and did not (fully) find.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SignalKind {
    /// A catalogue search with text that found nothing.
    SearchEmpty,
    /// A catalogue search with text that found one or two services.
    SearchFew,
    /// Catalogue filters (no text) that found nothing.
    FilterEmpty,
    /// A wizard question shown by the server (a walk begun or walked without JavaScript).
    WizardStep,
    /// A wizard outcome reached.
    WizardOutcome,
    /// "Nenašli jste svou situaci?" followed from a question to the catalogue.
    WizardNotFound,
    /// An outcome shown for a municipality where none of its services is present.
    OutcomeNoLocal,
    /// A "Chybí tu služba?" message, by its topic.
    MissingService,
}

impl SignalKind {
    pub const ALL: [SignalKind; 8] = [
        SignalKind::SearchEmpty,
        SignalKind::SearchFew,
        SignalKind::FilterEmpty,
        SignalKind::WizardStep,
        SignalKind::WizardOutcome,
        SignalKind::WizardNotFound,
        SignalKind::OutcomeNoLocal,
        SignalKind::MissingService,
    ];

    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            SignalKind::SearchEmpty => "hledani-bez-vysledku",
            SignalKind::SearchFew => "hledani-malo-vysledku",
            SignalKind::FilterEmpty => "filtr-bez-vysledku",
            SignalKind::WizardStep => "pruvodce-otazka",
            SignalKind::WizardOutcome => "pruvodce-vysledek",
            SignalKind::WizardNotFound => "pruvodce-nenasli",
            SignalKind::OutcomeNoLocal => "vysledek-bez-mistni-sluzby",
            SignalKind::MissingService => "chybi-sluzba",
        }
    }

    pub fn parse(code: &str) -> Option<SignalKind> {
        SignalKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// How planners read it.
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::SearchEmpty => "Hledání bez výsledku",
            SignalKind::SearchFew => "Hledání s jedním nebo dvěma výsledky",
            SignalKind::FilterEmpty => "Filtry katalogu bez výsledku",
            SignalKind::WizardStep => "Otázky průvodce zobrazené serverem",
            SignalKind::WizardOutcome => "Průvodce došel k výsledku",
            SignalKind::WizardNotFound => "Průvodce: „Nenašli jste svou situaci?“",
            SignalKind::OutcomeNoLocal => "Výsledek průvodce bez služby v obci",
            SignalKind::MissingService => "Zprávy „Chybí tu služba“",
        }
    }

    /// Kinds whose subjects the report reads whole, however rare: names from the portal's own
    /// lists (wizard steps, topics; an outcome with a municipality, added up per outcome).
    /// Searches and filters are free choices and are read only from five counts up.
    pub fn listed_whole(self) -> bool {
        !matches!(
            self,
            SignalKind::SearchEmpty | SignalKind::SearchFew | SignalKind::FilterEmpty
        )
    }
}

/// A signal as counted: its kind and subject, nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Signal {
    pub kind: SignalKind,
    pub subject: String,
}

impl Signal {
    fn new(kind: SignalKind, subject: impl Into<String>) -> Signal {
        Signal {
            kind,
            subject: cut(subject.into()),
        }
    }

    /// A search with text that found `results` services: a signal when it found none or few.
    /// The subject is the search's folded words without stopwords, sorted, each once, so
    /// "Dluhy, EXEKUCE" and "exekuce dluhy" count as one.
    pub fn search(text: &str, results: u64) -> Option<Signal> {
        let kind = match results {
            0 => SignalKind::SearchEmpty,
            n if n <= FEW_RESULTS => SignalKind::SearchFew,
            _ => return None,
        };
        let mut terms: Vec<String> = words(text)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && !is_stopword(w))
            .collect();
        terms.sort();
        terms.dedup();
        terms.truncate(MAX_WORDS);
        (!terms.is_empty()).then(|| Signal::new(kind, terms.join(" ")))
    }

    /// Filters without text that found nothing; the subject is their canonical query (first
    /// page). A search with text is counted by [`Signal::search`] instead.
    pub fn empty_filter(filter: &Filter, results: u64) -> Option<Signal> {
        if results > 0 || !filter.text.is_empty() {
            return None;
        }
        let query = Filter {
            page: 1,
            ..filter.clone()
        }
        .to_query();
        (!query.is_empty()).then(|| Signal::new(SignalKind::FilterEmpty, query))
    }

    pub fn wizard_step(node: &Slug) -> Signal {
        Signal::new(SignalKind::WizardStep, node.as_str().to_owned())
    }

    pub fn wizard_outcome(node: &Slug) -> Signal {
        Signal::new(SignalKind::WizardOutcome, node.as_str().to_owned())
    }

    /// "Not found" followed from the question `node` (as the link names it; a malformed name
    /// counts nothing).
    pub fn wizard_not_found(node: &str) -> Option<Signal> {
        let node = Slug::parse(node).ok()?;
        Some(Signal::new(
            SignalKind::WizardNotFound,
            node.as_str().to_owned(),
        ))
    }

    /// The outcome `node` shown for `municipality`, where none of its services is present.
    pub fn outcome_without_local(node: &Slug, municipality: MunicipalityCode) -> Signal {
        Signal::new(SignalKind::OutcomeNoLocal, format!("{node} {municipality}"))
    }

    /// A "Chybí tu služba?" message about `topic` (none: "jine").
    pub fn missing_service(topic: Option<&Slug>) -> Signal {
        let topic = topic.map_or_else(|| OTHER_TOPIC.to_owned(), |t| t.as_str().to_owned());
        Signal::new(SignalKind::MissingService, topic)
    }
}

/// The topic of a "Chybí tu služba?" message that named none.
pub const OTHER_TOPIC: &str = "jine";

fn cut(mut subject: String) -> String {
    if subject.len() > MAX_SUBJECT {
        let mut end = MAX_SUBJECT;
        while !subject.is_char_boundary(end) {
            end -= 1;
        }
        subject.truncate(end);
    }
    subject
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_count_folded_sorted_words_never_the_raw_text() {
        let a = Signal::search("Dluhy, EXEKUCE a  exekuce!", 0).unwrap();
        let b = Signal::search("exekuce dluhy", 0).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.kind, SignalKind::SearchEmpty);
        assert_eq!(a.subject, "dluhy exekuce");
        assert_eq!(
            Signal::search("Půjčka na nájem", 2).unwrap(),
            Signal {
                kind: SignalKind::SearchFew,
                subject: "najem pujcka".into()
            }
        );
        assert_eq!(Signal::search("pečovatelská služba", 3), None);
        assert_eq!(Signal::search("a v na", 0), None, "only stopwords");
    }

    #[test]
    fn a_long_search_keeps_its_first_sorted_words() {
        let signal = Signal::search(&"slovo ".repeat(50), 0).unwrap();
        assert_eq!(signal.subject, "slovo");
        let many = Signal::search("hh gg ff ee dd cc bb aa ii jj", 0).unwrap();
        assert_eq!(many.subject.split(' ').count(), MAX_WORDS);
    }

    #[test]
    fn empty_filters_count_their_first_page() {
        let mut filter = Filter::from_query("druh=azylove-domy&obec=549240&strana=3")
            .unwrap()
            .filter;
        let signal = Signal::empty_filter(&filter, 0).unwrap();
        assert_eq!(signal.subject, "druh=azylove-domy&obec=549240");
        assert_eq!(Signal::empty_filter(&filter, 1), None);
        filter.text = "azyl".into();
        assert_eq!(
            Signal::empty_filter(&filter, 0),
            None,
            "a search counts as a search"
        );
        assert_eq!(Signal::empty_filter(&Filter::default(), 0), None);
    }

    #[test]
    fn wizard_signals_name_nodes_only() {
        assert_eq!(Signal::wizard_not_found("dluhy").unwrap().subject, "dluhy");
        assert_eq!(Signal::wizard_not_found("<script>"), None);
        let node = Slug::parse("nemam-co-jist").unwrap();
        let code = MunicipalityCode::parse("549240").unwrap();
        assert_eq!(
            Signal::outcome_without_local(&node, code).subject,
            "nemam-co-jist 549240"
        );
        assert_eq!(Signal::missing_service(None).subject, "jine");
    }

    #[test]
    fn kinds_read_back_from_their_codes() {
        for kind in SignalKind::ALL {
            assert_eq!(SignalKind::parse(kind.code()), Some(kind));
        }
        assert_eq!(SignalKind::parse("nic"), None);
        let free = SignalKind::ALL.iter().filter(|k| !k.listed_whole()).count();
        assert_eq!(
            free, 3,
            "store/src/needs/signals.rs binds three kinds read from five up"
        );
    }
}
