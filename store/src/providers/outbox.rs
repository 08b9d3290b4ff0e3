//! Mail waiting to leave. A message is written in the transaction of what caused it; a worker
//! claims due rows (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so two server processes never claim
//! one row), sends them, and marks each sent, bounced (refused for good), or due again later.

use crate::{Store, StoreError};
use domain::mail::{Kind, Message};
use sqlx::AnyConnection;

/// How long a claimed message is a worker's before another may try it (a worker that died).
const CLAIM_SECS: i64 = 300;
/// The longest wait between two attempts.
const MAX_BACKOFF_SECS: i64 = 6 * 3600;

/// A message a worker claimed.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Outgoing {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// Attempts so far, this one counted.
    pub attempts: i64,
}

/// What the outbox holds, for staff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct MailCounts {
    pub sent: i64,
    pub bounced: i64,
    /// Not sent yet: new, or waiting for another attempt.
    pub waiting: i64,
    /// Of those waiting, the ones that failed at least once.
    pub failing: i64,
}

/// The wait before attempt `attempts + 1`: a minute, doubling, at most [`MAX_BACKOFF_SECS`].
fn backoff(attempts: i64) -> i64 {
    let doublings = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    (60_i64 << doublings).min(MAX_BACKOFF_SECS)
}

/// Puts `message` in the outbox, due at once, inside the caller's transaction.
pub(crate) async fn queue(
    conn: &mut AnyConnection,
    message: &Message,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        r#"INSERT INTO outbox (kind, recipient, subject, body_text, body_html, created_at,
                              next_attempt_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6)"#,
    )
    .bind(message.kind.key())
    .bind(&message.to)
    .bind(&message.subject)
    .bind(&message.text)
    .bind(&message.html)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Queues one message on its own (nothing else to write with it).
    pub async fn queue_mail(&self, message: &Message, now: i64) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        queue(&mut conn, message, now).await
    }

    /// Claims up to `limit` due messages for this worker until `now + CLAIM_SECS`, oldest first.
    pub async fn claim_mail(&self, now: i64, limit: i64) -> Result<Vec<Outgoing>, StoreError> {
        let sql = format!(
            r#"UPDATE outbox SET claimed_until = $1, attempts = attempts + 1
               WHERE id IN (SELECT id FROM outbox
                            WHERE sent_at IS NULL AND bounced_at IS NULL AND next_attempt_at <= $2
                              AND (claimed_until IS NULL OR claimed_until <= $2)
                            ORDER BY id LIMIT $3{})
               RETURNING id, recipient, subject, body_text, body_html, attempts"#,
            self.backend.skip_locked()
        );
        let mut claimed = sqlx::query_as::<_, Outgoing>(&sql)
            .bind(now + CLAIM_SECS)
            .bind(now)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        claimed.sort_by_key(|m| m.id);
        Ok(claimed)
    }

    /// The server took message `id`.
    pub async fn mail_sent(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sending message `id` failed with `error`: refused for good (`bounced`), or due again
    /// after the backoff of its attempts so far.
    pub async fn mail_failed(
        &self,
        id: i64,
        attempts: i64,
        error: &str,
        bounced: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        let error: String = error.chars().take(500).collect();
        sqlx::query(
            r#"UPDATE outbox SET claimed_until = NULL, last_error = $1, bounced_at = $2,
                  next_attempt_at = $3
               WHERE id = $4"#,
        )
        .bind(error)
        .bind(bounced.then_some(now))
        .bind(now + backoff(attempts))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts of what the outbox holds: sent and bounced since `since`, and all waiting.
    pub async fn mail_counts(&self, since: i64) -> Result<MailCounts, StoreError> {
        Ok(sqlx::query_as::<_, MailCounts>(
            r#"SELECT
                 COUNT(CASE WHEN sent_at >= $1 THEN 1 END) AS sent,
                 COUNT(CASE WHEN bounced_at >= $1 THEN 1 END) AS bounced,
                 COUNT(CASE WHEN sent_at IS NULL AND bounced_at IS NULL THEN 1 END) AS waiting,
                 COUNT(CASE WHEN sent_at IS NULL AND bounced_at IS NULL
                             AND last_error IS NOT NULL THEN 1 END) AS failing
               FROM outbox"#,
        )
        .bind(since)
        .fetch_one(&self.pool)
        .await?)
    }

    /// The messages of `kind` to `recipient`, newest first, as queued (for tests and staff).
    pub async fn mail_to(&self, recipient: &str, kind: Kind) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar::<_, String>(
            "SELECT body_text FROM outbox WHERE recipient = $1 AND kind = $2 ORDER BY id DESC",
        )
        .bind(recipient)
        .bind(kind.key())
        .fetch_all(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn attempts_wait_a_minute_doubling_up_to_six_hours() {
        assert_eq!(backoff(1), 60);
        assert_eq!(backoff(2), 120);
        assert_eq!(backoff(5), 960);
        assert_eq!(backoff(12), 6 * 3600);
        assert_eq!(backoff(400), 6 * 3600);
    }
}
