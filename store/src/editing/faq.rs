//! Common questions as staff edit them: the list, one question read into its form, and saving —
//! a new question gets an address made from its wording; every changed field is logged and the
//! search stems are rebuilt.

use super::audit::{Actor, Change};
use super::once::{Target, made_before, remember};
use super::slugs::{SlugTable, free_slug};
use crate::backend::{Backend, Elem};
use crate::{Store, StoreError};
use domain::Slug;
use domain::admin::audit::RecordKind;
use domain::admin::faq_edit::FaqEdit;
use domain::admin::views::AdminFaqRow;
use domain::staff::StaffUser;
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct FaqListRow {
    id: i64,
    slug: String,
    question: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
}

impl From<FaqListRow> for AdminFaqRow {
    fn from(row: FaqListRow) -> AdminFaqRow {
        AdminFaqRow {
            id: row.id,
            slug: row.slug,
            question: row.question,
            published: row.published,
        }
    }
}

#[derive(sqlx::FromRow)]
struct ReadRow {
    slug: String,
    question: String,
    answer: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
    audiences: String,
    topics: String,
    translations: String,
}

impl Store {
    /// Questions whose wording holds the text, drafts included, in the public order.
    pub async fn admin_faqs(&self, text: &str) -> Result<Vec<AdminFaqRow>, StoreError> {
        let needle = domain::text::fold(text.trim());
        let rows = sqlx::query_as::<_, FaqListRow>(
            r#"SELECT id, slug, question, published
               FROM faqs ORDER BY position, id"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(AdminFaqRow::from)
        .collect::<Vec<_>>();
        Ok(rows
            .into_iter()
            .filter(|r| needle.is_empty() || domain::text::fold(&r.question).contains(&needle))
            .collect())
    }

    /// A question and its public address.
    pub async fn faq_for_edit(&self, id: i64) -> Result<Option<(String, FaqEdit)>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read(&mut conn, id).await
    }

    /// Creates a question or writes one back. `None`: no such question. A repeated creation
    /// (the same one-time key) answers with the question the first one made.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn save_faq(
        &self,
        target: Target<'_>,
        edit: &FaqEdit,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let (id, before) = match target {
            Target::Existing(id) => match read(&mut tx, id).await? {
                Some((_, before)) => (id, Some(before)),
                None => return Ok(None),
            },
            Target::New { once } => {
                if let Some(made) = made_before(&mut tx, RecordKind::Faq, once).await? {
                    return Ok(Some(made));
                }
                let id = insert(&mut tx, &edit.question).await?;
                remember(&mut tx, RecordKind::Faq, once, id, now).await?;
                (id, None)
            }
        };
        sqlx::query(
            "UPDATE faqs SET question = $1, answer = $2, published = $3, translations = $4
             WHERE id = $5",
        )
        .bind(&edit.question)
        .bind(&edit.answer)
        .bind(i64::from(edit.published))
        .bind(edit.translations.to_json())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for table in ["faq_audiences", "faq_topics"] {
            // The table names are the two literals above, never input.
            sqlx::query(&format!("DELETE FROM {table} WHERE faq_id = $1"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        let linked = [
            ("faq_audiences", "audience_id", "audiences", &edit.audiences),
            ("faq_topics", "topic_id", "topics", &edit.topics),
        ];
        for (table, column, named, slugs) in linked {
            // The names are the literals above, never input.
            sqlx::query(&format!(
                "INSERT INTO {table} (faq_id, {column}) SELECT $1, id FROM {named} WHERE {}",
                self.backend.json_in("slug", "$2", Elem::Text)
            ))
            .bind(id)
            .bind(crate::rows::json(slugs))
            .execute(&mut *tx)
            .await?;
        }
        let stems = domain::faq::search_text(&edit.question, &edit.answer, &edit.translations);
        crate::fts::replace(&mut tx, "faq_search", id, &domain::text::stems(&stems)).await?;
        let change = Change {
            kind: RecordKind::Faq,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        let old = before.map(|b| b.audit_values());
        change
            .log_changes(&mut tx, old.as_deref(), &edit.audit_values())
            .await?;
        tx.commit().await?;
        Ok(Some(id))
    }
}

/// A new row, last in order, with an address made from the question (numbered if taken).
async fn insert(conn: &mut AnyConnection, question: &str) -> Result<i64, StoreError> {
    let slug = free_slug(conn, SlugTable::Faqs, question, "dotaz").await?;
    Ok(sqlx::query_scalar::<_, i64>(
        r#"INSERT INTO faqs (slug, question, answer, position, published)
           VALUES ($1, '', '', (SELECT COALESCE(MAX(position), 0) + 1 FROM faqs), 0)
           RETURNING id"#,
    )
    .bind(&slug)
    .fetch_one(conn)
    .await?)
}

async fn read(conn: &mut AnyConnection, id: i64) -> Result<Option<(String, FaqEdit)>, StoreError> {
    let backend = Backend::of_connection(conn);
    let sql = format!(
        r#"SELECT slug, question, answer, published, translations,
                  (SELECT {} FROM faq_audiences fa JOIN audiences a ON a.id = fa.audience_id
                   WHERE fa.faq_id = f.id) AS audiences,
                  (SELECT {} FROM faq_topics ft JOIN topics t ON t.id = ft.topic_id
                   WHERE ft.faq_id = f.id) AS topics
           FROM faqs f WHERE id = $1"#,
        backend.json_array_agg("a.slug"),
        backend.json_array_agg("t.slug")
    );
    let Some(row) = sqlx::query_as::<_, ReadRow>(&sql)
        .bind(id)
        .fetch_optional(conn)
        .await?
    else {
        return Ok(None);
    };
    let slugs = |json: &str, what| -> Result<Vec<Slug>, StoreError> {
        crate::rows::list::<String>(json, what, id)?
            .iter()
            .map(|s| crate::rows::required(s, what, id))
            .collect()
    };
    let mut audiences = slugs(&row.audiences, "skupina dotazu")?;
    let mut topics = slugs(&row.topics, "téma dotazu")?;
    audiences.sort();
    topics.sort();
    Ok(Some((
        row.slug,
        FaqEdit {
            question: row.question,
            answer: row.answer,
            audiences,
            topics,
            published: row.published,
            translations: crate::rows::translations(&row.translations, "překlady dotazu", id)?,
        },
    )))
}
