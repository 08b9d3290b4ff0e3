//! The server functions of the verification pages: the overview, providers' proposals and the
//! invitations of their addresses.

use crate::AppError;
use domain::admin::FieldErrors;
use domain::provider::review::{Decision, Proposal};
use domain::verification::overview::Overview;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// `/sprava/navrhy/{id}`: one proposal, the fields someone changed since it was sent, and the
/// form for staff's decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalPage {
    pub proposal: Proposal,
    pub moved: Vec<domain::provider::edit::ProviderField>,
    pub decision: Decision,
    /// By field; a refusal of the whole form under `form`.
    pub errors: FieldErrors,
    pub csrf: String,
}

#[cfg(feature = "ssr")]
impl crate::common::ShowsRefusal for ProposalPage {
    type Form = Decision;

    fn refused(&mut self, form: Decision, errors: FieldErrors, message: Option<String>) {
        self.decision = form;
        self.errors = crate::common::with_form_error(errors, message);
    }
}

/// An invited address as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitedContact {
    pub email: String,
    pub invited_at: i64,
    pub invited_by: String,
    pub unsubscribed_at: Option<i64>,
}

/// `/sprava/organizace/{id}/kontakty`: who keeps the provider's records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactsPage {
    pub organization_id: i64,
    pub organization: String,
    pub invited: Vec<InvitedContact>,
    /// Addresses its record and its services give, not invited yet.
    pub suggested: Vec<String>,
    pub email: String,
    pub errors: FieldErrors,
    pub invited_now: Option<String>,
    pub csrf: String,
}

#[cfg(feature = "ssr")]
impl crate::common::ShowsRefusal for ContactsPage {
    type Form = InviteForm;

    fn refused(&mut self, form: InviteForm, errors: FieldErrors, message: Option<String>) {
        self.email = form.email;
        self.errors = crate::common::with_form_error(errors, message);
    }
}

/// The invitation form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
}

/// The verification cycle's state now (services confirmed within six months).
#[cfg(feature = "ssr")]
pub async fn overview() -> Result<Overview, AppError> {
    let store = crate::state::store()?;
    let now = crate::state::now();
    let counts = store
        .mail_counts(now - 30 * domain::admin::date::DAY)
        .await?;
    let on = use_context::<crate::state::MailOn>().is_some_and(|m| m.0);
    Ok(Overview {
        providers: store
            .provider_states(now - domain::admin::date::HALF_YEAR_SECS)
            .await?,
        mail: domain::verification::overview::MailState {
            on,
            sent: counts.sent,
            bounced: counts.bounced,
            waiting: counts.waiting,
            failing: counts.failing,
        },
        proposals_waiting: u64::try_from(store.waiting_proposal_count().await?).unwrap_or(0),
        schedule: use_context::<domain::verification::cycle::Schedule>().unwrap_or_default(),
        now,
    })
}

#[server(prefix = "/api/sprava")]
pub async fn load_verification_overview() -> Result<Overview, AppError> {
    crate::admin::auth::require_staff().await?;
    overview().await
}

#[server(prefix = "/api/sprava")]
pub async fn load_proposals() -> Result<Vec<Proposal>, AppError> {
    crate::admin::auth::require_staff().await?;
    Ok(crate::state::store()?.waiting_proposals().await?)
}

#[server(prefix = "/api/sprava")]
pub async fn load_proposal(id: i64) -> Result<ProposalPage, AppError> {
    crate::admin::auth::require_staff().await?;
    let (proposal, current) = crate::state::store()?
        .proposal(id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ProposalPage {
        moved: proposal.moved(&current),
        proposal,
        decision: Decision::default(),
        errors: FieldErrors::default(),
        csrf: crate::state::csrf_token()?,
    })
}

/// Approves or returns proposal `id`.
#[server(prefix = "/api/sprava/zapis")]
pub async fn decide_proposal(id: i64, decision: Decision) -> Result<ProposalPage, AppError> {
    use crate::common::Refusal;
    use domain::provider::review::Decided;
    let user = crate::admin::auth::require_staff().await?;
    let page = load_proposal(id).await?;
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(page, decision));
    }
    let decided = match decision.validate() {
        Ok(decided) => decided,
        Err(errors) => return Ok(Refusal::fields(errors).shown(page, decision)),
    };
    let store = crate::state::store()?;
    let now = crate::state::now();
    match decided {
        Decided::Approve => match store.approve_proposal(id, &user, now).await? {
            None => return Err(AppError::NotFound),
            Some(store::Approval::Approved) => {
                tracing::info!(proposal = id, by = %user.username, "proposal approved");
            }
            Some(store::Approval::AlreadyDecided) => {
                return Err(AppError::Conflict("O návrhu už bylo rozhodnuto.".into()));
            }
            Some(store::Approval::Refused(errors)) => {
                let message = format!(
                    "Služba se mezitím změnila a návrh by ji porušil ({}). Vraťte jej poskytovateli s vysvětlením.",
                    errors_text(&errors)
                );
                let refusal = Refusal::whole(crate::ErrorKind::Conflict, message);
                return Ok(refusal.shown(page, decision));
            }
        },
        Decided::Return(reason) => {
            let portal = use_context::<crate::state::PublicUrl>()
                .map(|u| u.0)
                .unwrap_or_default();
            let proposal = &page.proposal;
            let message = domain::mail::provider::returned(
                &proposal.email,
                &proposal.service,
                &reason,
                &format!("{portal}/pro-poskytovatele"),
                &domain::mail::Footer {
                    portal: portal.clone(),
                    unsubscribe: None,
                },
            );
            store
                .return_proposal(id, &reason, &message, &user, now)
                .await?
                .ok_or_else(|| AppError::Conflict("O návrhu už bylo rozhodnuto.".into()))?;
            tracing::info!(proposal = id, by = %user.username, "proposal returned");
        }
    }
    leptos_axum::redirect("/sprava/navrhy?rozhodnuto=1");
    load_proposal(id).await
}

#[cfg(feature = "ssr")]
fn errors_text(errors: &FieldErrors) -> String {
    errors
        .iter()
        .map(|(field, message)| format!("{field}: {message}"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[server(prefix = "/api/sprava")]
pub async fn load_contacts(id: i64, invited: Option<String>) -> Result<ContactsPage, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let organization = store
        .organization_for_edit(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let invited_list: Vec<InvitedContact> = store
        .organization_contacts(id)
        .await?
        .into_iter()
        .map(|c| InvitedContact {
            email: c.email,
            invited_at: c.invited_at,
            invited_by: c.invited_by,
            unsubscribed_at: c.unsubscribed_at,
        })
        .collect();
    let mut suggested: Vec<String> = store
        .organization_addresses(id)
        .await?
        .into_iter()
        .filter(|e| !invited_list.iter().any(|c| &c.email == e))
        .collect();
    suggested.dedup();
    Ok(ContactsPage {
        organization_id: id,
        organization: organization.name,
        invited: invited_list,
        suggested,
        email: String::new(),
        errors: FieldErrors::default(),
        invited_now: invited,
        csrf: crate::state::csrf_token()?,
    })
}

/// Invites an address to keep organisation `id`'s records, and mails it the invitation.
#[server(prefix = "/api/sprava/zapis")]
pub async fn invite_contact(id: i64, form: InviteForm) -> Result<ContactsPage, AppError> {
    use crate::common::Refusal;
    let user = crate::admin::auth::require_staff().await?;
    let page = load_contacts(id, None).await?;
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(page, form));
    }
    let sign_in = domain::provider::sign_in::SignInForm {
        email: form.email.clone(),
    };
    let email = match sign_in.address() {
        Ok(email) => email,
        Err(message) => return Ok(Refusal::field("email", message).shown(page, form)),
    };
    let portal = use_context::<crate::state::PublicUrl>()
        .map(|u| u.0)
        .unwrap_or_default();
    let unsubscribe = crate::state::once_token();
    let message = domain::mail::provider::invitation(
        email.as_str(),
        &page.organization,
        &format!("{portal}/pro-poskytovatele"),
        &domain::mail::Footer {
            portal: portal.clone(),
            unsubscribe: Some(format!("{portal}/pro-poskytovatele/odhlasit/{unsubscribe}")),
        },
    );
    let invited = crate::state::store()?
        .invite_contact(
            id,
            email.as_str(),
            &unsubscribe,
            &message,
            &user,
            crate::state::now(),
        )
        .await?;
    if invited == store::Invited::AlreadyInvited {
        let refusal = Refusal::field("email", "tato adresa už pozvaná je");
        return Ok(refusal.shown(page, form));
    }
    tracing::info!(organization = id, by = %user.username, "provider contact invited");
    leptos_axum::redirect(&format!(
        "/sprava/organizace/{id}/kontakty?pozvano={}",
        email.as_str()
    ));
    load_contacts(id, Some(email.as_str().to_owned())).await
}
