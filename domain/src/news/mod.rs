//! News and events of the community planning: articles with a date and the audiences they
//! concern, events with a start, an end and a place. `ical.rs` writes events as iCalendar
//! (RFC 5545) for calendar applications, `atom.rs` the news as an Atom feed (RFC 4287).

pub mod atom;
mod datetime;
pub mod ical;

pub use datetime::{DateTimeError, LocalDateTime, Month, date_label};

use crate::{AudienceSlug, Slug};
use serde::{Deserialize, Serialize};

/// An article as the sample data and the store hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub slug: Slug,
    pub title: String,
    /// The day it was published, `YYYY-MM-DD`.
    pub published_on: String,
    /// One or two sentences for lists and feeds.
    pub summary: String,
    /// Markdown.
    pub body: String,
    #[serde(default)]
    pub audiences: Vec<AudienceSlug>,
    /// An uploaded image (`crate::upload`) shown above the text.
    #[serde(default)]
    pub image: Option<ArticleImage>,
}

/// An article's image: the server-made name under `/obrazky/`, its text alternative, and its
/// size in pixels so the page reserves the space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleImage {
    pub name: String,
    pub alt: String,
    #[serde(default)]
    pub width: u32,
    #[serde(default)]
    pub height: u32,
}

impl ArticleImage {
    pub fn src(&self) -> String {
        format!("/obrazky/{}", self.name)
    }
}

/// An event: a meeting of a working group, a public hearing, a round table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: Slug,
    pub title: String,
    /// Local time in Písek, `YYYY-MM-DDTHH:MM`.
    pub starts: LocalDateTime,
    pub ends: LocalDateTime,
    pub place: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub audiences: Vec<AudienceSlug>,
}

/// Why an article or event from a data file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewsError {
    #[error("datum „{0}“ není ve tvaru RRRR-MM-DD")]
    Date(String),
    #[error("akce končí dřív, než začne")]
    EndsBeforeStart,
    #[error("chybí název")]
    NoTitle,
}

impl Article {
    pub fn check(&self) -> Result<(), NewsError> {
        if self.title.trim().is_empty() {
            return Err(NewsError::NoTitle);
        }
        LocalDateTime::parse(&format!("{}T00:00", self.published_on))
            .map(|_| ())
            .map_err(|_| NewsError::Date(self.published_on.clone()))
    }
}

impl Event {
    pub fn check(&self) -> Result<(), NewsError> {
        if self.title.trim().is_empty() {
            return Err(NewsError::NoTitle);
        }
        if self.ends < self.starts {
            return Err(NewsError::EndsBeforeStart);
        }
        Ok(())
    }
}
