//! A filter resolved against the site's audiences: bit masks and sets ready to test services
//! against, and the FTS5 query for the text. The FTS5 query is built only from folded
//! alphanumeric words, so nothing a person types becomes query syntax.

use domain::{Audience, DeliveryForm, Filter, ServiceLanguage, ServiceType, TargetGroup};

/// The criteria a facet can leave out to count what choosing another value would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dimension {
    Audience,
    ServiceType,
    Form,
    Language,
}

/// A service's code-list values as the index keeps them (sets as bit masks).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Codes {
    pub service_type: Option<ServiceType>,
    pub forms: i64,
    pub languages: i64,
    pub target_groups: i64,
}

#[derive(Debug, Clone)]
pub(crate) struct Criteria {
    pub audience_mask: Option<i64>,
    pub target_group_mask: Option<i64>,
    pub service_types: Vec<ServiceType>,
    pub form_mask: Option<i64>,
    pub language_mask: Option<i64>,
    pub municipality: Option<i64>,
    /// Folded, stemmed search terms; each matches as a prefix.
    pub terms: Vec<String>,
    /// Text was given but none of it can be searched for ("?!", a lone stopword): nothing matches.
    pub unsearchable_text: bool,
}

impl Criteria {
    /// An audience the site does not know is left out (the page tells the resident).
    pub(crate) fn new(filter: &Filter, audiences: &[Audience]) -> Criteria {
        let terms = domain::text::search_terms(&filter.text);
        Criteria {
            audience_mask: filter
                .audience
                .as_ref()
                .and_then(|slug| audiences.iter().find(|a| &a.slug == slug))
                .map(|a| TargetGroup::mask(&a.target_groups)),
            target_group_mask: (!filter.target_groups.is_empty())
                .then(|| TargetGroup::mask(&filter.target_groups)),
            service_types: filter.service_types.iter().copied().collect(),
            form_mask: (!filter.forms.is_empty()).then(|| DeliveryForm::mask(&filter.forms)),
            language_mask: (!filter.languages.is_empty())
                .then(|| ServiceLanguage::mask(&filter.languages)),
            municipality: filter.municipality.map(|m| i64::from(m.number())),
            unsearchable_text: !filter.text.is_empty() && terms.is_empty(),
            terms,
        }
    }

    /// Does a service with these values meet every criterion but `except` (and but the text and
    /// the municipality, which are tested by set membership)?
    pub(crate) fn admits(&self, codes: Codes, except: Option<Dimension>) -> bool {
        let within = |dimension, mask: Option<i64>, values: i64| {
            except == Some(dimension) || mask.is_none_or(|m| values & m != 0)
        };
        let groups = self
            .target_group_mask
            .is_none_or(|m| codes.target_groups & m != 0);
        let types = except == Some(Dimension::ServiceType)
            || self.service_types.is_empty()
            || codes
                .service_type
                .is_some_and(|t| self.service_types.contains(&t));
        within(Dimension::Audience, self.audience_mask, codes.target_groups)
            && groups
            && types
            && within(Dimension::Form, self.form_mask, codes.forms)
            && within(Dimension::Language, self.language_mask, codes.languages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criteria(query: &str) -> Criteria {
        Criteria::new(&Filter::from_query(query).unwrap().filter, &[])
    }

    #[test]
    fn text_becomes_search_terms() {
        assert_eq!(criteria("q=Dluhy+a+poradna").terms, ["dluh", "poradn"]);
        assert!(criteria("").terms.is_empty());
        let nothing = criteria("q=%3F%21");
        assert!(nothing.terms.is_empty() && nothing.unsearchable_text);
    }

    fn codes(service_type: Option<ServiceType>, forms: &[DeliveryForm]) -> Codes {
        Codes {
            service_type,
            forms: DeliveryForm::mask(forms),
            languages: ServiceLanguage::mask(&[ServiceLanguage::Czech, ServiceLanguage::Ukrainian]),
            target_groups: 1,
        }
    }

    #[test]
    fn a_dimension_left_out_admits_any_value() {
        let c = criteria("forma=terenni&druh=rana-pece");
        let early = Some(ServiceType::EarlyIntervention);
        let field = [DeliveryForm::Field];
        let outpatient = [DeliveryForm::Outpatient];
        assert!(c.admits(codes(early, &field), None));
        assert!(!c.admits(codes(early, &outpatient), None));
        assert!(c.admits(codes(early, &outpatient), Some(Dimension::Form)));
        assert!(!c.admits(codes(None, &field), None));
        assert!(c.admits(codes(None, &field), Some(Dimension::ServiceType)));
    }

    #[test]
    fn any_chosen_language_will_do() {
        let field = [DeliveryForm::Field];
        assert!(criteria("jazyk=uk").admits(codes(None, &field), None));
        assert!(criteria("jazyk=uk&jazyk=en").admits(codes(None, &field), None));
        let english = criteria("jazyk=en");
        assert!(!english.admits(codes(None, &field), None));
        assert!(english.admits(codes(None, &field), Some(Dimension::Language)));
    }
}
