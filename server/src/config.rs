//! Settings, read once from the environment at start. Nothing needs to be set: the defaults run
//! the portal on http://127.0.0.1:3000 with its SQLite database in `data/pomoc.db`.

use leptos::config::LeptosOptions;

/// Where the database lives unless `DATABASE_URL` says otherwise.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/pomoc.db";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid Leptos settings (LEPTOS_* variables): {0}")]
    Leptos(String),
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `DATABASE_URL`; may hold a password, so log it only through [`store::redact`].
    pub database_url: String,
    /// Address (`LEPTOS_SITE_ADDR`), site root and file names, as cargo-leptos sets them.
    pub leptos: LeptosOptions,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        let leptos = leptos::config::get_configuration(None)
            .map_err(|e| ConfigError::Leptos(e.to_string()))?
            .leptos_options;
        let database_url = std::env::var("DATABASE_URL")
            .ok()
            .filter(|url| !url.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        Ok(Config {
            database_url,
            leptos,
        })
    }

    /// Writes the settings to the log, the database password masked.
    pub fn log(&self) {
        tracing::info!(
            database_url = %store::redact(&self.database_url),
            site_addr = %self.leptos.site_addr,
            site_root = %self.leptos.site_root,
            env = ?self.leptos.env,
            "configuration"
        );
    }
}
