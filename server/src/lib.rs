//! The portal's server: configuration from the environment, the HTTP layers, and the Leptos app
//! with the store in its context. `main.rs` only starts it; tests build the same router.

mod audience_cookie;
pub mod config;
mod routes;
pub mod staff;

pub use config::Config;
pub use routes::{AppState, router};
