//! What staff see of the verification cycle at `/sprava/overovani`: the share of published
//! services confirmed within six months against the goal, each provider's state, and the mail.

use super::cycle::{GOAL_PERCENT, Round, Schedule, percent};
use serde::{Deserialize, Serialize};

/// One provider's published services and its round of asking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderState {
    pub organization_id: i64,
    pub name: String,
    pub services: u64,
    /// Confirmed within six months.
    pub verified: u64,
    /// The least recent confirmation; `None` when a service was never confirmed.
    pub oldest: Option<i64>,
    /// Invited addresses that still take the messages.
    pub contacts: u64,
    pub round: Option<Round>,
}

impl ProviderState {
    pub fn percent(&self) -> u32 {
        percent(self.verified, self.services)
    }
}

/// The outbox in numbers (sent and bounced over the last 30 days).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailState {
    /// `POMOC_SMTP_URL` is set: mail leaves; otherwise it is only logged.
    pub on: bool,
    pub sent: i64,
    pub bounced: i64,
    pub waiting: i64,
    pub failing: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub providers: Vec<ProviderState>,
    pub mail: MailState,
    pub proposals_waiting: u64,
    /// When providers are asked, and the moment the overview was read.
    pub schedule: Schedule,
    pub now: i64,
}

impl Overview {
    pub fn services(&self) -> u64 {
        self.providers.iter().map(|p| p.services).sum()
    }

    pub fn verified(&self) -> u64 {
        self.providers.iter().map(|p| p.verified).sum()
    }

    pub fn percent(&self) -> u32 {
        percent(self.verified(), self.services())
    }

    pub fn meets_goal(&self) -> bool {
        self.percent() >= GOAL_PERCENT
    }

    /// Providers whose round ended in a task for staff, and those nobody can be asked (no
    /// invited address) when they would be.
    pub fn needs_staff(&self) -> impl Iterator<Item = &ProviderState> {
        self.providers.iter().filter(|p| {
            p.round.is_some_and(|r| r.task)
                || (p.contacts == 0 && self.schedule.due(p.oldest, self.now))
        })
    }
}
