//! Staff accounts: created by an administrator, read at login.

use crate::{Store, StoreError, rows};
use domain::staff::{Role, StaffUser, Username};

/// Failed logins in a row that lock an account.
pub const LOCKOUT_AFTER: i64 = 5;
/// How long a locked account stays locked, in seconds.
pub const LOCKOUT_SECS: i64 = 15 * 60;

/// A staff account as stored: the password only as its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i64,
    pub username: Username,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
    /// Unix seconds until which logins are refused after repeated failures.
    pub locked_until: Option<i64>,
}

impl StaffAccount {
    pub fn user(&self) -> StaffUser {
        StaffUser {
            id: self.id,
            username: self.username.clone(),
            role: self.role,
        }
    }

    pub fn is_locked(&self, now: i64) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }
}

/// The name is already taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("uživatel „{0}“ už existuje")]
pub struct UsernameTaken(pub Username);

impl Store {
    /// Adds an account; `password_hash` is a PHC string (the caller hashes).
    #[tracing::instrument(skip(self, password_hash))]
    pub async fn create_staff_account(
        &self,
        username: &Username,
        password_hash: &str,
        role: Role,
    ) -> Result<Result<i64, UsernameTaken>, StoreError> {
        let (name, role) = (username.as_str(), role.slug());
        let inserted = sqlx::query_scalar!(
            r#"INSERT INTO staff_users (username, password_hash, role) VALUES (?, ?, ?)
               ON CONFLICT (username) DO NOTHING
               RETURNING id AS "id!: i64""#,
            name,
            password_hash,
            role
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(inserted.ok_or_else(|| UsernameTaken(username.clone())))
    }

    /// The account of this name, if there is one.
    pub async fn staff_account(
        &self,
        username: &Username,
    ) -> Result<Option<StaffAccount>, StoreError> {
        let name = username.as_str();
        let Some(row) = sqlx::query!(
            r#"SELECT id AS "id!: i64", username, password_hash, role, active AS "active!: bool", locked_until
               FROM staff_users WHERE username = ?"#,
            name
        )
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(StaffAccount {
            username: rows::required(&row.username, "uživatelské jméno", row.id)?,
            role: rows::required(&row.role, "role", row.id)?,
            password_hash: row.password_hash,
            active: row.active,
            locked_until: row.locked_until,
            id: row.id,
        }))
    }

    /// The active account with this id, as a signed-in user; `None` once it is deactivated.
    pub async fn staff_user(&self, id: i64) -> Result<Option<StaffUser>, StoreError> {
        let Some(row) = sqlx::query!(
            r#"SELECT username, role FROM staff_users WHERE id = ? AND active = 1"#,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(StaffUser {
            id,
            username: rows::required(&row.username, "uživatelské jméno", id)?,
            role: rows::required(&row.role, "role", id)?,
        }))
    }

    /// Counts a wrong password; the fifth in a row locks the account for a while. Returns the
    /// time the lock ends, if this failure set one.
    pub async fn record_failed_login(&self, id: i64, now: i64) -> Result<Option<i64>, StoreError> {
        let until = now + LOCKOUT_SECS;
        let locked = sqlx::query_scalar!(
            r#"UPDATE staff_users
               SET failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END,
                   locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END
               WHERE id = ?
               RETURNING locked_until"#,
            LOCKOUT_AFTER,
            LOCKOUT_AFTER,
            until,
            id
        )
        .fetch_optional(&self.pool)
        .await?
        .flatten();
        Ok(locked.filter(|&t| t == until))
    }

    /// A right password: the count of failures starts again.
    pub async fn record_login(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query!(
            "UPDATE staff_users SET failed_logins = 0, locked_until = NULL WHERE id = ?",
            id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

impl Store {
    /// Every account, by name.
    pub async fn staff_list(&self) -> Result<Vec<domain::admin::views::StaffRow>, StoreError> {
        sqlx::query!(r#"SELECT id AS "id!: i64", username, role, active AS "active!: bool" FROM staff_users ORDER BY username"#)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|r| {
                Ok(domain::admin::views::StaffRow {
                    username: r.username,
                    role: rows::required(&r.role, "role", r.id)?,
                    active: r.active,
                })
            })
            .collect()
    }
}
