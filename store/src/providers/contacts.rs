//! The addresses staff invited to keep an organisation's records, and the links sent to them:
//! one-time sign-in links and a round's verification link, each kept as its token's hash.

use super::outbox::queue;
use crate::editing::audit::{Actor, Change};
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::mail::Message;
use domain::staff::StaffUser;
use serde::{Deserialize, Serialize};

/// What a link lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Sign in once.
    SignIn,
    /// Open the round's page: "Vše platí" or "Upravit".
    Verify,
}

impl LinkPurpose {
    pub(crate) fn key(self) -> &'static str {
        match self {
            LinkPurpose::SignIn => "prihlaseni",
            LinkPurpose::Verify => "overeni",
        }
    }
}

/// An invited address of one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ProviderContact {
    pub id: i64,
    pub organization_id: i64,
    pub organization: String,
    pub email: String,
    /// The token of its "stop the messages" link.
    pub unsubscribe: String,
    pub unsubscribed_at: Option<i64>,
    pub invited_at: i64,
    pub invited_by: String,
}

const CONTACT: &str = r#"SELECT c.id, c.organization_id, o.name AS organization, c.email,
       c.unsubscribe, c.unsubscribed_at, c.invited_at, c.invited_by
FROM provider_contacts c JOIN organizations o ON o.id = c.organization_id"#;

/// Whether an invitation was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invited {
    New,
    AlreadyInvited,
}

impl Store {
    /// Invites `email` to keep organisation `organization_id`'s records, with the `invitation`
    /// queued in the same transaction; an address invited before is left as it was.
    pub async fn invite_contact(
        &self,
        organization_id: i64,
        email: &str,
        unsubscribe: &str,
        invitation: &Message,
        by: &StaffUser,
        now: i64,
    ) -> Result<Invited, StoreError> {
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            r#"INSERT INTO provider_contacts (organization_id, email, invited_at, invited_by, unsubscribe)
               VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organization_id, email) DO NOTHING"#,
        )
        .bind(organization_id)
        .bind(email)
        .bind(now)
        .bind(by.username.as_str())
        .bind(unsubscribe)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            return Ok(Invited::AlreadyInvited);
        }
        queue(&mut tx, invitation, now).await?;
        Change {
            kind: RecordKind::Organization,
            record_id: organization_id,
            by: Actor::Staff(by),
            at: now,
        }
        .log(
            &mut tx,
            "kontakt poskytovatele",
            "",
            &format!("pozván: {email}"),
        )
        .await?;
        tx.commit().await?;
        Ok(Invited::New)
    }

    /// Invites every address the fictional providers of the sample data give (domain
    /// `.example`), without mail: the sample portal's providers can sign in at once. Answers how
    /// many were invited.
    pub async fn invite_sample_contacts(&self, now: i64) -> Result<u64, StoreError> {
        let sql = format!(
            r#"INSERT INTO provider_contacts (organization_id, email, invited_at, invited_by, unsubscribe)
               SELECT organization_id, email, $1, 'ukázková data', {token}
               FROM ({given}) AS invited
               WHERE email LIKE '%.example'
               ON CONFLICT (organization_id, email) DO NOTHING"#,
            token = self.backend.random_token(),
            given = given_addresses(self.backend),
        );
        Ok(sqlx::query(&sql)
            .bind(now)
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// The addresses organisation `id`'s record and its services give, lower case, sorted.
    pub async fn organization_addresses(&self, id: i64) -> Result<Vec<String>, StoreError> {
        let sql = format!(
            r#"SELECT email FROM ({}) AS given WHERE organization_id = $1 ORDER BY email"#,
            given_addresses(self.backend)
        );
        Ok(sqlx::query_scalar::<_, String>(&sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The invited contacts with address `email` (one per organisation it serves).
    pub async fn contacts_with_email(
        &self,
        email: &str,
    ) -> Result<Vec<ProviderContact>, StoreError> {
        let sql = format!("{CONTACT} WHERE c.email = $1 ORDER BY o.name");
        Ok(sqlx::query_as::<_, ProviderContact>(&sql)
            .bind(email)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The invited contacts of organisation `organization_id`.
    pub async fn organization_contacts(
        &self,
        organization_id: i64,
    ) -> Result<Vec<ProviderContact>, StoreError> {
        let sql = format!("{CONTACT} WHERE c.organization_id = $1 ORDER BY c.email");
        Ok(sqlx::query_as::<_, ProviderContact>(&sql)
            .bind(organization_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// The invited contacts of organisation `organization_id` that take the cycle's messages.
    pub async fn asked_contacts(
        &self,
        organization_id: i64,
    ) -> Result<Vec<ProviderContact>, StoreError> {
        let sql = format!(
            "{CONTACT} WHERE c.organization_id = $1 AND c.unsubscribed_at IS NULL ORDER BY c.email"
        );
        Ok(sqlx::query_as::<_, ProviderContact>(&sql)
            .bind(organization_id)
            .fetch_all(&self.pool)
            .await?)
    }

    /// Contact `id`, if it is still invited.
    pub async fn provider_contact(&self, id: i64) -> Result<Option<ProviderContact>, StoreError> {
        let sql = format!("{CONTACT} WHERE c.id = $1");
        Ok(sqlx::query_as::<_, ProviderContact>(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Keeps a link for contact `contact_id` (as its token's hash) and queues the `message`
    /// carrying it, in one transaction.
    pub async fn send_provider_link(
        &self,
        contact_id: i64,
        token_hash: &str,
        purpose: LinkPurpose,
        expires_at: i64,
        message: &Message,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        insert_link(&mut tx, contact_id, token_hash, purpose, expires_at, now).await?;
        queue(&mut tx, message, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The contact a link is for, while it is unused and in time. A sign-in link is spent by
    /// this; a verification link stays until its round is answered.
    pub async fn open_provider_link(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        now: i64,
    ) -> Result<Option<ProviderContact>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let spend = match purpose {
            LinkPurpose::SignIn => "$1",
            LinkPurpose::Verify => "used_at",
        };
        let sql = format!(
            r#"UPDATE provider_links SET used_at = {spend}
               WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
               RETURNING contact_id"#
        );
        let Some(contact_id) = sqlx::query_scalar::<_, i64>(&sql)
            .bind(now)
            .bind(token_hash)
            .bind(purpose.key())
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(None);
        };
        tx.commit().await?;
        self.provider_contact(contact_id).await
    }

    /// Stops the verification messages to the contact whose link carries `token`; its
    /// organisation's name, or `None` for an unknown token.
    pub async fn unsubscribe_contact(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Option<String>, StoreError> {
        let sql = format!("{CONTACT} WHERE c.unsubscribe = $1");
        let Some(contact) = sqlx::query_as::<_, ProviderContact>(&sql)
            .bind(token)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE provider_contacts SET unsubscribed_at = $1 WHERE id = $2 AND unsubscribed_at IS NULL",
        )
        .bind(now)
        .bind(contact.id)
        .execute(&self.pool)
        .await?;
        Ok(Some(contact.organization))
    }
}

/// Every address a provider's record or its services give, lower case, once per provider: a
/// table of `organization_id`, `email`.
fn given_addresses(backend: crate::Backend) -> String {
    format!(
        r#"SELECT o.id AS organization_id, LOWER(value) AS email
           FROM organizations o, {}
           UNION
           SELECT s.organization_id, LOWER(value) AS email
           FROM services s, {}"#,
        backend.json_texts("o.emails"),
        backend.json_texts("s.emails"),
    )
}

pub(crate) async fn insert_link(
    conn: &mut sqlx::AnyConnection,
    contact_id: i64,
    token_hash: &str,
    purpose: LinkPurpose,
    expires_at: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        r#"INSERT INTO provider_links (token_hash, contact_id, purpose, created_at, expires_at)
           VALUES ($1, $2, $3, $4, $5)"#,
    )
    .bind(token_hash)
    .bind(contact_id)
    .bind(purpose.key())
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}
