//! Where help is missing: the signals residents' pages count (`record.rs`), the planners'
//! analysis at `/sprava/planovani` (`admin_page.rs`) and the public summary at `/plan/potreby`
//! (`public_page.rs`), both drawn from one report (`api.rs`, `tables.rs`).

mod admin_page;
mod api;
mod public_page;
pub mod record;
mod tables;

pub use admin_page::{PlanningPage, PlanningReportPage};
#[cfg(feature = "ssr")]
pub use api::build as build_report;
pub use public_page::NeedsPage;
