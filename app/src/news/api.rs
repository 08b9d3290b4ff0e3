//! Server functions of news and events.

use crate::AppError;
use domain::news::{Article, Event, Month};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An article with its body already made safe HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleView {
    pub article: Article,
    pub body_html: String,
}

/// An event with its description as safe HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    pub event: Event,
    pub description_html: String,
}

/// The events page: one month's events for the calendar, and what is coming.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventsView {
    pub month: Month,
    pub in_month: Vec<Event>,
    pub coming: Vec<Event>,
}

#[cfg(feature = "ssr")]
fn audience(slug: Option<String>) -> Option<domain::AudienceSlug> {
    slug.and_then(|s| domain::AudienceSlug::parse(&s).ok())
}

#[server(endpoint = "articles")]
pub async fn load_articles(audience_slug: Option<String>) -> Result<Vec<Article>, AppError> {
    let store = crate::state::store()?;
    Ok(store.articles(audience(audience_slug).as_ref(), 50).await?)
}

#[server(endpoint = "article")]
pub async fn load_article(slug: String) -> Result<ArticleView, AppError> {
    let article = crate::state::store()?
        .article(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ArticleView {
        body_html: crate::faq::to_safe_html(&article.body),
        article,
    })
}

/// `mesic` (`2026-12`) picks the calendar's month; today's by default.
#[server(endpoint = "events")]
pub async fn load_events(
    month: Option<String>,
    audience_slug: Option<String>,
) -> Result<EventsView, AppError> {
    let store = crate::state::store()?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let today = domain::news::LocalDateTime::day_start(now);
    let month = month
        .as_deref()
        .and_then(Month::parse)
        .unwrap_or(today.month());
    let audience = audience(audience_slug);
    let (first, next) = month.range();
    let in_month = store.events(first, Some(next), audience.as_ref()).await?;
    let coming = store.events(today, None, audience.as_ref()).await?;
    Ok(EventsView {
        month,
        in_month,
        coming,
    })
}

#[server(endpoint = "event")]
pub async fn load_event(slug: String) -> Result<EventView, AppError> {
    let event = crate::state::store()?
        .event(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(EventView {
        description_html: crate::faq::to_safe_html(&event.description),
        event,
    })
}
