//! The audit log: one row per changed field, written in the same transaction as the change.

use crate::{Store, StoreError};
use domain::admin::audit::{AuditEntry, RecordKind, changes};
use domain::staff::StaffUser;
use sqlx::SqliteConnection;

/// A change about to be logged.
pub(crate) struct Change<'a> {
    pub kind: RecordKind,
    pub record_id: i64,
    pub by: &'a StaffUser,
    pub at: i64,
}

/// A record's fields as the log records them: (label, value as text).
pub(crate) type AuditValues = [(&'static str, String)];

impl Change<'_> {
    /// Logs every field whose value differs; a new record (`old` `None`) logs every field set.
    pub(crate) async fn log_changes(
        &self,
        conn: &mut SqliteConnection,
        old: Option<&AuditValues>,
        new: &AuditValues,
    ) -> Result<(), StoreError> {
        let empty: Vec<_> = new
            .iter()
            .map(|(field, _)| (*field, String::new()))
            .collect();
        for (field, old, new) in changes(old.unwrap_or(&empty), new) {
            self.log(conn, field, &old, &new).await?;
        }
        Ok(())
    }

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
