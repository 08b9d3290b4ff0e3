//! Providers keeping their own records: the outbox their mail leaves through (`outbox.rs`), the
//! invited addresses and their links (`contacts.rs`), an organisation's services as residents
//! see them (`listed.rs`), confirmations with their source and each provider's state
//! (`verify.rs`), proposed edits and staff's decisions (`proposals.rs`), and the verification
//! cycle's rounds (`cycle.rs`).

mod contacts;
mod cycle;
mod listed;
mod outbox;
mod proposals;
mod verify;

pub use contacts::{Invited, LinkPurpose, ProviderContact};
pub use cycle::RoundMessage;
pub(crate) use outbox::queue as queue_mail_in;
pub use outbox::{MailCounts, Outgoing};
pub use proposals::Approval;
pub(crate) use verify::log_verification;
