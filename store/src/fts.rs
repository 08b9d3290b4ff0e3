//! Full-text queries for the indexes of stems (SQLite's FTS5, PostgreSQL's `tsvector`). Built
//! only from folded, stemmed, alphanumeric terms, so nothing a person types becomes query syntax.

use crate::Backend;

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
/// words of its code lists and places, so "senioři" or "Milevsko" find what serves them; and
/// the Ukrainian and English words of what it is about (`synonyms.rs`).
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
    crate::synonyms::expand(&domain::text::stems(&text))
}

/// Every term as a prefix, all required, in the backend's query language; `None` without terms.
pub(crate) fn query(backend: Backend, terms: &[String]) -> Option<String> {
    let and = match backend {
        Backend::Sqlite => " AND ",
        Backend::Postgres => " & ",
    };
    (!terms.is_empty()).then(|| {
        terms
            .iter()
            .map(|t| match backend {
                Backend::Sqlite => format!("\"{t}\"*"),
                Backend::Postgres => format!("'{t}':*"),
            })
            .collect::<Vec<_>>()
            .join(and)
    })
}

/// Writes the stems of record `id` into the index `table`, replacing what it held. (FTS5 tables
/// know no upsert, so this deletes and inserts on both backends.)
pub(crate) async fn replace(
    conn: &mut sqlx::AnyConnection,
    table: &'static str,
    id: i64,
    stems: &str,
) -> Result<(), crate::StoreError> {
    sqlx::query(&format!("DELETE FROM {table} WHERE rowid = $1"))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(&format!(
        "INSERT INTO {table} (rowid, stems) VALUES ($1, $2)"
    ))
    .bind(id)
    .bind(stems)
    .execute(&mut *conn)
    .await?;
    Ok(())
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
        assert_eq!(
            query(Backend::Sqlite, &terms).unwrap(),
            "\"dluh\"* AND \"poradn\"*"
        );
        assert_eq!(
            query(Backend::Postgres, &terms).unwrap(),
            "'dluh':* & 'poradn':*"
        );
        assert!(query(Backend::Sqlite, &[]).is_none());
        assert_eq!(terms_found(&terms, "Dluhová poradna"), 2);
        assert_eq!(terms_found(&terms, "Poradna pro rodiny"), 1);
    }
}
