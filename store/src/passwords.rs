//! Setting a staff password: by its owner, by `server set-password`, or through a one-time link
//! an administrator starts. Every change is in the audit log, and counts up the account's
//! `password_version`, which ends every session begun under an earlier one.

use crate::editing::audit::{Actor, Change};
use crate::staff::StaffUserRow;
use crate::{Store, StoreError, rows};
use domain::admin::audit::RecordKind;
use domain::staff::{StaffUser, Username};
use sqlx::AnyConnection;

/// Who sets a password.
#[derive(Clone, Copy)]
pub enum SetBy<'a> {
    /// The account's owner, signed in, or an administrator.
    Staff(&'a StaffUser),
    /// `server set-password` on the server.
    Command,
}

/// The account a one-time link is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetFor {
    pub id: i64,
    pub username: Username,
}

#[derive(sqlx::FromRow)]
struct ResetRow {
    staff_id: i64,
    username: String,
}

fn change(id: i64, by: Actor<'_>, at: i64) -> Change<'_> {
    Change {
        kind: RecordKind::StaffUser,
        record_id: id,
        by,
        at,
    }
}

/// Account `id`'s new hash, its password version counted up (ending its other sessions) and the
/// change logged; `false` when there is no such account.
async fn write_hash(
    conn: &mut AnyConnection,
    id: i64,
    password_hash: &str,
    by: Actor<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let updated = sqlx::query(
        r#"UPDATE staff_users SET password_hash = $1, password_version = password_version + 1
           WHERE id = $2"#,
    )
    .bind(password_hash)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(false);
    }
    change(id, by, now)
        .log(conn, "heslo", "", "změněno")
        .await?;
    Ok(true)
}

impl Store {
    /// Stores the new hash of account `id`; `None` when there is no such account.
    pub async fn set_password(
        &self,
        id: i64,
        password_hash: &str,
        by: SetBy<'_>,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let actor = match by {
            SetBy::Staff(user) => Actor::Staff(user),
            SetBy::Command => Actor::Program("server set-password"),
        };
        let mut tx = self.pool.begin().await?;
        if !write_hash(&mut tx, id, password_hash, actor, now).await? {
            return Ok(None);
        }
        tx.commit().await?;
        Ok(Some(()))
    }

    /// Keeps a one-time link's token (as its hash) for account `id`, valid until `expires_at`,
    /// and queues the `message` carrying it, if it is mailed.
    pub async fn start_password_reset(
        &self,
        id: i64,
        token_hash: &str,
        expires_at: i64,
        message: Option<&domain::mail::Message>,
        by: &StaffUser,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO password_resets (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(id)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        let issued = match message {
            Some(message) => {
                crate::providers::queue_mail_in(&mut tx, message, now).await?;
                format!("odkaz pro nové heslo poslán na {}", message.to)
            }
            None => "odkaz pro nové heslo vydán".to_owned(),
        };
        change(id, Actor::Staff(by), now)
            .log(&mut tx, "heslo", "", &issued)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The active account a link is for, while the link is unused and in time.
    pub async fn password_reset(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<ResetFor>, StoreError> {
        let Some(row) = sqlx::query_as::<_, ResetRow>(
            r#"SELECT r.staff_id AS staff_id, u.username
               FROM password_resets r JOIN staff_users u ON u.id = r.staff_id
               WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2
                 AND u.active = 1"#,
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(ResetFor {
            id: row.staff_id,
            username: rows::required(&row.username, "uživatelské jméno", row.staff_id)?,
        }))
    }

    /// Uses a link once: the account's new hash, the link spent. `None` when the link was used
    /// meanwhile, ran out or never was.
    pub async fn finish_password_reset(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(id) = sqlx::query_scalar::<_, i64>(
            r#"UPDATE password_resets SET used_at = $1
               WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3
               RETURNING staff_id"#,
        )
        .bind(now)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        let by = Actor::Program("odkaz pro nové heslo");
        write_hash(&mut tx, id, password_hash, by, now).await?;
        tx.commit().await?;
        Ok(Some(()))
    }

    /// The version of account `id`'s password, which a session keeps from its login.
    pub async fn password_version(&self, id: i64) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query_scalar::<_, i64>("SELECT password_version FROM staff_users WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// The active account `id` as a signed-in user, if its session began under the password's
    /// current `version`: one query on every staff request.
    pub async fn staff_in_session(
        &self,
        id: i64,
        version: i64,
    ) -> Result<Option<StaffUser>, StoreError> {
        sqlx::query_as::<_, StaffUserRow>(
            r#"SELECT username, role FROM staff_users
               WHERE id = $1 AND active = 1 AND password_version = $2"#,
        )
        .bind(id)
        .bind(version)
        .fetch_optional(&self.pool)
        .await?
        .map(|row| row.into_user(id))
        .transpose()
    }
}
