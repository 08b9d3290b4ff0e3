//! Public consultation: `/plan/pripominky` lists the comment periods (`list_page.rs`);
//! `/plan/pripominky/{slug}` shows a draft section by section, takes comments while the period
//! is open, and lists how each comment was settled (`page.rs`). Staff open periods and settle
//! comments in `admin/consultation/`.

mod api;
mod list_page;
mod page;

pub use list_page::ConsultationListPage;
pub use page::ConsultationPage;
