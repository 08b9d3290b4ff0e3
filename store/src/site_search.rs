//! The site-wide search index of what is not a service or a question: news, events, the plan's
//! text, documents and drafts. Small enough to rebuild whole (`reindex_content`) after any of
//! them changes and at start.

use crate::{Store, StoreError, fts};
use domain::news::LocalDateTime;
use domain::site_search::{self as entries, Entry, Hit, Kind};

#[derive(sqlx::FromRow)]
struct SearchContentRow {
    id: i64,
    kind: String,
    title: String,
    href: String,
    excerpt: String,
}

impl Store {
    /// Rebuilds the index from the records, in one transaction.
    #[tracing::instrument(skip(self))]
    pub async fn reindex_content(&self) -> Result<usize, StoreError> {
        let mut found: Vec<Entry> = Vec::new();
        found.extend(
            self.articles(None, i64::MAX)
                .await?
                .iter()
                .map(entries::article),
        );
        let since_ever = LocalDateTime {
            year: 1,
            month: 1,
            day: 1,
            hour: 0,
            minute: 0,
        };
        found.extend(
            self.events(since_ever, None, None)
                .await?
                .iter()
                .map(entries::event),
        );
        if let Some(plan) = self.current_plan().await? {
            found.extend(entries::plan(&plan));
        }
        found.extend(
            self.all_consultations()
                .await?
                .iter()
                .map(entries::consultation),
        );
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM content_search")
            .execute(&mut *tx)
            .await?;
        for entry in &found {
            let (kind, stems) = (entry.kind.slug(), domain::text::stems(&entry.findable()));
            sqlx::query(
                r#"INSERT INTO content_search (kind, title, href, excerpt, stems) VALUES ($1, $2,
                   $3, $4, $5)"#,
            )
            .bind(kind)
            .bind(&entry.title)
            .bind(&entry.href)
            .bind(&entry.excerpt)
            .bind(&stems)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(found.len())
    }

    /// The best `limit` entries with every term of `text`, best first; none without terms.
    pub async fn search_content(&self, text: &str, limit: i64) -> Result<Vec<Hit>, StoreError> {
        let terms = domain::text::search_terms(text);
        let Some(query) = fts::query(self.backend, &terms) else {
            return Ok(Vec::new());
        };
        let sql = format!(
            r#"SELECT rowid AS id, kind, title, href, excerpt FROM content_search WHERE {} ORDER
               BY {} LIMIT $2"#,
            self.backend.text_match("content_search", "$1"),
            self.backend.text_rank("content_search", "$1")
        );
        let rows = sqlx::query_as::<_, SearchContentRow>(&sql)
            .bind(&query)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|r| {
                let kind = Kind::from_slug(&r.kind).ok_or_else(|| StoreError::Corrupt {
                    what: "vyhledávání",
                    id: r.id,
                    detail: r.kind.clone(),
                })?;
                Ok(Hit {
                    kind,
                    title: r.title,
                    href: r.href,
                    excerpt: r.excerpt,
                })
            })
            .collect()
    }
}
