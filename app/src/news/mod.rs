//! News (`/novinky`, `/novinky/{slug}`) and events (`/akce` with a month's calendar and the
//! coming events, `/akce/{slug}`) of the community planning. The feeds — Atom for news, iCalendar
//! for events — are served by the server (`server/src/feeds.rs`).

mod api;
mod article_page;
mod calendar;
mod event_page;
mod events_page;
mod news_page;

pub use article_page::ArticlePage;
pub use event_page::EventPage;
pub use events_page::EventsPage;
pub use news_page::NewsPage;
