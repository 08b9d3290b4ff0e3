//! What server functions get from the server through Leptos context.

use crate::AppError;
use leptos::prelude::use_context;
use store::Store;

/// The database, as the server provided it for this request.
pub fn store() -> Result<Store, AppError> {
    use_context::<Store>().ok_or_else(|| {
        tracing::error!("no Store in context: the server must provide it to every route");
        AppError::Internal
    })
}

/// The address residents reach the portal at (`POMOC_PUBLIC_URL`), for links that leave the page:
/// short links and their QR codes.
#[derive(Debug, Clone)]
pub struct PublicUrl(pub String);

/// Whether the server sends mail (`POMOC_SMTP_URL`); off, messages wait in the outbox.
#[derive(Debug, Clone, Copy)]
pub struct MailOn(pub bool);

/// Where the map's tiles come from (`POMOC_TILE_URL`, `POMOC_TILE_ATTRIBUTION`).
pub fn tiles() -> Result<domain::map::TileSource, AppError> {
    use_context::<domain::map::TileSource>().ok_or_else(|| {
        tracing::error!("no TileSource in context: the server must provide it to every route");
        AppError::Internal
    })
}

/// The request being answered, as leptos_axum provides it.
fn request() -> Result<http::request::Parts, AppError> {
    use_context::<http::request::Parts>().ok_or_else(|| {
        tracing::error!("no request Parts in context");
        AppError::Internal
    })
}

/// A request extension the server's layers put there.
pub fn extension<T: Clone + Send + Sync + 'static>() -> Option<T> {
    request().ok()?.extensions.get::<T>().cloned()
}

/// The form's security token for this browser: the value of its token cookie, or a new one that
/// the server sets as that cookie once a page has used it.
#[derive(Debug, Clone)]
pub struct CsrfToken {
    pub value: String,
    pub used: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// The request carried the right form token (in its form or its header).
#[derive(Debug, Clone, Copy)]
pub struct CsrfVerified;

/// The body of a form posted to a page (not to a server function), URL-encoded as sent.
#[derive(Debug, Clone)]
pub struct Submission(pub String);

/// Who is asking: the client's address, for rate limits.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub std::net::IpAddr);

/// The token to put into a form.
pub fn csrf_token() -> Result<String, AppError> {
    let token = extension::<CsrfToken>().ok_or_else(|| {
        tracing::error!("no CsrfToken: the server's form layer must run before the app");
        AppError::Internal
    })?;
    token.used.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(token.value)
}

/// Refuses a change whose request did not carry this browser's form token.
pub fn require_csrf() -> Result<(), AppError> {
    extension::<CsrfVerified>().map(|_| ()).ok_or_else(|| {
        AppError::Forbidden(
            "Platnost formuláře vypršela. Zkontrolujte údaje a odešlete jej prosím znovu.".into(),
        )
    })
}

/// The form posted to the page being rendered, read into `T`; `None` on a plain visit.
pub fn submitted<T: serde::de::DeserializeOwned>() -> Option<Result<T, AppError>> {
    let Submission(body) = extension::<Submission>()?;
    Some(serde_html_form::from_str(&body).map_err(|e| {
        tracing::info!(error = %e, "a posted form did not have the expected fields");
        AppError::BadRequest("Formulář nemá správný tvar.".into())
    }))
}

/// A fresh one-time key for a form that creates a record (128 random bits, hex).
pub fn once_token() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A token for a link sent to someone (256 random bits, hex).
pub fn link_token() -> String {
    once_token() + &once_token()
}

/// A link's token as kept: its SHA-256, hex. The token itself is never stored.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// How often one client may try to log in or send a message. The attempts are counted in the
/// database (`attempts`), so every server process on it sees the same ones.
#[derive(Debug, Clone, Copy)]
pub struct Throttle {
    /// What is counted: one name per form.
    pub bucket: &'static str,
    pub limit: domain::admin::throttle::Limit,
}

/// The limits the server sets, shared by all requests.
#[derive(Debug, Clone)]
pub struct Throttles {
    /// Logins from one client, whatever the name.
    pub login: Throttle,
    /// Logins from one client under one name: a stranger elsewhere cannot use up anyone's.
    pub login_name: Throttle,
    pub feedback: Throttle,
    /// Comments on drafts in public consultation.
    pub comments: Throttle,
    /// Answers to surveys.
    pub surveys: Throttle,
    /// Strength estimates for the meter beside a new password.
    pub password_meter: Throttle,
    /// Providers' sign-in requests and the links used, per client.
    pub sign_in_links: Throttle,
    /// Sign-in links sent to one address, whoever asks for them.
    pub sign_in_address: Throttle,
}

/// Counts an attempt of the requesting client against `pick`'s limit.
pub async fn throttle(pick: impl Fn(&Throttles) -> &Throttle) -> Result<(), AppError> {
    throttle_for(pick, "").await
}

/// What `pick`'s limit counts the requesting client (its address, an IPv6 client by its /64)
/// under `name` as, and the limit.
fn counted_as(
    pick: impl Fn(&Throttles) -> &Throttle,
    name: &str,
) -> Result<(String, Throttle), AppError> {
    let throttles = use_context::<Throttles>().ok_or_else(|| {
        tracing::error!("no Throttles in context");
        AppError::Internal
    })?;
    let Some(ClientAddr(client)) = extension::<ClientAddr>() else {
        tracing::error!("no ClientAddr: serve with connect info");
        return Err(AppError::Internal);
    };
    let key = domain::client::rate_key(client);
    let key = if name.is_empty() {
        key
    } else {
        format!("{key} {}", domain::text::fold(name))
    };
    Ok((key, *pick(&throttles)))
}

/// Counts an attempt under `key` alone against `pick`'s limit, whichever client makes it (one
/// address asked for from many clients).
pub async fn throttle_key(
    pick: impl Fn(&Throttles) -> &Throttle,
    key: &str,
) -> Result<(), AppError> {
    let throttles = use_context::<Throttles>().ok_or_else(|| {
        tracing::error!("no Throttles in context");
        AppError::Internal
    })?;
    let Throttle { bucket, limit } = *pick(&throttles);
    counted(bucket, &domain::text::fold(key), limit).await
}

async fn counted(
    bucket: &'static str,
    key: &str,
    limit: domain::admin::throttle::Limit,
) -> Result<(), AppError> {
    match store()?.try_attempt(bucket, key, limit, now()).await? {
        store::Attempt::Counted => Ok(()),
        store::Attempt::Refused(wait) => {
            tracing::warn!(bucket, "rate limit reached");
            Err(AppError::TooManyRequests(format!(
                "Příliš mnoho pokusů za krátkou dobu. Zkuste to prosím znovu za {} min.",
                wait.minutes()
            )))
        }
    }
}

/// Forgets the requesting client's attempts under `name` in `pick`'s limit.
pub async fn forget_attempts(
    pick: impl Fn(&Throttles) -> &Throttle,
    name: &str,
) -> Result<(), AppError> {
    let (client, Throttle { bucket, .. }) = counted_as(pick, name)?;
    Ok(store()?.forget_attempts(bucket, &client).await?)
}

/// Counts an attempt of the requesting client under `name` (a login name; `""` for none)
/// against `pick`'s limit.
pub async fn throttle_for(
    pick: impl Fn(&Throttles) -> &Throttle,
    name: &str,
) -> Result<(), AppError> {
    let (client, Throttle { bucket, limit }) = counted_as(pick, name)?;
    counted(bucket, &client, limit).await
}
