//! The one search filter. A resident's choices (audience, target groups, service types, delivery
//! forms, languages, municipality, text, page) live in the URL query; the catalogue, the map, the print view,
//! the embed and the open-data API all read them through [`Filter::from_query`].

use crate::audience::AudienceSlug;
use crate::code_list::UnknownCode;
use crate::delivery_form::DeliveryForm;
use crate::ids::MunicipalityCode;
use crate::query::{self, QueryError};
use crate::service_language::ServiceLanguage;
use crate::service_type::ServiceType;
use crate::target_group::TargetGroup;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Longest query string we read; longer ones are refused with 400.
pub const MAX_QUERY_LEN: usize = 8192;
/// Longest search text; the rest is cut off with a notice.
pub const MAX_TEXT_CHARS: usize = 200;
/// Highest page number anyone can ask for.
pub const MAX_PAGE: u32 = 10_000;

/// The query keys, in Czech because people see them in links they share.
pub mod keys {
    pub const AUDIENCE: &str = "skupina";
    pub const TARGET_GROUP: &str = "cilova";
    pub const SERVICE_TYPE: &str = "druh";
    pub const FORM: &str = "forma";
    pub const LANGUAGE: &str = "jazyk";
    pub const MUNICIPALITY: &str = "obec";
    pub const TEXT: &str = "q";
    pub const PAGE: &str = "strana";
}

/// What a resident asked for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Filter {
    pub audience: Option<AudienceSlug>,
    pub target_groups: BTreeSet<TargetGroup>,
    pub service_types: BTreeSet<ServiceType>,
    pub forms: BTreeSet<DeliveryForm>,
    /// Languages the service helps in; any of them will do.
    pub languages: BTreeSet<ServiceLanguage>,
    pub municipality: Option<MunicipalityCode>,
    /// Free text as typed, with runs of whitespace collapsed; at most [`MAX_TEXT_CHARS`].
    pub text: String,
    /// 1-based.
    pub page: u32,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            audience: None,
            target_groups: BTreeSet::new(),
            service_types: BTreeSet::new(),
            forms: BTreeSet::new(),
            languages: BTreeSet::new(),
            municipality: None,
            text: String::new(),
            page: 1,
        }
    }
}

/// Something in the query that was left out; the page says so and shows the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterNotice {
    UnknownValue(UnknownCode),
    InvalidAudience(String),
    InvalidMunicipality(String),
    InvalidPage(String),
    TextShortened,
}

impl fmt::Display for FilterNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FilterNotice::UnknownValue(unknown) => write!(f, "Vynechali jsme {unknown}."),
            FilterNotice::InvalidAudience(v) => {
                write!(f, "Skupinu „{v}“ neznáme, ukazujeme služby pro všechny.")
            }
            FilterNotice::InvalidMunicipality(v) => {
                write!(f, "„{v}“ není kód obce, hledáme ve všech obcích.")
            }
            FilterNotice::InvalidPage(v) => write!(f, "Stránka „{v}“ neexistuje, ukazujeme první."),
            FilterNotice::TextShortened => {
                write!(
                    f,
                    "Hledaný text byl delší než {MAX_TEXT_CHARS} znaků, zkrátili jsme ho."
                )
            }
        }
    }
}

/// A filter and what had to be left out of the query it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFilter {
    pub filter: Filter,
    pub notices: Vec<FilterNotice>,
}

impl Filter {
    /// Reads a URL query. Unknown keys are ignored (tracking parameters and the like); unknown or
    /// malformed values become notices. Only an over-long or undecodable query is an error.
    pub fn from_query(raw: &str) -> Result<ParsedFilter, QueryError> {
        if raw.len() > MAX_QUERY_LEN {
            return Err(QueryError::TooLong { max: MAX_QUERY_LEN });
        }
        let mut filter = Filter::default();
        let mut notices = Vec::new();
        for (key, value) in query::parse_pairs(raw)? {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                keys::AUDIENCE => match AudienceSlug::parse(value) {
                    Ok(slug) => filter.audience = Some(slug),
                    Err(_) => notices.push(FilterNotice::InvalidAudience(shorten(value))),
                },
                keys::TARGET_GROUP => collect(value, &mut filter.target_groups, &mut notices),
                keys::SERVICE_TYPE => collect(value, &mut filter.service_types, &mut notices),
                keys::FORM => collect(value, &mut filter.forms, &mut notices),
                keys::LANGUAGE => collect(value, &mut filter.languages, &mut notices),
                keys::MUNICIPALITY => match MunicipalityCode::parse(value) {
                    Ok(code) => filter.municipality = Some(code),
                    Err(_) => notices.push(FilterNotice::InvalidMunicipality(shorten(value))),
                },
                keys::TEXT => {
                    let (text, shortened) = normalize_text(value);
                    filter.text = text;
                    if shortened {
                        notices.push(FilterNotice::TextShortened);
                    }
                }
                keys::PAGE => match value.parse::<u32>() {
                    Ok(page) if (1..=MAX_PAGE).contains(&page) => filter.page = page,
                    _ => notices.push(FilterNotice::InvalidPage(shorten(value))),
                },
                _ => {}
            }
        }
        Ok(ParsedFilter { filter, notices })
    }

    /// The canonical query string (without `?`): defaults left out, values in a fixed order, so
    /// the same filter always gives the same URL.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push((keys::TEXT, self.text.clone()));
        }
        if let Some(audience) = &self.audience {
            pairs.push((keys::AUDIENCE, audience.to_string()));
        }
        pairs.extend(
            self.target_groups
                .iter()
                .map(|v| (keys::TARGET_GROUP, v.slug().to_owned())),
        );
        pairs.extend(
            self.service_types
                .iter()
                .map(|v| (keys::SERVICE_TYPE, v.slug().to_owned())),
        );
        pairs.extend(self.forms.iter().map(|v| (keys::FORM, v.slug().to_owned())));
        pairs.extend(
            self.languages
                .iter()
                .map(|v| (keys::LANGUAGE, v.slug().to_owned())),
        );
        if let Some(code) = self.municipality {
            pairs.push((keys::MUNICIPALITY, code.to_string()));
        }
        if self.page > 1 {
            pairs.push((keys::PAGE, self.page.to_string()));
        }
        query::join_pairs(pairs)
    }

    /// The same filter on another page.
    pub fn with_page(&self, page: u32) -> Filter {
        Filter {
            page: page.clamp(1, MAX_PAGE),
            ..self.clone()
        }
    }

    /// The same filter, back on the first page, changed by `change` (used by links that add or
    /// remove one criterion).
    pub fn changed(&self, change: impl FnOnce(&mut Filter)) -> Filter {
        let mut next = Filter {
            page: 1,
            ..self.clone()
        };
        change(&mut next);
        next
    }

    /// No criterion at all (the page number does not count).
    pub fn is_unrestricted(&self) -> bool {
        self.with_page(1) == Filter::default()
    }

    /// The folded words of the search text, for the search index.
    pub fn words(&self) -> Vec<String> {
        crate::text::words(&self.text)
    }
}

/// What a URL query says about the audience: `None` when it does not mention one,
/// `Some(None)` when it clears the choice (`skupina=` or a value that is no slug),
/// `Some(Some(slug))` when it chooses one.
pub fn audience_choice(raw: &str) -> Option<Option<AudienceSlug>> {
    if raw.len() > MAX_QUERY_LEN {
        return None;
    }
    let pairs = query::parse_pairs(raw).ok()?;
    let (_, value) = pairs
        .into_iter()
        .rev()
        .find(|(key, _)| key == keys::AUDIENCE)?;
    Some(AudienceSlug::parse(value.trim()).ok())
}

fn collect<T: std::str::FromStr<Err = UnknownCode> + Ord>(
    value: &str,
    into: &mut BTreeSet<T>,
    notices: &mut Vec<FilterNotice>,
) {
    match value.parse() {
        Ok(v) => {
            into.insert(v);
        }
        Err(unknown) => notices.push(FilterNotice::UnknownValue(unknown)),
    }
}

/// Collapses whitespace and cuts the text at [`MAX_TEXT_CHARS`]; says whether it cut.
pub fn normalize_text(text: &str) -> (String, bool) {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > MAX_TEXT_CHARS {
        (
            collapsed
                .chars()
                .take(MAX_TEXT_CHARS)
                .collect::<String>()
                .trim_end()
                .to_owned(),
            true,
        )
    } else {
        (collapsed, false)
    }
}

fn shorten(value: &str) -> String {
    value.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::collection::btree_set;
    use proptest::prelude::*;
    use proptest::sample::select;

    #[test]
    fn a_full_query_parses() {
        let parsed = Filter::from_query(
            "?q=pe%C4%8Dovatelsk%C3%A1&skupina=seniori&druh=pecovatelska-sluzba&forma=terenni&forma=ambulantni&jazyk=uk&obec=549240&strana=2&utm_source=x",
        )
        .unwrap();
        assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        let f = parsed.filter;
        assert_eq!(f.text, "pečovatelská");
        assert_eq!(f.audience.unwrap().as_str(), "seniori");
        assert_eq!(
            f.service_types.into_iter().collect::<Vec<_>>(),
            [ServiceType::HomeCare]
        );
        assert_eq!(f.forms.len(), 2);
        assert_eq!(
            f.languages.into_iter().collect::<Vec<_>>(),
            [ServiceLanguage::Ukrainian]
        );
        assert_eq!(f.municipality.unwrap().number(), 549240);
        assert_eq!(f.page, 2);
    }

    #[test]
    fn unknown_values_become_notices_and_the_rest_stays() {
        let parsed = Filter::from_query(
            "druh=kouzla&druh=rana-pece&obec=Pisek&strana=99999999999&skupina=Senio%C5%99i",
        )
        .unwrap();
        assert_eq!(parsed.filter.service_types.len(), 1);
        assert_eq!(parsed.filter.page, 1);
        assert_eq!(parsed.notices.len(), 4);
        let messages: Vec<String> = parsed.notices.iter().map(ToString::to_string).collect();
        assert!(messages[0].contains("kouzla"), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("Pisek")));
    }

    #[test]
    fn long_or_broken_queries_are_refused() {
        let long = format!("q={}", "a".repeat(10_000));
        assert_eq!(
            Filter::from_query(&long),
            Err(QueryError::TooLong { max: MAX_QUERY_LEN })
        );
        assert_eq!(
            Filter::from_query("q=%C3%28"),
            Err(QueryError::InvalidEncoding)
        );
    }

    #[test]
    fn long_text_is_cut_with_a_notice() {
        let parsed = Filter::from_query(&format!("q={}", "slovo+".repeat(60))).unwrap();
        assert!(parsed.filter.text.chars().count() <= MAX_TEXT_CHARS);
        assert_eq!(parsed.notices, [FilterNotice::TextShortened]);
    }

    #[test]
    fn sql_and_markup_in_text_are_just_text() {
        let parsed = Filter::from_query("q=%27%3B+DROP+TABLE+services%3B--+%3Cscript%3E").unwrap();
        assert_eq!(parsed.filter.text, "'; DROP TABLE services;-- <script>");
        assert_eq!(
            parsed.filter.words(),
            ["drop", "table", "services", "script"]
        );
    }

    #[test]
    fn the_audience_choice_is_read_apart_from_the_filter() {
        assert_eq!(audience_choice("q=x"), None);
        assert_eq!(audience_choice("skupina="), Some(None));
        assert_eq!(
            audience_choice("skupina=seniori")
                .flatten()
                .unwrap()
                .as_str(),
            "seniori"
        );
        assert_eq!(audience_choice("skupina=%3Cb%3E"), Some(None));
        assert_eq!(audience_choice("skupina=%FF"), None);
    }

    #[test]
    fn the_default_filter_is_the_empty_query() {
        assert_eq!(Filter::default().to_query(), "");
        assert!(Filter::default().with_page(3).is_unrestricted());
    }

    fn filters() -> impl Strategy<Value = Filter> {
        (
            proptest::option::of("[a-z][a-z0-9-]{0,10}[a-z]"),
            btree_set(select(TargetGroup::ALL), 0..4),
            btree_set(select(ServiceType::ALL), 0..4),
            btree_set(select(DeliveryForm::ALL), 0..3),
            btree_set(select(ServiceLanguage::ALL), 0..3),
            proptest::option::of(100_000u32..=999_999),
            "\\PC{0,250}",
            1u32..=MAX_PAGE,
        )
            .prop_map(
                |(
                    audience,
                    target_groups,
                    service_types,
                    forms,
                    languages,
                    municipality,
                    text,
                    page,
                )| {
                    Filter {
                        audience: audience
                            .map(|a| AudienceSlug::parse(&a).expect("strategy makes slugs")),
                        target_groups,
                        service_types,
                        forms,
                        languages,
                        municipality: municipality
                            .map(|m| MunicipalityCode::from_number(m).expect("in range")),
                        text: normalize_text(&text).0,
                        page,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn filters_round_trip_through_the_query(filter in filters()) {
            let query = filter.to_query();
            let parsed = Filter::from_query(&query).unwrap();
            prop_assert!(parsed.notices.is_empty());
            prop_assert_eq!(parsed.filter, filter);
        }

        #[test]
        fn any_query_string_parses_or_is_refused_without_panic(raw in "\\PC{0,300}") {
            let _ = Filter::from_query(&raw);
        }
    }
}
