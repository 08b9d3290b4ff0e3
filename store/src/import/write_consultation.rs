//! Comment periods in a data file, with their comments and how they were settled: the sample
//! shows a closed period with its settled list, as the seeds describe Slaný's.

use super::ImportError;
use super::write::Writer;
use crate::StoreError;
use domain::consultation::comment::{CommentState, Outcome};
use domain::consultation::opening::OpeningForm;
use domain::consultation::sections;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationEntry {
    pub slug: String,
    #[serde(flatten)]
    pub form: OpeningForm,
    #[serde(default)]
    pub comments: Vec<CommentEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommentEntry {
    /// The section's anchor, `cast-2`.
    pub section: String,
    pub text: String,
    pub author: Option<String>,
    /// An `Outcome` slug with `response`; neither: the comment waits.
    pub outcome: Option<String>,
    pub response: Option<String>,
}

impl Writer {
    pub(crate) async fn consultation(
        &mut self,
        entry: &ConsultationEntry,
    ) -> Result<(), StoreError> {
        let invalid = |detail: String| ImportError::Consultation {
            item: entry.slug.clone(),
            detail,
        };
        let opening = entry
            .form
            .validate()
            .map_err(|e| invalid(format!("{e:?}")))?;
        let created_at = domain::admin::date::iso_date_start(&opening.opens_on).unwrap_or(0);
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO consultations (slug, title, intro, draft, opens_on, closes_on,
               created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"#,
        )
        .bind(&entry.slug)
        .bind(&opening.title)
        .bind(&opening.intro)
        .bind(&opening.draft)
        .bind(&opening.opens_on)
        .bind(&opening.closes_on)
        .bind(created_at)
        .fetch_one(&mut *self.tx)
        .await?;
        let known = sections(&opening.draft);
        for comment in &entry.comments {
            if !known.iter().any(|s| s.anchor == comment.section) {
                return Err(invalid(format!("neznámá část {}", comment.section)).into());
            }
            let state = match (&comment.outcome, &comment.response) {
                (None, None) => CommentState::Waiting,
                (Some(outcome), Some(response)) => CommentState::Settled {
                    outcome: Outcome::from_slug(outcome)
                        .ok_or_else(|| invalid(format!("neznámé vypořádání {outcome}")))?,
                    response: response.clone(),
                },
                _ => return Err(invalid("vypořádání potřebuje outcome i response".into()).into()),
            };
            let (status, outcome, response) = match &state {
                CommentState::Settled { outcome, response } => {
                    ("vyporadana", Some(outcome.slug()), Some(response.as_str()))
                }
                other => (other.status_slug(), None, None),
            };
            sqlx::query(
                r#"INSERT INTO consultation_comments
                     (consultation_id, section, body, author, created_at, status, outcome, response)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"#,
            )
            .bind(id)
            .bind(&comment.section)
            .bind(&comment.text)
            .bind(&comment.author)
            .bind(created_at)
            .bind(status)
            .bind(outcome)
            .bind(response)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(())
    }
}
