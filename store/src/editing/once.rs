//! One-time keys of creation forms: a repeated submit of the same form finds the record the
//! first one made (see migration 0005).

use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use sqlx::AnyConnection;

/// Where a save goes: an existing record, or a new one made by the form with this one-time key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    Existing(i64),
    New { once: &'a str },
}

/// The record an earlier submit of the same form made.
pub(crate) async fn made_before(
    conn: &mut AnyConnection,
    kind: RecordKind,
    once: &str,
) -> Result<Option<i64>, StoreError> {
    let kind = kind.slug();
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT record_id FROM created_once WHERE record_kind = $1 AND token = $2",
    )
    .bind(kind)
    .bind(once)
    .fetch_optional(conn)
    .await?)
}

pub(crate) async fn remember(
    conn: &mut AnyConnection,
    kind: RecordKind,
    once: &str,
    id: i64,
    at: i64,
) -> Result<(), StoreError> {
    let kind = kind.slug();
    sqlx::query(
        "INSERT INTO created_once (record_kind, token, record_id, at) VALUES ($1, $2, $3, $4)",
    )
    .bind(kind)
    .bind(once)
    .bind(id)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Forgets one-time keys older than `before` (Unix seconds).
    pub async fn forget_created_before(&self, before: i64) -> Result<u64, StoreError> {
        Ok(sqlx::query("DELETE FROM created_once WHERE at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }
}
