//! Keeping records true with their providers: the cycle's state (`overview_page.rs`: the share
//! confirmed within six months against the 95 % goal, each provider, what needs staff, the
//! mail), providers' proposals with old → new per field (`proposals_page.rs`), and the addresses
//! invited to keep a provider's records (`contacts_page.rs`).

mod api;
mod contacts_page;
mod overview_page;
mod proposals_page;

#[cfg(feature = "ssr")]
pub use api::overview;
pub use contacts_page::ContactsPage;
pub use overview_page::{NeedsStaff, VerificationPage};
pub use proposals_page::{ProposalPage, ProposalsPage};
