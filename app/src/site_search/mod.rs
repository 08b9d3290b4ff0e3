//! `/hledat?q=`: one search box for the whole portal — services (the catalogue's search, the
//! first few with a link to all), common questions, and news, events, the plan's text, documents
//! and drafts from the site search index.

mod api;
mod page;

pub use page::SiteSearchPage;
