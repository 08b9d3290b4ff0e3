//! Full-text queries for the FTS5 indexes of stems. Built only from folded, stemmed, alphanumeric
//! terms, so nothing a person types becomes FTS5 syntax.

/// What a service is found by.
pub(crate) struct ServiceText<'a> {
    pub name: &'a str,
    pub organization: &'a str,
    pub keywords: &'a str,
    pub description: &'a str,
    pub service_type: Option<domain::ServiceType>,
    pub forms: &'a [domain::DeliveryForm],
    pub target_groups: &'a [domain::TargetGroup],
    pub places: &'a [String],
}

/// The stems stored for a service: its name, organisation, keywords and description, and the
/// words of its code lists and places, so "senioři" or "Milevsko" find what serves them.
pub(crate) fn service_stems(s: &ServiceText<'_>) -> String {
    let mut text = format!(
        "{}\n{}\n{}\n{}",
        s.name, s.organization, s.keywords, s.description
    );
    for word in s
        .service_type
        .map(|t| t.label())
        .into_iter()
        .chain(s.forms.iter().map(|f| f.label()))
        .chain(s.target_groups.iter().map(|g| g.label()))
        .chain(s.places.iter().map(String::as_str))
    {
        text.push('\n');
        text.push_str(word);
    }
    domain::text::stems(&text)
}

/// Every term as a quoted prefix, all required; `None` without terms.
pub(crate) fn query(terms: &[String]) -> Option<String> {
    (!terms.is_empty()).then(|| {
        terms
            .iter()
            .map(|t| format!("\"{t}\"*"))
            .collect::<Vec<_>>()
            .join(" AND ")
    })
}

/// How many of the terms start some stem of the text; ranks a text search.
pub(crate) fn terms_found(terms: &[String], text: &str) -> usize {
    let stems = domain::text::stems(text);
    terms
        .iter()
        .filter(|t| stems.split(' ').any(|s| s.starts_with(t.as_str())))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_become_quoted_prefixes() {
        let terms = domain::text::search_terms("Dluhy a poradna");
        assert_eq!(query(&terms).unwrap(), "\"dluh\"* AND \"poradn\"*");
        assert!(query(&[]).is_none());
        assert_eq!(terms_found(&terms, "Dluhová poradna"), 2);
        assert_eq!(terms_found(&terms, "Poradna pro rodiny"), 1);
    }
}
