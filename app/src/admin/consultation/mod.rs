//! `/sprava/pripominky`: comment periods on drafts — the list and the form that opens one
//! (`list_page.rs`); `/sprava/pripominky/{id}`: its comments, each settled with an outcome and
//! a reason, or hidden by moderation (`comments_page.rs`).

mod api;
mod comments_page;
mod list_page;

pub use comments_page::CommentsPage;
pub use list_page::ConsultationsPage;
