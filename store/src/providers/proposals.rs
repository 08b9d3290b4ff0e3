//! Providers' proposed edits: sent for one of their own services, waiting for staff, approved
//! (written through the staff editor's path, the service confirmed) or returned with a reason
//! the provider is mailed and sees.

use super::contacts::ProviderContact;
use super::outbox::queue;
use super::verify::{close_round, log_verification};
use crate::editing::audit::{Actor, Change};
use crate::{Store, StoreError};
use domain::admin::FieldErrors;
use domain::admin::audit::RecordKind;
use domain::mail::Message;
use domain::provider::edit::{FieldChange, ProviderServiceForm, apply};
use domain::provider::review::{OwnService, Proposal, ProposalState};
use domain::staff::StaffUser;
use domain::verification::Source;

#[derive(sqlx::FromRow)]
struct ProposalRow {
    id: i64,
    service_id: i64,
    service: String,
    organization: String,
    email: String,
    submitted_at: i64,
    changes: String,
    state: String,
    reason: Option<String>,
}

const PROPOSAL: &str = r#"SELECT p.id, p.service_id, s.name AS service, o.name AS organization,
       c.email, p.submitted_at, p.changes, p.state, p.reason
FROM service_proposals p
JOIN services s ON s.id = p.service_id
JOIN organizations o ON o.id = s.organization_id
JOIN provider_contacts c ON c.id = p.contact_id"#;

impl TryFrom<ProposalRow> for Proposal {
    type Error = StoreError;

    fn try_from(row: ProposalRow) -> Result<Proposal, StoreError> {
        let corrupt = |what, detail: String| StoreError::Corrupt {
            what,
            id: row.id,
            detail,
        };
        Ok(Proposal {
            id: row.id,
            service_id: row.service_id,
            service: row.service,
            organization: row.organization,
            email: row.email,
            submitted_at: row.submitted_at,
            changes: serde_json::from_str(&row.changes)
                .map_err(|e| corrupt("změny návrhu", e.to_string()))?,
            state: ProposalState::from_key(&row.state)
                .ok_or_else(|| corrupt("stav návrhu", row.state.clone()))?,
            reason: row.reason,
        })
    }
}

/// What approving answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Approval {
    Approved,
    /// The record as it is now no longer takes the changes (checked as a staff save).
    Refused(FieldErrors),
    /// Decided before.
    AlreadyDecided,
}

impl Store {
    /// The published services of organisation `organization_id`, each as residents see it,
    /// with the provider's form and its latest proposal.
    pub async fn own_services(&self, organization_id: i64) -> Result<Vec<OwnService>, StoreError> {
        self.owned(organization_id, None).await
    }

    /// Service `id` as the provider's editor reads it, if it is `contact`'s organisation's and
    /// published.
    pub async fn own_service(
        &self,
        contact: &ProviderContact,
        id: i64,
    ) -> Result<Option<OwnService>, StoreError> {
        Ok(self.owned(contact.organization_id, Some(id)).await?.pop())
    }

    async fn owned(
        &self,
        organization_id: i64,
        only: Option<i64>,
    ) -> Result<Vec<OwnService>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let published = super::listed::published(&mut conn, organization_id, only).await?;
        let sql = format!("{PROPOSAL} WHERE p.service_id = $1 ORDER BY p.id DESC LIMIT 1");
        let mut services = Vec::with_capacity(published.len());
        for (stored, listed) in published {
            let latest = sqlx::query_as::<_, ProposalRow>(&sql)
                .bind(stored.id)
                .fetch_optional(&mut *conn)
                .await?
                .map(Proposal::try_from)
                .transpose()?;
            services.push(OwnService {
                id: stored.id,
                listed,
                form: ProviderServiceForm::of(&stored.edit.to_form()),
                verified_at: stored.verified_at,
                latest,
            });
        }
        Ok(services)
    }

    /// Files `contact`'s proposal for service `service_id` and answers its round; `None` when
    /// the service is not one of its organisation's published services.
    pub async fn propose(
        &self,
        contact: &ProviderContact,
        service_id: i64,
        changes: &[FieldChange],
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let own = sqlx::query_scalar::<_, i64>(
            "SELECT id FROM services WHERE id = $1 AND organization_id = $2 AND published = 1",
        )
        .bind(service_id)
        .bind(contact.organization_id)
        .fetch_optional(&mut *tx)
        .await?;
        if own.is_none() {
            return Ok(None);
        }
        let changes = serde_json::to_string(changes).expect("changes serialise");
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO service_proposals (service_id, contact_id, submitted_at, changes)
               VALUES ($1, $2, $3, $4) RETURNING id"#,
        )
        .bind(service_id)
        .bind(contact.id)
        .bind(now)
        .bind(changes)
        .fetch_one(&mut *tx)
        .await?;
        close_round(&mut tx, contact.organization_id, now).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Proposals waiting for staff, oldest first.
    pub async fn waiting_proposals(&self) -> Result<Vec<Proposal>, StoreError> {
        let sql = format!("{PROPOSAL} WHERE p.state = $1 ORDER BY p.submitted_at, p.id");
        sqlx::query_as::<_, ProposalRow>(&sql)
            .bind(ProposalState::Waiting.key())
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(Proposal::try_from)
            .collect()
    }

    /// How many proposals wait for staff.
    pub async fn waiting_proposal_count(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM service_proposals WHERE state = $1")
                .bind(ProposalState::Waiting.key())
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// Proposal `id` with the service's record as it is now.
    pub async fn proposal(
        &self,
        id: i64,
    ) -> Result<Option<(Proposal, domain::admin::service_edit::ServiceForm)>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let sql = format!("{PROPOSAL} WHERE p.id = $1");
        let Some(row) = sqlx::query_as::<_, ProposalRow>(&sql)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
        else {
            return Ok(None);
        };
        let proposal = Proposal::try_from(row)?;
        let Some(stored) = crate::editing::service::read(&mut conn, proposal.service_id).await?
        else {
            return Ok(None);
        };
        Ok(Some((proposal, stored.edit.to_form())))
    }

    /// Approves proposal `id`: the changes written over the record as it is now, through the
    /// staff editor's path (each field logged), and the service confirmed from the provider.
    pub async fn approve_proposal(
        &self,
        id: i64,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<Approval>, StoreError> {
        let Some((proposal, current)) = self.proposal(id).await? else {
            return Ok(None);
        };
        if proposal.state != ProposalState::Waiting {
            return Ok(Some(Approval::AlreadyDecided));
        }
        let edit = match apply(&current, &proposal.changes) {
            Ok(edit) => edit,
            Err(errors) => return Ok(Some(Approval::Refused(errors))),
        };
        let mut tx = self.pool.begin().await?;
        let decided = decide(&mut tx, id, ProposalState::Approved, None, by, now).await?;
        if !decided {
            return Ok(Some(Approval::AlreadyDecided));
        }
        let Some(before) = crate::editing::service::read(&mut tx, proposal.service_id).await?
        else {
            return Ok(None);
        };
        let change = Change {
            kind: RecordKind::Service,
            record_id: proposal.service_id,
            by: Actor::Staff(by),
            at: now,
        };
        crate::editing::service::apply(&mut tx, proposal.service_id, &before.edit, &edit, &change)
            .await?;
        log_verification(&mut tx, &change, Source::Provider, &proposal.email).await?;
        crate::catalog::bump_version(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(Approval::Approved))
    }

    /// Returns proposal `id` with `reason`, the provider's `message` queued with it. `None`:
    /// no such proposal, or it was decided before.
    pub async fn return_proposal(
        &self,
        id: i64,
        reason: &str,
        message: &Message,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        if !decide(&mut tx, id, ProposalState::Returned, Some(reason), by, now).await? {
            return Ok(None);
        }
        queue(&mut tx, message, now).await?;
        tx.commit().await?;
        Ok(Some(()))
    }
}

/// Marks a waiting proposal decided; `false` when it was no longer waiting.
async fn decide(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    state: ProposalState,
    reason: Option<&str>,
    by: &StaffUser,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(sqlx::query(
        r#"UPDATE service_proposals SET state = $1, reason = $2, decided_at = $3, decided_by = $4
           WHERE id = $5 AND state = $6"#,
    )
    .bind(state.key())
    .bind(reason)
    .bind(now)
    .bind(by.username.as_str())
    .bind(id)
    .bind(ProposalState::Waiting.key())
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}
