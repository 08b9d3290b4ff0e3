//! The audit log: one row per changed field, written in the same transaction as the change.

use crate::{Store, StoreError};
use domain::admin::audit::{AuditEntry, RecordKind};
use domain::staff::StaffUser;
use sqlx::SqliteConnection;

/// A change about to be logged.
pub(crate) struct Change<'a> {
    pub kind: RecordKind,
    pub record_id: i64,
    pub by: &'a StaffUser,
    pub at: i64,
}

impl Change<'_> {
    pub(crate) async fn log(
        &self,
        conn: &mut SqliteConnection,
        field: &str,
        old_value: &str,
        new_value: &str,
    ) -> Result<(), StoreError> {
        let (kind, name) = (self.kind.slug(), self.by.username.as_str());
        sqlx::query!(
            "INSERT INTO audit_log (at, staff_id, staff_name, record_kind, record_id, field, old_value, new_value)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self.at,
            self.by.id,
            name,
            kind,
            self.record_id,
            field,
            old_value,
            new_value
        )
        .execute(conn)
        .await?;
        Ok(())
    }
}

impl Store {
    /// Every logged change of one record, newest first.
    pub async fn audit_log(
        &self,
        kind: RecordKind,
        record_id: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let kind = kind.slug();
        Ok(sqlx::query_as!(
            AuditEntry,
            r#"SELECT at, staff_name AS staff, field, old_value, new_value
               FROM audit_log WHERE record_kind = ? AND record_id = ? ORDER BY id DESC"#,
            kind,
            record_id
        )
        .fetch_all(&self.pool)
        .await?)
    }
}
