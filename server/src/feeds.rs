//! Feeds for other programs: `/novinky.atom` (news for a feed reader), `/akce.ics` (events for a
//! calendar application to subscribe to) and `/akce/{slug}/kalendar.ics` (one event to add),
//! each filterable by audience (`?skupina=`). Errors are plain Czech text with a 4xx status.

use crate::routes::AppState;
use app::ErrorKind;
use app::i18n::I18n;
use axum::Extension;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::news::{LocalDateTime, atom, ical};
use domain::{AudienceSlug, Lang};
use serde::Deserialize;
use store::StoreError;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/novinky.atom", get(news))
        .route("/akce.ics", get(events))
        .route("/akce/{slug}/kalendar.ics", get(event))
}

#[derive(Debug, thiserror::Error)]
enum FeedError {
    #[error("Skupina obyvatel „{0}“ neexistuje.")]
    Audience(String),
    #[error("Akce nebyla nalezena.")]
    NotFound,
    #[error("Databáze neodpověděla, zkuste to prosím znovu.")]
    Store(#[from] StoreError),
}

impl IntoResponse for FeedError {
    fn into_response(self) -> Response {
        let kind = match self {
            FeedError::Audience(_) => ErrorKind::BadRequest,
            FeedError::NotFound => ErrorKind::NotFound,
            FeedError::Store(ref error) => {
                tracing::error!(%error, "feed failed");
                ErrorKind::Internal
            }
        };
        crate::plain_text::answer(kind.status(), self.to_string())
    }
}

#[derive(Debug, Deserialize)]
struct AudienceQuery {
    skupina: Option<String>,
}

impl AudienceQuery {
    fn audience(&self) -> Result<Option<AudienceSlug>, FeedError> {
        match self.skupina.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(slug) => AudienceSlug::parse(slug)
                .map(Some)
                .map_err(|_| FeedError::Audience(slug.chars().take(40).collect())),
        }
    }

    fn suffix(&self, audience: &Option<AudienceSlug>) -> String {
        audience
            .as_ref()
            .map_or(String::new(), |a| format!("?skupina={a}"))
    }
}

fn typed(content_type: &'static str, body: String) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The feed's language: the address's (`/uk/novinky.atom`), which `language.rs` read.
fn words(lang: Option<Extension<Lang>>) -> I18n {
    I18n {
        lang: lang.map(|Extension(lang)| lang).unwrap_or_default(),
    }
}

/// The news in the address's language: its title, and links to the pages in that language (the
/// articles themselves are Czech).
async fn news(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    Query(query): Query<AudienceQuery>,
) -> Result<Response, FeedError> {
    let words = words(lang);
    let audience = query.audience()?;
    let articles = state.store.articles(audience.as_ref(), 50).await?;
    let path = format!("/novinky.atom{}", query.suffix(&audience));
    let base = format!(
        "{}{}",
        state.public_url.trim_end_matches('/'),
        words.lang.prefix()
    );
    let title = format!("{} – Pomoc", words.t("menu-news"));
    let body = atom::feed(&articles, &base, &title, &path);
    Ok(typed("application/atom+xml; charset=utf-8", body))
}

/// Events from a year back on: a subscribed calendar keeps the recent past.
/// The calendar's name is in the address's language; its events keep one address and one
/// identifier whatever the language, so subscribing twice does not double them.
async fn events(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    Query(query): Query<AudienceQuery>,
) -> Result<Response, FeedError> {
    let name = format!("{} – Pomoc", words(lang).t("menu-events"));
    let audience = query.audience()?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let today = LocalDateTime::day_start(now);
    let from = LocalDateTime {
        year: today.year - 1,
        ..today
    };
    let stamp = LocalDateTime::ical_utc(now);
    let events = state.store.events(from, None, audience.as_ref()).await?;
    let body = ical::calendar(&events, &state.public_url, &name, &stamp);
    Ok(typed("text/calendar; charset=utf-8", body))
}

async fn event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, FeedError> {
    let event = state.store.event(&slug).await?.ok_or(FeedError::NotFound)?;
    let stamp = LocalDateTime::ical_utc(time::OffsetDateTime::now_utc().unix_timestamp());
    let body = ical::calendar(
        std::slice::from_ref(&event),
        &state.public_url,
        &event.title,
        &stamp,
    );
    let mut response = typed("text/calendar; charset=utf-8", body);
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}.ics\"", event.slug))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
