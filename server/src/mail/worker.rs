//! The worker: every few seconds it claims the due messages (no other server process gets the
//! same ones), sends each, and marks it sent, bounced (the server refused the recipient for good)
//! or due again after a backoff. A message stays in the outbox until one of the first two.

use super::Mailer;
use super::message::build;
use store::{Outgoing, Store, StoreError};

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub claimed: usize,
    pub sent: usize,
    pub bounced: usize,
    /// Failed for now: they wait for their next attempt.
    pub deferred: usize,
}

/// How many messages one pass claims at most.
pub const BATCH: i64 = 100;
/// How many of them go out at once, each over its own pooled connection. lettre 0.11.23 leaves
/// Nagle's algorithm on, so one connection waits for the server's delayed ACK (about 40 ms)
/// after every message (lettre/lettre#1159, merged, not yet released); several connections
/// wait side by side.
pub const AT_ONCE: usize = 8;

enum Outcome {
    Sent,
    Bounced(String),
    Deferred(String),
}

async fn send(mailer: &Mailer, message: &Outgoing) -> Outcome {
    let Mailer::Smtp { transport, from } = mailer else {
        if message.attempts == 1 {
            tracing::info!(
                to = %message.recipient,
                subject = %message.subject,
                "mail is off (no POMOC_SMTP_URL): the message waits in the outbox"
            );
        }
        return Outcome::Deferred("pošta je vypnutá (není nastaven POMOC_SMTP_URL)".into());
    };
    let email = match build(from, message) {
        Ok(email) => email,
        Err(error) => return Outcome::Bounced(error.to_string()),
    };
    use lettre::AsyncTransport;
    match transport.send(email).await {
        Ok(_) => Outcome::Sent,
        Err(error) if error.is_permanent() => Outcome::Bounced(error.to_string()),
        Err(error) => Outcome::Deferred(error.to_string()),
    }
}

/// Claims up to [`BATCH`] due messages at `now` and sends them.
pub async fn deliver_due(store: &Store, mailer: &Mailer, now: i64) -> Result<Pass, StoreError> {
    use futures_util::StreamExt;
    let claimed = store.claim_mail(now, BATCH).await?;
    let mut pass = Pass {
        claimed: claimed.len(),
        ..Pass::default()
    };
    let outcomes: Vec<(Outgoing, Outcome)> = futures_util::stream::iter(claimed)
        .map(|message| {
            let mailer = mailer.clone();
            async move {
                let outcome = send(&mailer, &message).await;
                (message, outcome)
            }
        })
        .buffer_unordered(AT_ONCE)
        .collect()
        .await;
    for (message, outcome) in outcomes {
        match outcome {
            Outcome::Sent => {
                store.mail_sent(message.id, now).await?;
                pass.sent += 1;
            }
            Outcome::Bounced(error) => {
                tracing::warn!(id = message.id, to = %message.recipient, %error, "mail bounced");
                store
                    .mail_failed(message.id, message.attempts, &error, true, now)
                    .await?;
                pass.bounced += 1;
            }
            Outcome::Deferred(error) => {
                if mailer.is_on() {
                    tracing::warn!(id = message.id, attempts = message.attempts, %error, "mail deferred");
                }
                store
                    .mail_failed(message.id, message.attempts, &error, false, now)
                    .await?;
                pass.deferred += 1;
            }
        }
    }
    Ok(pass)
}

/// Sends whatever is due, every `every`, for as long as the server runs.
pub async fn run(store: Store, mailer: Mailer, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        loop {
            match deliver_due(&store, &mailer, app::state::now()).await {
                Ok(pass) if pass.claimed == usize::try_from(BATCH).unwrap_or(usize::MAX) => {
                    continue;
                }
                Ok(pass) => {
                    if pass.claimed > 0 {
                        tracing::info!(?pass, "mail pass");
                    }
                    break;
                }
                Err(error) => {
                    tracing::error!(%error, "the mail worker could not read the outbox");
                    break;
                }
            }
        }
    }
}
