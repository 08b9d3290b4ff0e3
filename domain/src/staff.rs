//! Staff accounts: who may edit the portal. Names and roles parse themselves; a new password must
//! be long enough and hard to guess.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A staff session ends after this many minutes without a request…
pub const SESSION_IDLE_MINUTES: i64 = 30;
/// …and this many hours after its login, however busy.
pub const SESSION_MAX_HOURS: i64 = 8;

/// A session that began at `signed_in_at` (Unix seconds) is still good at `now`.
pub fn session_within_cap(signed_in_at: i64, now: i64) -> bool {
    (0..=SESSION_MAX_HOURS * 3600).contains(&(now - signed_in_at))
}

/// Shortest and longest password accepted.
pub const PASSWORD_CHARS: std::ops::RangeInclusive<usize> = 8..=128;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StaffError {
    #[error(
        "uživatelské jméno má mít 3 až 40 znaků: malá písmena bez diakritiky, číslice, tečku, pomlčku nebo podtržítko"
    )]
    Username,
    #[error("role je „admin“ (správce) nebo „editor“, ne „{0}“")]
    Role(String),
    #[error("heslo má mít 8 až 128 znaků")]
    PasswordLength,
    #[error("{0} Zvolte prosím jiné heslo, nejlépe několik slov, která k sobě nepatří.")]
    PasswordGuessable(String),
    #[error("heslo nesmí obsahovat uživatelské jméno")]
    PasswordHoldsUsername,
}

/// What a staff member may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Users and everything else.
    Admin,
    /// Content: providers, services, questions, the wizard.
    Editor,
}

impl Role {
    pub fn slug(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "správce",
            Role::Editor => "editor obsahu",
        }
    }
}

impl FromStr for Role {
    type Err = StaffError;
    fn from_str(s: &str) -> Result<Role, StaffError> {
        match s.trim() {
            "admin" => Ok(Role::Admin),
            "editor" => Ok(Role::Editor),
            other => Err(StaffError::Role(other.chars().take(40).collect())),
        }
    }
}

/// A signed-in staff member, as pages and server functions see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: i64,
    pub username: Username,
    pub role: Role,
}

impl Role {
    /// Only administrators manage staff accounts; both roles edit content.
    pub fn manages_users(self) -> bool {
        self == Role::Admin
    }
}

/// A staff member's login name: `jana.novakova`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Username, StaffError> {
        let name = raw.trim();
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c);
        if (3..=40).contains(&name.len()) && name.chars().all(allowed) {
            Ok(Username(name.to_owned()))
        } else {
            Err(StaffError::Username)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Username {
    type Err = StaffError;
    fn from_str(s: &str) -> Result<Username, StaffError> {
        Username::parse(s)
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password that meets the rule, on its way to being hashed. Never printed.
pub struct NewPassword(String);

impl NewPassword {
    /// Long enough, without the login name, and hard enough to guess (see [`crate::password`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(raw: &str, username: &Username) -> Result<NewPassword, StaffError> {
        if !PASSWORD_CHARS.contains(&raw.chars().count()) {
            return Err(StaffError::PasswordLength);
        }
        if crate::text::fold(raw).contains(username.as_str()) {
            return Err(StaffError::PasswordHoldsUsername);
        }
        let strength = crate::password::estimate(raw, &[username.as_str()]);
        if !strength.acceptable() {
            return Err(StaffError::PasswordGuessable(
                strength.warning.unwrap_or_default(),
            ));
        }
        Ok(NewPassword(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_session_ends_eight_hours_after_its_login_however_busy() {
        use super::session_within_cap;
        assert!(session_within_cap(1_000, 1_000));
        assert!(session_within_cap(1_000, 1_000 + 8 * 3600));
        assert!(!session_within_cap(1_000, 1_001 + 8 * 3600));
        assert!(
            !session_within_cap(1_000, 999),
            "a login from the future is no login"
        );
    }

    use super::*;

    fn jana() -> Username {
        Username::parse("jana.novakova").unwrap()
    }

    #[test]
    fn usernames_are_plain_lower_case() {
        assert_eq!(
            Username::parse(" jana_n-1.x ").unwrap().as_str(),
            "jana_n-1.x"
        );
        for bad in [
            "ja",
            "Jana",
            "jána",
            "jana novakova",
            "<script>",
            &"x".repeat(41),
        ] {
            assert_eq!(Username::parse(bad), Err(StaffError::Username), "{bad}");
        }
    }

    #[test]
    fn roles_read_their_slugs() {
        assert_eq!("admin".parse::<Role>(), Ok(Role::Admin));
        assert_eq!("editor".parse::<Role>(), Ok(Role::Editor));
        assert_eq!("root".parse::<Role>(), Err(StaffError::Role("root".into())));
    }

    #[test]
    fn a_password_is_long_uncommon_and_not_the_name() {
        assert!(NewPassword::parse("Rybník u Písku 1982", &jana()).is_ok());
        assert_eq!(
            NewPassword::parse("kratke", &jana()).unwrap_err(),
            StaffError::PasswordLength
        );
        assert_eq!(
            NewPassword::parse(&"x".repeat(129), &jana()).unwrap_err(),
            StaffError::PasswordLength
        );
        for common in ["password", "Heslo123", "SLUNÍČKO", "12345678"] {
            assert!(
                matches!(
                    NewPassword::parse(common, &jana()).unwrap_err(),
                    StaffError::PasswordGuessable(why) if !why.is_empty()
                ),
                "{common}"
            );
        }
        assert_eq!(
            NewPassword::parse("jana.novakova!", &jana()).unwrap_err(),
            StaffError::PasswordHoldsUsername
        );
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::parse("Rybník u Písku", &jana()).unwrap()
            ),
            "NewPassword(***)"
        );
    }
}
