//! Settings, read once from the environment at start. Nothing needs to be set: the defaults run
//! the portal on http://127.0.0.1:3000 with its SQLite database in `data/pomoc.db`.

use leptos::config::LeptosOptions;

/// Where the database lives unless `DATABASE_URL` says otherwise.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/pomoc.db";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid Leptos settings (LEPTOS_* variables): {0}")]
    Leptos(String),
    #[error("POMOC_EMBED_ORIGINS: {0}")]
    EmbedOrigin(#[from] domain::embed::OriginError),
    #[error("POMOC_TRUSTED_PROXIES: {0}")]
    TrustedProxies(#[from] domain::client::NetworkError),
    #[error("{0}")]
    Mail(#[from] crate::mail::MailConfigError),
    #[error("POMOC_VERIFY_AFTER_DAYS must be a number of days from 30 to 180, not {0:?}")]
    VerifyAfter(String),
    #[error(
        "POMOC_PAGE_CACHE_MB must be a whole number of megabytes (0 keeps no pages), not {0:?}"
    )]
    PageCache(String),
}

#[derive(Clone)]
pub struct Config {
    /// `DATABASE_URL`; may hold a password, so log it only through [`store::redact`].
    pub database_url: String,
    /// Address (`LEPTOS_SITE_ADDR`), site root and file names, as cargo-leptos sets them.
    pub leptos: LeptosOptions,
    /// `POMOC_PUBLIC_URL`: where residents reach the portal (behind a proxy, its public address);
    /// by default the address it listens on.
    pub public_url: String,
    /// `POMOC_TILE_URL` and `POMOC_TILE_ATTRIBUTION`: the map's tiles; OpenStreetMap's by default.
    pub tiles: domain::map::TileSource,
    /// `POMOC_SECURE_COOKIES=0` drops `Secure` and the `__Host-` prefix, for a browser that
    /// reaches a development server over plain HTTP by a name other than localhost.
    pub cookies: crate::forms::CookiePolicy,
    /// `POMOC_EMBED_ORIGINS`: the municipal sites (origins, separated by spaces or commas) that
    /// may show the embedded views; none by default, so only the portal's own preview can.
    pub embed_origins: Vec<String>,
    /// `POMOC_REGISTER_URL`: where `server sync-register` downloads the national register
    /// (`rpss/rpss.json` and `ciselniky/*.json` under it); MPSV's open-data folder by default.
    pub register_url: String,
    /// `POMOC_REGISTER_DIR`: where the downloads are kept between runs (`data/registr`).
    pub register_dir: std::path::PathBuf,
    /// `POMOC_TRUSTED_PROXIES`: the reverse proxies (addresses or networks, separated by commas
    /// or spaces) whose `Forwarded`/`X-Forwarded-For` names the client; none by default, so the
    /// TCP peer is the client.
    pub trusted_proxies: domain::client::TrustedProxies,
    /// `POMOC_SMTP_URL` (`smtp://host:port`, `smtps://user:password@host`; may hold a password,
    /// so it is never logged) and `POMOC_MAIL_FROM` (the sender): without the URL, mail is off.
    pub mailer: crate::mail::Mailer,
    /// `POMOC_VERIFY_AFTER_DAYS`: how long after its least recent confirmation a provider is
    /// asked to confirm its services (152 days, five months, by default).
    pub verification: domain::verification::cycle::Schedule,
    /// `POMOC_PAGE_CACHE_MB`: how much memory rendered pages may keep (64 MB; 0 renders every
    /// request).
    pub pages: crate::page_cache::Settings,
}

/// MPSV's open-data folder: `rpss/rpss.json` and `ciselniky/*.json` under it.
pub const DEFAULT_REGISTER_URL: &str = "https://data.mpsv.cz/od/soubory";

/// OpenStreetMap's standard tiles, which ask to be credited like this.
pub const DEFAULT_TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
pub const DEFAULT_TILE_ATTRIBUTION: &str =
    "&copy; přispěvatelé <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

/// An environment variable, unless unset or blank.
fn setting(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        let leptos = leptos::config::get_configuration(None)
            .map_err(|e| ConfigError::Leptos(e.to_string()))?
            .leptos_options;
        let database_url =
            setting("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let public_url =
            setting("POMOC_PUBLIC_URL").unwrap_or_else(|| format!("http://{}", leptos.site_addr));
        let tiles = domain::map::TileSource {
            url: setting("POMOC_TILE_URL").unwrap_or_else(|| DEFAULT_TILE_URL.to_owned()),
            attribution: setting("POMOC_TILE_ATTRIBUTION")
                .unwrap_or_else(|| DEFAULT_TILE_ATTRIBUTION.to_owned()),
        };
        let cookies = crate::forms::CookiePolicy {
            secure: setting("POMOC_SECURE_COOKIES").is_none_or(|v| v.trim() != "0"),
        };
        let embed_origins = setting("POMOC_EMBED_ORIGINS")
            .unwrap_or_default()
            .split([' ', ',', '\n'])
            .filter(|o| !o.trim().is_empty())
            .map(domain::embed::parse_origin)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Config {
            database_url,
            leptos,
            public_url,
            tiles,
            cookies,
            embed_origins,
            register_url: setting("POMOC_REGISTER_URL")
                .unwrap_or_else(|| DEFAULT_REGISTER_URL.to_owned()),
            register_dir: setting("POMOC_REGISTER_DIR")
                .map_or_else(|| "data/registr".into(), Into::into),
            trusted_proxies: domain::client::TrustedProxies::parse(
                &setting("POMOC_TRUSTED_PROXIES").unwrap_or_default(),
            )?,
            mailer: crate::mail::Mailer::new(
                setting("POMOC_SMTP_URL").as_deref(),
                setting("POMOC_MAIL_FROM").as_deref(),
            )?,
            verification: match setting("POMOC_VERIFY_AFTER_DAYS") {
                None => domain::verification::cycle::Schedule::default(),
                Some(days) => days
                    .trim()
                    .parse()
                    .ok()
                    .and_then(domain::verification::cycle::Schedule::days)
                    .ok_or(ConfigError::VerifyAfter(days))?,
            },
            pages: match setting("POMOC_PAGE_CACHE_MB") {
                None => crate::page_cache::Settings::default(),
                Some(megabytes) => crate::page_cache::Settings {
                    budget: megabytes
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|mb| mb.checked_mul(1024 * 1024))
                        .ok_or(ConfigError::PageCache(megabytes))?,
                    ..Default::default()
                },
            },
        })
    }

    /// Writes the settings to the log, the database password masked.
    pub fn log(&self) {
        tracing::info!(
            database_url = %store::redact(&self.database_url),
            site_addr = %self.leptos.site_addr,
            site_root = %self.leptos.site_root,
            public_url = %self.public_url,
            tile_url = %self.tiles.url,
            secure_cookies = self.cookies.secure,
            embed_origins = ?self.embed_origins,
            register_url = %self.register_url,
            register_dir = %self.register_dir.display(),
            mail = if self.mailer.is_on() { "on" } else { "off (no POMOC_SMTP_URL)" },
            verify_after_days = self.verification.ask_after / domain::admin::date::DAY,
            page_cache_bytes = self.pages.budget,
            env = ?self.leptos.env,
            "configuration"
        );
    }
}
