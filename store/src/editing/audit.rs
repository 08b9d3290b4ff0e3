//! The audit log: one row per changed field, written in the same transaction as the change.

use crate::{Store, StoreError};
use domain::admin::audit::{AuditEntry, RecordKind, changes};
use domain::staff::StaffUser;
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct AuditRow {
    at: i64,
    staff: String,
    field: String,
    old_value: String,
    new_value: String,
}

impl From<AuditRow> for AuditEntry {
    fn from(row: AuditRow) -> AuditEntry {
        AuditEntry {
            at: row.at,
            staff: row.staff,
            field: row.field,
            old_value: row.old_value,
            new_value: row.new_value,
        }
    }
}

/// Who made a change: a staff member, or a program (an import named by its format,
/// `import mpsv`; `server set-password`; a one-time password link).
#[derive(Clone, Copy)]
pub(crate) enum Actor<'a> {
    Staff(&'a StaffUser),
    Program(&'a str),
}

/// A change about to be logged.
pub(crate) struct Change<'a> {
    pub kind: RecordKind,
    pub record_id: i64,
    pub by: Actor<'a>,
    pub at: i64,
}

/// A record's fields as the log records them: (label, value as text).
pub(crate) type AuditValues = [(&'static str, String)];

impl Change<'_> {
    /// Logs every field whose value differs; a new record (`old` `None`) logs every field set.
    pub(crate) async fn log_changes(
        &self,
        conn: &mut AnyConnection,
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
        conn: &mut AnyConnection,
        field: &str,
        old_value: &str,
        new_value: &str,
    ) -> Result<(), StoreError> {
        let kind = self.kind.slug();
        let (staff_id, name) = match self.by {
            Actor::Staff(user) => (Some(user.id), user.username.as_str()),
            Actor::Program(source) => (None, source),
        };
        sqlx::query(
            r#"INSERT INTO audit_log (at, staff_id, staff_name, record_kind, record_id, field,
               old_value, new_value)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"#,
        )
        .bind(self.at)
        .bind(staff_id)
        .bind(name)
        .bind(kind)
        .bind(self.record_id)
        .bind(field)
        .bind(old_value)
        .bind(new_value)
        .execute(conn)
        .await?;
        Ok(())
    }
}

/// The fields (by audit label) staff have changed in a record since its last import; every
/// field staff ever changed when it was never imported.
pub(crate) async fn edited_since_import(
    conn: &mut AnyConnection,
    kind: RecordKind,
    record_id: i64,
) -> Result<Vec<String>, StoreError> {
    let kind = kind.slug();
    Ok(sqlx::query_scalar::<_, String>(
        r#"SELECT DISTINCT field FROM audit_log
           WHERE record_kind = $1 AND record_id = $2 AND staff_id IS NOT NULL
             AND at >= COALESCE(
                 (SELECT at FROM import_marks WHERE record_kind = $1 AND record_id = $2), 0)"#,
    )
    .bind(kind)
    .bind(record_id)
    .fetch_all(conn)
    .await?)
}

/// Notes that an import has brought the record in line with its file at `at`.
pub(crate) async fn mark_imported(
    conn: &mut AnyConnection,
    kind: RecordKind,
    record_id: i64,
    at: i64,
) -> Result<(), StoreError> {
    let kind = kind.slug();
    sqlx::query(
        r#"INSERT INTO import_marks (record_kind, record_id, at) VALUES ($1, $2, $3)
         ON CONFLICT (record_kind, record_id) DO UPDATE SET at = excluded.at"#,
    )
    .bind(kind)
    .bind(record_id)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Every logged change of one record, newest first.
    pub async fn audit_log(
        &self,
        kind: RecordKind,
        record_id: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let kind = kind.slug();
        Ok(sqlx::query_as::<_, AuditRow>(
            r#"SELECT at, staff_name AS staff, field, old_value, new_value
               FROM audit_log WHERE record_kind = $1 AND record_id = $2 ORDER BY id DESC"#,
        )
        .bind(kind)
        .bind(record_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect::<Vec<_>>())
    }
}
