//! Full-text queries for the FTS5 indexes of stems. Built only from folded, stemmed, alphanumeric
//! terms, so nothing a person types becomes FTS5 syntax.

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
