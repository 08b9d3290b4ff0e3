//! The portal's server: configuration from the environment, the HTTP layers, and the Leptos app
//! with the store in its context. `main.rs` only starts it; tests build the same router.

mod audience_cookie;
mod cache_control;
mod client;
pub mod config;
pub mod create_user;
mod csv_download;
pub mod export;
mod feeds;
pub mod forms;
pub mod framing;
mod header_limit;
pub mod hsds;
pub mod import;
mod language;
pub mod mail;
mod map_preview;
pub mod needs;
mod needs_csv;
mod nul_bytes;
mod offline;
pub mod page_cache;
mod plain_text;
pub mod register;
mod routes;
mod security_headers;
pub mod serve;
mod survey_csv;
mod uploads;
pub mod verification_cycle;

pub use config::Config;
pub use forms::CookiePolicy;
pub use routes::{AppState, BODY_IDLE, BODY_LIMIT, default_throttles, router};
