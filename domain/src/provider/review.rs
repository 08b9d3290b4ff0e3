//! A provider's proposal as staff review it and the provider follows it, and a provider's own
//! services as its pages show them.

use super::edit::{FieldChange, ProviderField, ProviderServiceForm};
use crate::admin::service_edit::ServiceForm;
use crate::mail::provider::ListedService;
use serde::{Deserialize, Serialize};

/// The longest reason staff give when returning a proposal.
pub const REASON_MAX: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProposalState {
    Waiting,
    Approved,
    Returned,
}

impl ProposalState {
    pub fn key(self) -> &'static str {
        match self {
            ProposalState::Waiting => "ceka",
            ProposalState::Approved => "schvaleno",
            ProposalState::Returned => "vraceno",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [
            ProposalState::Waiting,
            ProposalState::Approved,
            ProposalState::Returned,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            ProposalState::Waiting => "čeká na správu portálu",
            ProposalState::Approved => "schváleno a zveřejněno",
            ProposalState::Returned => "vráceno",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: i64,
    pub service_id: i64,
    pub service: String,
    pub organization: String,
    /// The address of the person who sent it.
    pub email: String,
    pub submitted_at: i64,
    pub changes: Vec<FieldChange>,
    pub state: ProposalState,
    pub reason: Option<String>,
}

impl Proposal {
    /// The fields someone changed since the provider saw them: approving overwrites those.
    pub fn moved(&self, current: &ServiceForm) -> Vec<ProviderField> {
        let now = ProviderServiceForm::of(current);
        self.changes
            .iter()
            .filter(|c| now.value(c.field).trim() != c.old.trim())
            .map(|c| c.field)
            .collect()
    }
}

/// Staff's answer to a proposal, as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decision {
    /// `schvalit` or `vratit`.
    pub action: String,
    pub reason: String,
}

/// What staff decided, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decided {
    Approve,
    Return(String),
}

impl Decision {
    pub fn validate(&self) -> Result<Decided, crate::admin::FieldErrors> {
        let mut errors = crate::admin::FieldErrors::default();
        match self.action.as_str() {
            "schvalit" => return Ok(Decided::Approve),
            "vratit" => {
                let reason = crate::admin::fields::required_text(
                    &mut errors,
                    "reason",
                    &self.reason,
                    REASON_MAX,
                );
                if errors.is_empty() {
                    return Ok(Decided::Return(reason));
                }
            }
            _ => errors.add("action", "zvolte, zda úpravu schválit, nebo vrátit"),
        }
        Err(errors)
    }
}

/// One of a provider's services on its pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnService {
    pub id: i64,
    pub listed: ListedService,
    pub form: ProviderServiceForm,
    pub verified_at: Option<i64>,
    /// Its latest proposal, if any.
    pub latest: Option<Proposal>,
}
