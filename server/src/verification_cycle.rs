//! The verification cycle, run hourly: each provider whose services went unconfirmed for five
//! months gets one message per invited address (with its own link), reminders follow after 14
//! and 28 days, then staff get a task (`domain::verification::cycle` decides; the store writes
//! each step with its messages in one transaction, once across server processes).

use domain::admin::date::{DAY, HALF_YEAR_SECS};
use domain::mail::Footer;
use domain::mail::provider::{Asking, verification_request};
use domain::provider::sign_in::VERIFY_LINK_DAYS;
use domain::verification::cycle::{Schedule, Step};
use store::{RoundMessage, Store, StoreError};

/// What one run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CycleReport {
    pub asked: usize,
    pub reminded: usize,
    pub tasks: usize,
}

/// How the portal runs the cycle: where its links point (the public address) and when it asks.
#[derive(Debug, Clone)]
pub struct Cycle {
    pub portal: String,
    pub schedule: Schedule,
}

/// One run of the cycle at `now`.
pub async fn run_cycle(store: &Store, cycle: &Cycle, now: i64) -> Result<CycleReport, StoreError> {
    let portal = cycle.portal.as_str();
    let mut report = CycleReport::default();
    for state in store.provider_states(now - HALF_YEAR_SECS).await? {
        if state.contacts == 0 {
            continue;
        }
        let step = cycle
            .schedule
            .next_step(state.services > 0, state.oldest, state.round, now);
        let asking = match step {
            Step::Wait => continue,
            Step::StaffTask => {
                if store
                    .take_round_step(state.organization_id, step, &[], now, now)
                    .await?
                {
                    report.tasks += 1;
                }
                continue;
            }
            Step::Ask => Asking::First,
            Step::Remind(n) => Asking::Reminder(n),
        };
        let contacts = store.asked_contacts(state.organization_id).await?;
        let services = store.listed_services(state.organization_id).await?;
        let messages: Vec<RoundMessage> = contacts
            .iter()
            .map(|contact| {
                let token = app::state::link_token();
                let footer = Footer {
                    portal: portal.to_owned(),
                    unsubscribe: Some(format!(
                        "{portal}/pro-poskytovatele/odhlasit/{}",
                        contact.unsubscribe
                    )),
                };
                RoundMessage {
                    contact_id: contact.id,
                    token_hash: app::state::token_hash(&token),
                    message: verification_request(
                        &contact.email,
                        &state.name,
                        &services,
                        &format!("{portal}/pro-poskytovatele/overeni/{token}"),
                        asking,
                        &footer,
                    ),
                }
            })
            .collect();
        let expires_at = now + VERIFY_LINK_DAYS * DAY;
        if store
            .take_round_step(state.organization_id, step, &messages, expires_at, now)
            .await?
        {
            match asking {
                Asking::First => report.asked += 1,
                Asking::Reminder(_) => report.reminded += 1,
            }
        }
    }
    Ok(report)
}

/// Runs the cycle every `every` for as long as the server runs.
pub async fn run(store: Store, cycle: Cycle, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match run_cycle(&store, &cycle, app::state::now()).await {
            Ok(report) => tracing::info!(?report, "verification cycle"),
            Err(error) => tracing::error!(%error, "the verification cycle failed"),
        }
    }
}
