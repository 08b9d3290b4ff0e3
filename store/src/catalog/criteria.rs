//! A filter turned into SQL conditions. Every value is bound, never spliced; the FTS5 query is
//! built only from folded alphanumeric words, so nothing a person types becomes query syntax.

use domain::{Audience, DeliveryForm, Filter, TargetGroup};
use sqlx::{QueryBuilder, Sqlite};

/// The criteria a facet can leave out to count what choosing another value would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dimension {
    Audience,
    ServiceType,
    Form,
    Municipality,
}

/// Full-text queries for FTS5: all words as prefixes, and the same restricted to the name column.
#[derive(Debug, Clone)]
pub(crate) struct TextQuery {
    pub all: String,
    pub in_name: String,
}

impl TextQuery {
    fn new(terms: &[String]) -> Option<TextQuery> {
        if terms.is_empty() {
            return None;
        }
        let all = terms
            .iter()
            .map(|t| format!("\"{t}\"*"))
            .collect::<Vec<_>>()
            .join(" AND ");
        Some(TextQuery {
            in_name: format!("{{name}} : ({all})"),
            all,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Criteria {
    pub audience_mask: Option<i64>,
    pub target_group_mask: Option<i64>,
    pub service_types: Vec<&'static str>,
    pub form_mask: Option<i64>,
    pub municipality: Option<i64>,
    pub text: Option<TextQuery>,
    /// Text was given but none of it can be searched for ("?!", a lone stopword): nothing matches.
    pub unsearchable_text: bool,
}

impl Criteria {
    /// An audience the site does not know is left out (the page tells the resident).
    pub(crate) fn new(filter: &Filter, audiences: &[Audience]) -> Criteria {
        let audience_mask = filter
            .audience
            .as_ref()
            .and_then(|slug| audiences.iter().find(|a| &a.slug == slug))
            .map(|a| TargetGroup::mask(&a.target_groups));
        let terms = domain::text::search_terms(&filter.text);
        Criteria {
            audience_mask,
            target_group_mask: (!filter.target_groups.is_empty())
                .then(|| TargetGroup::mask(&filter.target_groups)),
            service_types: filter.service_types.iter().map(|t| t.slug()).collect(),
            form_mask: (!filter.forms.is_empty()).then(|| DeliveryForm::mask(&filter.forms)),
            municipality: filter.municipality.map(|m| i64::from(m.number())),
            text: TextQuery::new(&terms),
            unsearchable_text: !filter.text.is_empty() && terms.is_empty(),
        }
    }

    /// `WITH hits AS MATERIALIZED (...)`: the full-text matches with their rank, when there is text.
    pub(crate) fn push_hits(&self, qb: &mut QueryBuilder<'_, Sqlite>) {
        if let Some(text) = &self.text {
            qb.push(
                "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(service_search, 10.0, 3.0, 6.0, 1.0) AS score \
                 FROM service_search WHERE service_search MATCH ",
            )
            .push_bind(text.all.clone())
            .push(") ");
        }
    }

    /// `FROM services s` joined to the full-text hits when there is text.
    pub(crate) fn push_from(&self, qb: &mut QueryBuilder<'_, Sqlite>) {
        qb.push(" FROM services s");
        if self.text.is_some() {
            qb.push(" JOIN hits h ON h.id = s.id");
        }
    }

    /// `WHERE ...` with every criterion but `except`.
    pub(crate) fn push_where(&self, qb: &mut QueryBuilder<'_, Sqlite>, except: Option<Dimension>) {
        qb.push(" WHERE s.published = 1");
        if self.unsearchable_text {
            qb.push(" AND 0 = 1");
        }
        if except != Some(Dimension::Audience) {
            if let Some(mask) = self.audience_mask {
                qb.push(" AND (s.target_groups & ")
                    .push_bind(mask)
                    .push(") != 0");
            }
        }
        if let Some(mask) = self.target_group_mask {
            qb.push(" AND (s.target_groups & ")
                .push_bind(mask)
                .push(") != 0");
        }
        if except != Some(Dimension::ServiceType) && !self.service_types.is_empty() {
            qb.push(" AND s.service_type IN (");
            let mut list = qb.separated(", ");
            for slug in &self.service_types {
                list.push_bind(*slug);
            }
            qb.push(")");
        }
        if except != Some(Dimension::Form) {
            if let Some(mask) = self.form_mask {
                qb.push(" AND (s.forms & ").push_bind(mask).push(") != 0");
            }
        }
        if except != Some(Dimension::Municipality) {
            if let Some(code) = self.municipality {
                qb.push(" AND EXISTS (SELECT 1 FROM service_places p WHERE p.municipality_code = ")
                    .push_bind(code)
                    .push(" AND p.service_id = s.id)");
            }
        }
    }

    /// Would a group of services with these values pass every criterion but `except` and the
    /// municipality (which the grouped query has applied already)?
    pub(crate) fn admits(
        &self,
        service_type: Option<&str>,
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
        !self.unsearchable_text && audience && groups && types && form
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_queries_quote_every_term() {
        let q = TextQuery::new(&["dluh".into(), "poradn".into()]).unwrap();
        assert_eq!(q.all, "\"dluh\"* AND \"poradn\"*");
        assert_eq!(q.in_name, "{name} : (\"dluh\"* AND \"poradn\"*)");
        assert!(TextQuery::new(&[]).is_none());
    }
}
