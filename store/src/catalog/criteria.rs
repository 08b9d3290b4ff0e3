//! A filter resolved against the site's audiences: bit masks and sets ready to test services
//! against, and the FTS5 query for the text. The FTS5 query is built only from folded
//! alphanumeric words, so nothing a person types becomes query syntax.

use domain::{Audience, DeliveryForm, Filter, ServiceType, TargetGroup};

/// The criteria a facet can leave out to count what choosing another value would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dimension {
    Audience,
    ServiceType,
    Form,
}

#[derive(Debug, Clone)]
pub(crate) struct Criteria {
    pub audience_mask: Option<i64>,
    pub target_group_mask: Option<i64>,
    pub service_types: Vec<ServiceType>,
    pub form_mask: Option<i64>,
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
            municipality: filter.municipality.map(|m| i64::from(m.number())),
            unsearchable_text: !filter.text.is_empty() && terms.is_empty(),
            terms,
        }
    }

    /// Does a service with these values meet every criterion but `except` (and but the text and
    /// the municipality, which are tested by set membership)?
    pub(crate) fn admits(
        &self,
        service_type: Option<ServiceType>,
        forms: i64,
        target_groups: i64,
        except: Option<Dimension>,
    ) -> bool {
        let audience = except == Some(Dimension::Audience)
            || self.audience_mask.is_none_or(|m| target_groups & m != 0);
        let groups = self
            .target_group_mask
            .is_none_or(|m| target_groups & m != 0);
        let types = except == Some(Dimension::ServiceType)
            || self.service_types.is_empty()
            || service_type.is_some_and(|t| self.service_types.contains(&t));
        let form = except == Some(Dimension::Form) || self.form_mask.is_none_or(|m| forms & m != 0);
        audience && groups && types && form
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

    #[test]
    fn a_dimension_left_out_admits_any_value() {
        let c = criteria("forma=terenni&druh=rana-pece");
        let field = DeliveryForm::mask(&[DeliveryForm::Field]);
        let outpatient = DeliveryForm::mask(&[DeliveryForm::Outpatient]);
        assert!(c.admits(Some(ServiceType::EarlyIntervention), field, 1, None));
        assert!(!c.admits(Some(ServiceType::EarlyIntervention), outpatient, 1, None));
        assert!(c.admits(
            Some(ServiceType::EarlyIntervention),
            outpatient,
            1,
            Some(Dimension::Form)
        ));
        assert!(!c.admits(None, field, 1, None));
        assert!(c.admits(None, field, 1, Some(Dimension::ServiceType)));
    }
}
