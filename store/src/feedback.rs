//! Residents' messages: stored as sent, read and settled by staff.

use crate::editing::audit::{Actor, Change};
use crate::{Store, StoreError, rows};
use domain::admin::audit::RecordKind;
use domain::admin::feedback::{Feedback, FeedbackItem, FeedbackStatus, Subject};
use domain::catalog::ServiceRef;
use domain::staff::StaffUser;

#[derive(sqlx::FromRow)]
struct FeedbackRow {
    id: i64,
    created_at: i64,
    service_id: Option<i64>,
    service_name: Option<String>,
    service_type: Option<String>,
    message: String,
    contact: Option<String>,
    subject: String,
}

/// The service a correction is about does not exist (or is not published).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("služba {0} neexistuje")]
pub struct UnknownService(pub i64);

impl Store {
    /// Keeps a message; a service it corrects must be published.
    pub async fn add_feedback(
        &self,
        subject: Subject,
        feedback: &Feedback,
        now: i64,
    ) -> Result<Result<i64, UnknownService>, StoreError> {
        let service = match subject {
            Subject::Service(id) => Some(id),
            _ => None,
        };
        let column = subject.column();
        if let Some(id) = service {
            let exists = sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) AS n FROM services WHERE id = $1 AND published = 1",
            )
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
            if exists == 0 {
                return Ok(Err(UnknownService(id)));
            }
        }
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO feedback (created_at, service_id, message, contact, subject)
               VALUES ($1, $2, $3, $4, $5) RETURNING id"#,
        )
        .bind(now)
        .bind(service)
        .bind(&feedback.message)
        .bind(&feedback.contact)
        .bind(column)
        .fetch_one(&self.pool)
        .await?;
        Ok(Ok(id))
    }

    /// Messages in one state, oldest first (new ones wait longest at the top).
    pub async fn feedback(&self, status: FeedbackStatus) -> Result<Vec<FeedbackItem>, StoreError> {
        let slug = status.slug();
        let rows = sqlx::query_as::<_, FeedbackRow>(
            r#"SELECT f.id AS id, f.created_at, f.service_id, s.name AS service_name,
                      s.service_type, f.message, f.contact, f.subject
               FROM feedback f LEFT JOIN services s ON s.id = f.service_id
               WHERE f.status = $1 ORDER BY f.created_at, f.id"#,
        )
        .bind(slug)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let service = match (r.service_id, r.service_name) {
                    (Some(id), Some(name)) => Some(ServiceRef {
                        id,
                        name,
                        service_type: rows::parsed(r.service_type, "druh služby", id)?,
                    }),
                    _ => None,
                };
                Ok(FeedbackItem {
                    id: r.id,
                    created_at: r.created_at,
                    service,
                    accessibility: r.subject == Subject::Accessibility.column(),
                    message: r.message,
                    contact: r.contact,
                    status,
                })
            })
            .collect()
    }

    /// One message, in whatever state.
    pub async fn feedback_item(&self, id: i64) -> Result<Option<FeedbackItem>, StoreError> {
        let status = sqlx::query_scalar::<_, String>("SELECT status FROM feedback WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(status) = status.as_deref().and_then(FeedbackStatus::from_slug) else {
            return Ok(None);
        };
        Ok(self
            .feedback(status)
            .await?
            .into_iter()
            .find(|f| f.id == id))
    }

    /// Settles a message. `None`: no such message.
    pub async fn set_feedback_status(
        &self,
        id: i64,
        status: FeedbackStatus,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(old) =
            sqlx::query_scalar::<_, String>("SELECT status FROM feedback WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
        else {
            return Ok(None);
        };
        let new = status.slug();
        if old != new {
            sqlx::query("UPDATE feedback SET status = $1 WHERE id = $2")
                .bind(new)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let change = Change {
                kind: RecordKind::Feedback,
                record_id: id,
                by: Actor::Staff(by),
                at: now,
            };
            change.log(&mut tx, "stav", &old, new).await?;
        }
        tx.commit().await?;
        Ok(Some(()))
    }
}
