//! Public consultation: `/plan/pripominky` lists the comment periods (`list_page.rs`);
//! `/plan/pripominky/{slug}` shows a draft section by section, takes comments while the period
//! is open, and lists how each comment was settled (`page.rs`). Staff open periods and settle
//! comments in `admin/consultation/`.

mod api;
mod list_page;
mod page;

pub use list_page::ConsultationListPage;
pub use page::ConsultationPage;

use domain::consultation::Phase;
use domain::consultation::comment::Outcome;

/// The message naming a consultation's phase.
fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Upcoming => "consultation-phase-upcoming",
        Phase::Open => "consultation-phase-open",
        Phase::Closed => "consultation-phase-closed",
    }
}

/// The message naming what was done with a comment.
fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Accepted => "comment-outcome-accepted",
        Outcome::PartlyAccepted => "comment-outcome-partly",
        Outcome::NotAccepted => "comment-outcome-not",
        Outcome::Noted => "comment-outcome-noted",
    }
}
