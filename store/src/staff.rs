//! Staff accounts: created by an administrator, read at login.

use crate::editing::audit::{Actor, Change};
use crate::{Store, StoreError, rows};
use domain::admin::audit::RecordKind;
use domain::admin::views::StaffRow;
use domain::staff::{Role, StaffUser, Username};

#[derive(sqlx::FromRow)]
struct StaffAccountRow {
    id: i64,
    username: String,
    password_hash: String,
    role: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    active: bool,
}

/// A signed-in staff member's name and role.
#[derive(sqlx::FromRow)]
pub(crate) struct StaffUserRow {
    username: String,
    role: String,
}

impl StaffUserRow {
    /// The signed-in user of account `id`.
    pub(crate) fn into_user(self, id: i64) -> Result<StaffUser, StoreError> {
        Ok(StaffUser {
            id,
            username: rows::required(&self.username, "uživatelské jméno", id)?,
            role: rows::required(&self.role, "role", id)?,
        })
    }
}

#[derive(sqlx::FromRow)]
struct StaffListRow {
    id: i64,
    username: String,
    role: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    active: bool,
    email: Option<String>,
}

#[derive(sqlx::FromRow)]
struct StaffRecordRow {
    username: String,
    role: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    active: bool,
    email: Option<String>,
}

#[derive(sqlx::FromRow)]
struct UpdateStaffAccountRow {
    role: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    active: bool,
    email: Option<String>,
}

/// A staff account as stored: the password only as its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i64,
    pub username: Username,
    pub password_hash: String,
    pub role: Role,
    pub active: bool,
}

impl StaffAccount {
    pub fn user(&self) -> StaffUser {
        StaffUser {
            id: self.id,
            username: self.username.clone(),
            role: self.role,
        }
    }
}

/// The name is already taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("uživatel „{0}“ už existuje")]
pub struct UsernameTaken(pub Username);

impl Store {
    /// Adds an account (from the command line, where no one is signed in); `password_hash` is a
    /// PHC string (the caller hashes).
    #[tracing::instrument(skip(self, password_hash))]
    pub async fn create_staff_account(
        &self,
        username: &Username,
        password_hash: &str,
        role: Role,
    ) -> Result<Result<i64, UsernameTaken>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        insert_account(&mut conn, username, password_hash, role).await
    }

    /// Adds an account an administrator made, and logs it, in one transaction.
    #[tracing::instrument(skip(self, password_hash, by), fields(staff = %by.username))]
    pub async fn create_staff_account_by(
        &self,
        username: &Username,
        password_hash: &str,
        role: Role,
        by: &StaffUser,
        now: i64,
    ) -> Result<Result<i64, UsernameTaken>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let created = insert_account(&mut tx, username, password_hash, role).await?;
        if let Ok(id) = created {
            staff_change(id, by, now)
                .log(&mut tx, "založeno", "", role.label())
                .await?;
            tx.commit().await?;
        }
        Ok(created)
    }

    /// The account of this name, if there is one.
    pub async fn staff_account(
        &self,
        username: &Username,
    ) -> Result<Option<StaffAccount>, StoreError> {
        let name = username.as_str();
        let Some(row) = sqlx::query_as::<_, StaffAccountRow>(
            r#"SELECT id, username, password_hash, role, active
               FROM staff_users WHERE username = $1"#,
        )
        .bind(name)
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

    /// The active account with this id, as a signed-in user; `None` once it is deactivated.
    pub async fn staff_user(&self, id: i64) -> Result<Option<StaffUser>, StoreError> {
        sqlx::query_as::<_, StaffUserRow>(
            "SELECT username, role FROM staff_users WHERE id = $1 AND active = 1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .map(|row| row.into_user(id))
        .transpose()
    }
}

impl Store {
    /// Every account, by name.
    pub async fn staff_list(&self) -> Result<Vec<StaffRow>, StoreError> {
        sqlx::query_as::<_, StaffListRow>(
            "SELECT id, username, role, active, email FROM staff_users ORDER BY username",
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|r| {
            Ok(StaffRow {
                id: r.id,
                username: r.username,
                role: rows::required(&r.role, "role", r.id)?,
                active: r.active,
                email: r.email,
            })
        })
        .collect()
    }

    /// One account's line.
    pub async fn staff_row(&self, id: i64) -> Result<Option<StaffRow>, StoreError> {
        sqlx::query_as::<_, StaffRecordRow>(
            "SELECT username, role, active, email FROM staff_users WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .map(|r| {
            Ok(StaffRow {
                id,
                username: r.username,
                role: rows::required(&r.role, "role", id)?,
                active: r.active,
                email: r.email,
            })
        })
        .transpose()
    }

    /// Changes an account's role, whether it may sign in, and the address its password links go
    /// to; a deactivated account's sessions end at their next request (`staff_user` no longer
    /// finds it). `None`: no such account.
    #[tracing::instrument(skip(self, by), fields(staff = %by.username))]
    pub async fn update_staff_account(
        &self,
        id: i64,
        change: &domain::admin::account::CheckedChange,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let (role, active) = (change.role, change.active);
        let email = change.email.as_ref().map(|e| e.as_str().to_owned());
        let mut tx = self.pool.begin().await?;
        let Some(before) = sqlx::query_as::<_, UpdateStaffAccountRow>(
            "SELECT role, active, email FROM staff_users WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let old_role: Role = rows::required(&before.role, "role", id)?;
        let slug = role.slug();
        sqlx::query("UPDATE staff_users SET role = $1, active = $2, email = $3 WHERE id = $4")
            .bind(slug)
            .bind(i64::from(active))
            .bind(&email)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let state = |active: bool| if active { "aktivní" } else { "zablokovaný" };
        let values = |role: Role, active: bool, email: Option<String>| {
            [
                ("role", role.label().to_owned()),
                ("stav", state(active).to_owned()),
                ("e-mail", email.unwrap_or_default()),
            ]
        };
        staff_change(id, by, now)
            .log_changes(
                &mut tx,
                Some(&values(old_role, before.active, before.email)),
                &values(role, active, email),
            )
            .await?;
        tx.commit().await?;
        Ok(Some(()))
    }
}

async fn insert_account(
    conn: &mut sqlx::AnyConnection,
    username: &Username,
    password_hash: &str,
    role: Role,
) -> Result<Result<i64, UsernameTaken>, StoreError> {
    let (name, role) = (username.as_str(), role.slug());
    let inserted = sqlx::query_scalar::<_, i64>(
        r#"INSERT INTO staff_users (username, password_hash, role) VALUES ($1, $2, $3)
           ON CONFLICT (username) DO NOTHING
           RETURNING id"#,
    )
    .bind(name)
    .bind(password_hash)
    .bind(role)
    .fetch_optional(conn)
    .await?;
    Ok(inserted.ok_or_else(|| UsernameTaken(username.clone())))
}

fn staff_change(id: i64, by: &StaffUser, at: i64) -> Change<'_> {
    Change {
        kind: RecordKind::StaffUser,
        record_id: id,
        by: Actor::Staff(by),
        at,
    }
}
