//! Comment periods on drafts and the comments on their sections: opened by staff, commented on by
//! anyone, settled (or hidden) by staff with an audit row per decision.

use crate::editing::audit::{Actor, Change};
use crate::editing::once::{made_before, remember};
use crate::editing::slugs::{SlugTable, free_slug};
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::consultation::comment::{Comment, CommentState, NewComment};
use domain::consultation::opening::Opening;
use domain::consultation::{Consultation, ConsultationSummary, sections};
use domain::staff::StaffUser;

#[derive(sqlx::FromRow)]
struct ConsultationSummaryRow {
    id: i64,
    slug: String,
    title: String,
    opens_on: String,
    closes_on: String,
    waiting: i64,
    settled: i64,
}

impl From<ConsultationSummaryRow> for ConsultationSummary {
    fn from(row: ConsultationSummaryRow) -> ConsultationSummary {
        ConsultationSummary {
            id: row.id,
            slug: row.slug,
            title: row.title,
            opens_on: row.opens_on,
            closes_on: row.closes_on,
            waiting: row.waiting,
            settled: row.settled,
        }
    }
}

#[derive(sqlx::FromRow)]
struct CommentsRow {
    id: i64,
    created_at: i64,
    section: String,
    body: String,
    author: Option<String>,
    status: String,
    outcome: Option<String>,
    response: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SettleCommentRow {
    status: String,
    outcome: Option<String>,
    response: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ConsultationRow {
    id: i64,
    slug: String,
    title: String,
    intro: String,
    draft: String,
    opens_on: String,
    closes_on: String,
}

impl ConsultationRow {
    fn consultation(self) -> Consultation {
        Consultation {
            sections: sections(&self.draft),
            id: self.id,
            slug: self.slug,
            title: self.title,
            intro: self.intro,
            opens_on: self.opens_on,
            closes_on: self.closes_on,
        }
    }
}

impl Store {
    /// Opens a comment period; its address comes from the title (with `-2`, `-3`… when taken).
    /// The same form posted twice (`once`) opens one period.
    pub async fn open_consultation(
        &self,
        opening: &Opening,
        once: &str,
        by: &StaffUser,
        now: i64,
    ) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        if let Some(made) = made_before(&mut tx, RecordKind::Consultation, once).await? {
            return Ok(made);
        }
        let slug = free_slug(
            &mut tx,
            SlugTable::Consultations,
            &opening.title,
            "pripominky",
        )
        .await?;
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO consultations (slug, title, intro, draft, opens_on, closes_on,
               created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"#,
        )
        .bind(&slug)
        .bind(&opening.title)
        .bind(&opening.intro)
        .bind(&opening.draft)
        .bind(&opening.opens_on)
        .bind(&opening.closes_on)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let change = Change {
            kind: RecordKind::Consultation,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        let period = format!("{} – {}", opening.opens_on, opening.closes_on);
        change
            .log(&mut tx, "období připomínek", "", &period)
            .await?;
        remember(&mut tx, RecordKind::Consultation, once, id, now).await?;
        tx.commit().await?;
        self.reindex_content().await?;
        Ok(id)
    }

    /// Every comment period, the latest first.
    pub async fn consultations(&self) -> Result<Vec<ConsultationSummary>, StoreError> {
        let rows = sqlx::query_as::<_, ConsultationSummaryRow>(
            r#"SELECT c.id AS id, c.slug, c.title, c.opens_on, c.closes_on,
                      COUNT(m.id) FILTER (WHERE m.status = 'ceka') AS waiting,
                      COUNT(m.id) FILTER (WHERE m.status = 'vyporadana') AS settled
               FROM consultations c LEFT JOIN consultation_comments m ON m.consultation_id = c.id
               GROUP BY c.id ORDER BY c.opens_on DESC, c.id DESC"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(ConsultationSummary::from)
        .collect::<Vec<_>>();
        Ok(rows)
    }

    /// One comment period by its address, with its draft cut into sections.
    pub async fn consultation(&self, slug: &str) -> Result<Option<Consultation>, StoreError> {
        self.consultation_where(Some(slug), None).await
    }

    /// A comment period by its id (the staff pages' address).
    pub async fn consultation_by_id(&self, id: i64) -> Result<Option<Consultation>, StoreError> {
        self.consultation_where(None, Some(id)).await
    }

    async fn consultation_where(
        &self,
        slug: Option<&str>,
        id: Option<i64>,
    ) -> Result<Option<Consultation>, StoreError> {
        let row = sqlx::query_as::<_, ConsultationRow>(
            r#"SELECT id, slug, title, intro, draft, opens_on, closes_on
               FROM consultations WHERE slug = $1 OR id = $2"#,
        )
        .bind(slug)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(ConsultationRow::consultation))
    }

    /// Every comment period with its draft, for the site search.
    pub(crate) async fn all_consultations(&self) -> Result<Vec<Consultation>, StoreError> {
        let rows = sqlx::query_as::<_, ConsultationRow>(
            r#"SELECT id, slug, title, intro, draft, opens_on, closes_on
               FROM consultations ORDER BY id"#,
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(ConsultationRow::consultation)
            .collect())
    }

    pub async fn add_comment(
        &self,
        consultation: i64,
        comment: &NewComment,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO consultation_comments (consultation_id, section, body, author,
               created_at)
               VALUES ($1, $2, $3, $4, $5) RETURNING id"#,
        )
        .bind(consultation)
        .bind(&comment.section)
        .bind(&comment.text)
        .bind(&comment.author)
        .bind(now)
        .fetch_one(&self.pool)
        .await?)
    }

    /// The comments of a period in the order they came; `settled_only` for the public list.
    pub async fn comments(
        &self,
        consultation: i64,
        settled_only: bool,
    ) -> Result<Vec<Comment>, StoreError> {
        let rows = sqlx::query_as::<_, CommentsRow>(
            r#"SELECT id, created_at, section, body, author, status, outcome, response
               FROM consultation_comments
               WHERE consultation_id = $1 AND (NOT $2 OR status = 'vyporadana')
               ORDER BY id"#,
        )
        .bind(consultation)
        .bind(settled_only)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let state = CommentState::from_columns(&r.status, r.outcome.as_deref(), r.response)
                    .ok_or_else(|| StoreError::Corrupt {
                        what: "připomínka",
                        id: r.id,
                        detail: format!("stav {}", r.status),
                    })?;
                Ok(Comment {
                    id: r.id,
                    created_at: r.created_at,
                    section: r.section,
                    text: r.body,
                    author: r.author,
                    state,
                })
            })
            .collect()
    }

    /// Records staff's decision on a comment of `consultation`. `None`: no such comment there.
    pub async fn settle_comment(
        &self,
        consultation: i64,
        id: i64,
        state: &CommentState,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(old) = sqlx::query_as::<_, SettleCommentRow>(
            r#"SELECT status, outcome, response FROM consultation_comments
             WHERE id = $1 AND consultation_id = $2"#,
        )
        .bind(id)
        .bind(consultation)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let old_label =
            CommentState::from_columns(&old.status, old.outcome.as_deref(), old.response)
                .map_or_else(String::new, |s| s.label());
        let (outcome, response) = match state {
            CommentState::Settled { outcome, response } => (Some(outcome.slug()), Some(response)),
            _ => (None, None),
        };
        let status = state.status_slug();
        sqlx::query(
            r#"UPDATE consultation_comments SET status = $1, outcome = $2, response = $3 WHERE id
               = $4"#,
        )
        .bind(status)
        .bind(outcome)
        .bind(response)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let change = Change {
            kind: RecordKind::Comment,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        change
            .log(&mut tx, "vypořádání", &old_label, &state.label())
            .await?;
        tx.commit().await?;
        Ok(Some(()))
    }
}
