//! Addresses made from a record's wording, numbered when taken: `kulaty-stul`, `kulaty-stul-2`.

use crate::StoreError;
use domain::Slug;
use sqlx::AnyConnection;

/// The tables whose rows have a `slug` column (their names are these literals, never input).
#[derive(Debug, Clone, Copy)]
pub(crate) enum SlugTable {
    Faqs,
    Articles,
    Events,
    Consultations,
    Surveys,
}

impl SlugTable {
    fn name(self) -> &'static str {
        match self {
            SlugTable::Faqs => "faqs",
            SlugTable::Articles => "articles",
            SlugTable::Events => "events",
            SlugTable::Consultations => "consultations",
            SlugTable::Surveys => "surveys",
        }
    }
}

/// A slug from `text` (or `fallback` when it has no usable words) not yet used in `table`.
pub(crate) async fn free_slug(
    conn: &mut AnyConnection,
    table: SlugTable,
    text: &str,
    fallback: &str,
) -> Result<String, StoreError> {
    let base =
        Slug::from_text(text).map_or_else(|_| fallback.to_owned(), |s| s.as_str().to_owned());
    let taken = format!("SELECT COUNT(*) FROM {} WHERE slug = $1", table.name());
    let mut slug = base.clone();
    let mut n = 1;
    while sqlx::query_scalar::<_, i64>(&taken)
        .bind(&slug)
        .fetch_one(&mut *conn)
        .await?
        > 0
    {
        n += 1;
        slug = format!("{}-{n}", base.chars().take(55).collect::<String>());
    }
    Ok(slug)
}
