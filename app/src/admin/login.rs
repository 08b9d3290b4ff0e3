//! Checking a login: the account and the password. Every way to fail takes about as long as a
//! wrong password and says the same, so neither timing nor wording tells which names exist.
//! Repeated failures are limited per client and name before this runs (`Throttles::login_name`).

use crate::AppError;
use domain::staff::{StaffUser, Username};

/// Why a login was refused, as the login page says it: the same for every name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Uživatelské jméno nebo heslo nesouhlasí.")]
    Wrong,
}

/// A hash no password matches (same parameters as real ones), verified for unknown names to
/// spend the same time.
const DECOY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2mGmdzTPhV05Pr5k7ON9nZ9wR6IFIFx8u7hI0dV0yXw";

pub async fn check(
    username: &str,
    password: String,
) -> Result<Result<StaffUser, Refusal>, AppError> {
    let store = crate::state::store()?;
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
    match account {
        Some(account) if matches => Ok(Ok(account.user())),
        Some(account) => {
            tracing::warn!(user = %account.username, "wrong password");
            Ok(Err(Refusal::Wrong))
        }
        None => Ok(Err(Refusal::Wrong)),
    }
}
