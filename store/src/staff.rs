//! Staff accounts: created by an administrator, read at login.

use crate::{Store, StoreError, rows};
use domain::staff::{Role, Username};

/// A staff account as stored: the password only as its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i64,
    pub username: Username,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
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
            r#"SELECT id AS "id!: i64", username, password_hash, role, active AS "active!: bool"
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
            id: row.id,
        }))
    }
}
