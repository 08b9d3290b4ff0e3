//! Common questions: `/dotazy` (searchable, by topic, for the chosen audience) and
//! `/dotazy/{slug}`, a question's own page with the services it names.

mod api;
mod faq_page;
mod list_page;
#[cfg(feature = "ssr")]
mod markdown;

pub use api::{FaqItem, load_faq_items};
pub use faq_page::FaqPage;
pub use list_page::FaqListPage;
#[cfg(feature = "ssr")]
pub use markdown::to_safe_html;
