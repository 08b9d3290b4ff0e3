//! Passwords as Argon2id hashes (PHC strings). Hashing takes tens of milliseconds of one core on
//! purpose, so it runs on tokio's blocking threads, never on the ones that serve requests.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use domain::staff::NewPassword;

/// Argon2id with OWASP's first recommended setting: 19 MiB of memory, 2 passes, 1 lane.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const PASSES: u32 = 2;
pub const LANES: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("hashing the password failed: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("the hashing task stopped")]
    Task(#[from] tokio::task::JoinError),
}

fn argon2() -> Argon2<'static> {
    let params =
        Params::new(MEMORY_KIB, PASSES, LANES, None).expect("constant parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of a new password, with a fresh random salt.
pub async fn hash(password: NewPassword) -> Result<String, PasswordError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.expose().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(PasswordError::Hash)
    })
    .await?
}

/// Whether `password` is the one behind `phc`. A malformed stored hash matches nothing.
pub async fn verify(password: String, phc: String) -> Result<bool, PasswordError> {
    Ok(tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc)
            .map(|parsed| {
                argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::staff::Username;

    #[tokio::test]
    async fn a_hash_verifies_its_password_and_nothing_else() {
        let jana = Username::parse("jana").unwrap();
        let password = NewPassword::parse("Rybník u Písku 1982", &jana).unwrap();
        let phc = hash(password).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(
            verify("Rybník u Písku 1982".into(), phc.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify("rybník u Písku 1982".into(), phc.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify("Rybník u Písku 1982".into(), "nonsense".into())
                .await
                .unwrap()
        );
        let again = hash(NewPassword::parse("Rybník u Písku 1982", &jana).unwrap())
            .await
            .unwrap();
        assert_ne!(phc, again, "every hash has its own salt");
    }
}
