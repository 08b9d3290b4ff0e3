//! Signing in without a password: a person types an address; if staff invited it, a one-time link
//! goes there. The page answers the same either way, so it tells nobody which addresses are known.

use crate::contact::Email;
use serde::{Deserialize, Serialize};

/// How long a sign-in link stays good.
pub const LINK_MINUTES: i64 = 30;
/// How long the link in a verification message stays good (past the round's last reminder).
pub const VERIFY_LINK_DAYS: i64 = 45;
/// How long a provider's session lasts without a request.
pub const SESSION_IDLE_MINUTES: i64 = 60;

/// The sign-in form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    pub email: String,
}

impl SignInForm {
    /// The address, folded as stored: a typo is the person's to see, so it says why.
    pub fn address(&self) -> Result<Email, String> {
        Email::parse(self.email.trim())
            .map(|email| Email::parse(&email.as_str().to_lowercase()).unwrap_or(email))
            .map_err(|e| e.to_string())
    }
}

/// What the page says after any well-formed address.
pub fn link_sent_notice() -> String {
    format!(
        "Je-li adresa u nás vedená jako kontakt poskytovatele, poslali jsme na ni odkaz pro přihlášení. \
         Platí {LINK_MINUTES} minut a jen jednou. Nepřišel-li do několika minut, podívejte se do složky nevyžádané pošty \
         nebo nám napište."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_folded_to_lower_case_and_a_bad_one_says_why() {
        let form = SignInForm {
            email: " Info@Jitrenka.Example ".into(),
        };
        assert_eq!(form.address().unwrap().as_str(), "info@jitrenka.example");
        let bad = SignInForm {
            email: "jitrenka".into(),
        };
        assert!(bad.address().is_err());
    }
}
