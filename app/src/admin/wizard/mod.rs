//! The "Potřebuji pomoc" tree in the staff area: edited step by step as a draft, checked whole,
//! published whole.

mod api;
mod overview_page;
mod step_page;

pub use overview_page::WizardOverviewPage;
pub use step_page::WizardNodePage;
