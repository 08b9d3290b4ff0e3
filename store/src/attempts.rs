//! Rate limits kept in the database: every server process behind one load balancer counts the
//! same attempts. One statement both checks the count and counts the attempt, and attempts of
//! one client take turns, so two requests at once cannot both take the last place.

use crate::{Backend, Store, StoreError};
use domain::admin::throttle::{Limit, RetryAfter};

/// What became of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Counted,
    /// Over the limit: not counted; the client may try again after this.
    Refused(RetryAfter),
}

impl Store {
    /// Counts an attempt of `client` in `bucket` (a form, the login) at `now` (Unix seconds)
    /// if fewer than `limit.limit` were counted in the `limit.period_secs` before it.
    pub async fn try_attempt(
        &self,
        bucket: &str,
        client: &str,
        limit: Limit,
        now: i64,
    ) -> Result<Attempt, StoreError> {
        let period = i64::try_from(limit.period_secs).unwrap_or(i64::MAX);
        let expired = now.saturating_sub(period);
        let allowed = i64::try_from(limit.limit).unwrap_or(i64::MAX);
        sqlx::query("DELETE FROM attempts WHERE bucket = $1 AND at <= $2")
            .bind(bucket)
            .bind(expired)
            .execute(&self.pool)
            .await?;
        let mut tx = self.pool.begin().await?;
        if self.backend == Backend::Postgres {
            // Under READ COMMITTED two inserts could count the same rows; a lock per bucket and
            // client makes them take turns, as SQLite's single writer does.
            sqlx::query(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext($1 || ' ' || $2))) AS turn",
            )
            .bind(bucket)
            .bind(client)
            .execute(&mut *tx)
            .await?;
        }
        let counted = sqlx::query(
            r#"INSERT INTO attempts (bucket, client, at)
             SELECT $1, $2, $3
             WHERE (SELECT COUNT(*) FROM attempts WHERE bucket = $1 AND client = $2) < $4"#,
        )
        .bind(bucket)
        .bind(client)
        .bind(now)
        .bind(allowed)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        if counted == 1 {
            return Ok(Attempt::Counted);
        }
        let oldest = sqlx::query_scalar::<_, Option<i64>>(
            "SELECT MIN(at) AS oldest FROM attempts WHERE bucket = $1 AND client = $2",
        )
        .bind(bucket)
        .bind(client)
        .fetch_one(&self.pool)
        .await?
        .unwrap_or(now);
        let wait = oldest.saturating_add(period).saturating_sub(now).max(1);
        Ok(Attempt::Refused(RetryAfter(wait.unsigned_abs())))
    }
}

impl Store {
    /// Forgets the attempts of `client` in `bucket`: a login that succeeded starts its name's
    /// count again.
    pub async fn forget_attempts(&self, bucket: &str, client: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM attempts WHERE bucket = $1 AND client = $2")
            .bind(bucket)
            .bind(client)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: Limit = Limit {
        limit: 3,
        period_secs: 60,
    };

    #[tokio::test]
    async fn the_fourth_attempt_in_a_minute_waits_for_the_first_to_age() {
        let store = Store::open_scratch().await.unwrap();
        for t in [100, 110, 120] {
            let attempt = store.try_attempt("login", "10.0.0.1", LIMIT, t).await;
            assert_eq!(attempt.unwrap(), Attempt::Counted);
        }
        let refused = store.try_attempt("login", "10.0.0.1", LIMIT, 130).await;
        assert_eq!(refused.unwrap(), Attempt::Refused(RetryAfter(30)));
        // Another client, another form: their own counts.
        let other = store.try_attempt("login", "10.0.0.2", LIMIT, 130).await;
        assert_eq!(other.unwrap(), Attempt::Counted);
        let form = store.try_attempt("feedback", "10.0.0.1", LIMIT, 130).await;
        assert_eq!(form.unwrap(), Attempt::Counted);
        // The first attempt has aged out.
        let later = store.try_attempt("login", "10.0.0.1", LIMIT, 160).await;
        assert_eq!(later.unwrap(), Attempt::Counted);
    }

    #[tokio::test]
    async fn two_servers_on_one_database_count_together_and_refusals_do_not_count() {
        let dir = std::env::temp_dir().join(format!("pomoc-attempts-{}", std::process::id()));
        let url = format!("sqlite://{}/pomoc.db", dir.display());
        let first = Store::open(&url).await.unwrap();
        let second = Store::open(&url).await.unwrap();
        for (store, t) in [(&first, 0), (&second, 1), (&first, 2)] {
            let attempt = store.try_attempt("comments", "::1", LIMIT, t).await;
            assert_eq!(attempt.unwrap(), Attempt::Counted);
        }
        for t in 3..40 {
            let attempt = second.try_attempt("comments", "::1", LIMIT, t).await;
            assert!(matches!(attempt.unwrap(), Attempt::Refused(_)));
        }
        // Refusals were not counted: the first attempt's place frees at 60.
        let attempt = first.try_attempt("comments", "::1", LIMIT, 60).await;
        assert_eq!(attempt.unwrap(), Attempt::Counted);
        drop((first, second));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[tokio::test]
    async fn concurrent_attempts_never_exceed_the_limit() {
        let store = Store::open_scratch().await.unwrap();
        let tries = (0..20).map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.try_attempt("surveys", "::1", LIMIT, 5).await })
        });
        let mut counted = 0;
        for attempt in tries {
            if attempt.await.unwrap().unwrap() == Attempt::Counted {
                counted += 1;
            }
        }
        assert_eq!(counted, LIMIT.limit);
    }
}
