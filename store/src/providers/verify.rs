//! Confirming services: every confirmation sets the service's `verified_at`, is logged with its
//! source in `verifications` and in the audit log, and ends its provider's open round once all
//! its services are confirmed.
//! Also each provider's state, which the cycle and staff's overview read.

use super::contacts::ProviderContact;
use crate::editing::audit::{Actor, Change};
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::admin::date::czech_date;
use domain::verification::cycle::Round;
use domain::verification::overview::ProviderState;
use domain::verification::{Confirmation, Source};
use sqlx::AnyConnection;

/// Service `id` confirmed at `now` from `source` by `by` (a staff name or a provider's address).
pub(crate) async fn log_verification(
    conn: &mut AnyConnection,
    change: &Change<'_>,
    source: Source,
    by: &str,
) -> Result<(), StoreError> {
    let id = change.record_id;
    let old =
        sqlx::query_scalar::<_, Option<i64>>("SELECT verified_at FROM services WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?
            .map(czech_date)
            .unwrap_or_default();
    let new = format!("{} ({})", czech_date(change.at), source.label());
    change.log(conn, "ověřeno", &old, &new).await?;
    sqlx::query("UPDATE services SET verified_at = $1, verified_by = $2 WHERE id = $3")
        .bind(change.at)
        .bind(by)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO verifications (service_id, verified_at, source, by_name) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(change.at)
    .bind(source.key())
    .bind(by)
    .execute(&mut *conn)
    .await?;
    // Its provider's open round is over once every published service was confirmed since it
    // began (staff phoning through their task list, one service after another).
    sqlx::query(
        r#"UPDATE verification_rounds SET closed_at = $1
           WHERE closed_at IS NULL
             AND organization_id = (SELECT organization_id FROM services WHERE id = $2)
             AND NOT EXISTS (SELECT 1 FROM services s
                             WHERE s.organization_id = verification_rounds.organization_id
                               AND s.published = 1
                               AND (s.verified_at IS NULL
                                    OR s.verified_at < verification_rounds.started_at))"#,
    )
    .bind(change.at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends organisation `organization_id`'s open round: it answered. Its verification links go.
pub(crate) async fn close_round(
    conn: &mut AnyConnection,
    organization_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE verification_rounds SET closed_at = $1 WHERE organization_id = $2 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(organization_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        r#"UPDATE provider_links SET used_at = $1
           WHERE purpose = $2 AND used_at IS NULL
             AND contact_id IN (SELECT id FROM provider_contacts WHERE organization_id = $3)"#,
    )
    .bind(now)
    .bind(super::LinkPurpose::Verify.key())
    .bind(organization_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct StateRow {
    organization_id: i64,
    name: String,
    services: i64,
    verified: i64,
    never: i64,
    oldest: Option<i64>,
    contacts: i64,
    started_at: Option<i64>,
    reminders: Option<i64>,
    task_at: Option<i64>,
}

impl From<StateRow> for ProviderState {
    fn from(row: StateRow) -> ProviderState {
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        ProviderState {
            organization_id: row.organization_id,
            name: row.name,
            services: count(row.services),
            verified: count(row.verified),
            oldest: if row.never > 0 { None } else { row.oldest },
            contacts: count(row.contacts),
            round: row.started_at.map(|started_at| Round {
                started_at,
                reminders: u8::try_from(row.reminders.unwrap_or(0)).unwrap_or(u8::MAX),
                task: row.task_at.is_some(),
            }),
        }
    }
}

impl Store {
    /// The provider confirms every published service of its organisation as it stands.
    /// Answers how many were confirmed.
    pub async fn confirm_services(
        &self,
        contact: &ProviderContact,
        now: i64,
    ) -> Result<usize, StoreError> {
        let mut tx = self.pool.begin().await?;
        let ids = sqlx::query_scalar::<_, i64>(
            "SELECT id FROM services WHERE organization_id = $1 AND published = 1 ORDER BY id",
        )
        .bind(contact.organization_id)
        .fetch_all(&mut *tx)
        .await?;
        let by = format!("poskytovatel ({})", contact.email);
        for &id in &ids {
            let change = Change {
                kind: RecordKind::Service,
                record_id: id,
                by: Actor::Program(&by),
                at: now,
            };
            log_verification(&mut tx, &change, Source::Provider, &contact.email).await?;
        }
        close_round(&mut tx, contact.organization_id, now).await?;
        tx.commit().await?;
        Ok(ids.len())
    }

    /// Every provider with published services: how many are confirmed since `fresh_since`, the
    /// least recent confirmation, its invited addresses and its open round.
    pub async fn provider_states(
        &self,
        fresh_since: i64,
    ) -> Result<Vec<ProviderState>, StoreError> {
        let rows = sqlx::query_as::<_, StateRow>(
            r#"SELECT o.id AS organization_id, o.name, COUNT(s.id) AS services,
                      COUNT(CASE WHEN s.verified_at >= $1 THEN 1 END) AS verified,
                      COUNT(CASE WHEN s.verified_at IS NULL THEN 1 END) AS never,
                      MIN(s.verified_at) AS oldest,
                      (SELECT COUNT(*) FROM provider_contacts c
                       WHERE c.organization_id = o.id AND c.unsubscribed_at IS NULL) AS contacts,
                      r.started_at, r.reminders, r.task_at
               FROM organizations o
               JOIN services s ON s.organization_id = o.id AND s.published = 1
               LEFT JOIN verification_rounds r ON r.organization_id = o.id AND r.closed_at IS NULL
               GROUP BY o.id, o.name, o.sort_key, r.started_at, r.reminders, r.task_at
               ORDER BY o.sort_key"#,
        )
        .bind(fresh_since)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(ProviderState::from).collect())
    }

    /// Each confirmation of service `id`, newest first.
    pub async fn verifications(&self, id: i64) -> Result<Vec<Confirmation>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            verified_at: i64,
            source: String,
            by_name: String,
        }
        let rows = sqlx::query_as::<_, Row>(
            "SELECT verified_at, source, by_name FROM verifications WHERE service_id = $1 ORDER BY id DESC",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let source = Source::from_key(&r.source).ok_or_else(|| StoreError::Corrupt {
                    what: "zdroj ověření",
                    id,
                    detail: r.source.clone(),
                })?;
                Ok(Confirmation {
                    at: r.verified_at,
                    source,
                    by: r.by_name,
                })
            })
            .collect()
    }
}
