//! The verification cycle's writes: a round started, a reminder, staff's task — each with its
//! links and messages in one transaction, and each only if no other server process took the same
//! step first (so several servers on one PostgreSQL send one message, not two).

use super::contacts::{LinkPurpose, insert_link};
use super::outbox::queue;
use crate::{Store, StoreError};
use domain::mail::Message;
use domain::verification::cycle::Step;

/// A message of a round: to which contact, carrying which link (its token's hash).
pub struct RoundMessage {
    pub contact_id: i64,
    pub token_hash: String,
    pub message: Message,
}

impl Store {
    /// Takes `step` for organisation `organization_id`, with `messages` (and their links, good
    /// until `expires_at`). `false` when another process took it first; then nothing is written.
    pub async fn take_round_step(
        &self,
        organization_id: i64,
        step: Step,
        messages: &[RoundMessage],
        expires_at: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let query = match step {
            Step::Wait => return Ok(false),
            Step::Ask => sqlx::query(
                r#"INSERT INTO verification_rounds (organization_id, started_at) VALUES ($1, $2)
                   ON CONFLICT (organization_id) WHERE closed_at IS NULL DO NOTHING"#,
            )
            .bind(organization_id)
            .bind(now),
            Step::Remind(n) => sqlx::query(
                r#"UPDATE verification_rounds SET reminders = $1
                   WHERE organization_id = $2 AND closed_at IS NULL AND reminders = $3"#,
            )
            .bind(i64::from(n))
            .bind(organization_id)
            .bind(i64::from(n) - 1),
            Step::StaffTask => sqlx::query(
                r#"UPDATE verification_rounds SET task_at = $1
                   WHERE organization_id = $2 AND closed_at IS NULL AND task_at IS NULL"#,
            )
            .bind(now)
            .bind(organization_id),
        };
        if query.execute(&mut *tx).await?.rows_affected() != 1 {
            return Ok(false);
        }
        for m in messages {
            insert_link(
                &mut tx,
                m.contact_id,
                &m.token_hash,
                LinkPurpose::Verify,
                expires_at,
                now,
            )
            .await?;
            queue(&mut tx, &m.message, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }
}
