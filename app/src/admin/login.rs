//! Checking a login: the account, its lock, the password. Every way to fail takes about as long
//! as a wrong password, so timing does not tell which names exist.

use crate::AppError;
use domain::staff::{StaffUser, Username};

/// Why a login was refused, as the login page says it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Uživatelské jméno nebo heslo nesouhlasí.")]
    Wrong,
    #[error(
        "Po {after} chybných pokusech je účet na {minutes} minut zamčený. Zkuste to prosím později, nebo požádejte správce."
    )]
    Locked { after: i64, minutes: i64 },
}

/// A hash no password matches (same parameters as real ones), verified for unknown names to
/// spend the same time.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2mGmdzTPhV05Pr5k7ON9nZ9wR6IFIFx8u7hI0dV0yXw";

pub async fn check(
    username: &str,
    password: String,
) -> Result<Result<StaffUser, Refusal>, AppError> {
    let store = crate::state::store()?;
    let locked = Refusal::Locked {
        after: store::LOCKOUT_AFTER,
        minutes: store::LOCKOUT_SECS / 60,
    };
    let account = match Username::parse(username) {
        Ok(name) => store.staff_account(&name).await?.filter(|a| a.active),
        Err(_) => None,
    };
    let hash = account
        .as_ref()
        .map_or_else(|| DECOY_HASH.to_owned(), |a| a.password_hash.clone());
    let matches = super::password::verify(password, hash).await.map_err(|e| {
        tracing::error!(error = %e, "password check failed");
        AppError::Internal
    })?;
    let Some(account) = account else {
        return Ok(Err(Refusal::Wrong));
    };
    let now = crate::state::now();
    if account.is_locked(now) {
        return Ok(Err(locked));
    }
    if !matches {
        let newly_locked = store.record_failed_login(account.id, now).await?;
        tracing::warn!(user = %account.username, locked = newly_locked.is_some(), "wrong password");
        return Ok(Err(if newly_locked.is_some() {
            locked
        } else {
            Refusal::Wrong
        }));
    }
    store.record_login(account.id).await?;
    Ok(Ok(account.user()))
}
