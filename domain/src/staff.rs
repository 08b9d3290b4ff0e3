//! Staff accounts: who may edit the portal. Names and roles parse themselves; a new password must
//! be long enough and not one that attackers try first.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Shortest and longest password accepted.
/// A staff session ends after this many minutes without a request…
pub const SESSION_IDLE_MINUTES: i64 = 30;
/// …and this many hours after its login, however busy.
pub const SESSION_MAX_HOURS: i64 = 8;

/// A session that began at `signed_in_at` (Unix seconds) is still good at `now`.
pub fn session_within_cap(signed_in_at: i64, now: i64) -> bool {
    (0..=SESSION_MAX_HOURS * 3600).contains(&(now - signed_in_at))
}

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
    #[error("toto heslo patří k nejčastějším a hádá se jako první; zvolte jiné")]
    PasswordCommon,
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
    pub fn parse(raw: &str, username: &Username) -> Result<NewPassword, StaffError> {
        if !PASSWORD_CHARS.contains(&raw.chars().count()) {
            return Err(StaffError::PasswordLength);
        }
        let folded = crate::text::fold(raw);
        if COMMON_PASSWORDS.contains(&folded.as_str()) {
            return Err(StaffError::PasswordCommon);
        }
        if folded.contains(username.as_str()) {
            return Err(StaffError::PasswordHoldsUsername);
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

/// Passwords of eight characters or more that lead the public lists of leaked passwords, and the
/// Czech ones they miss; compared folded (lower case, no diacritics).
const COMMON_PASSWORDS: &[&str] = &[
    "12345678",
    "123456789",
    "1234567890",
    "12345678910",
    "87654321",
    "11111111",
    "00000000",
    "88888888",
    "12341234",
    "11223344",
    "123123123",
    "147258369",
    "1q2w3e4r",
    "1q2w3e4r5t",
    "1qaz2wsx",
    "zaq12wsx",
    "qwertyui",
    "qwertyuiop",
    "qwerty123",
    "qwertzui",
    "qwertzuiop",
    "qwertz123",
    "asdfghjk",
    "asdfghjkl",
    "asdf1234",
    "abcd1234",
    "abc12345",
    "abcdefgh",
    "aaaaaaaa",
    "password",
    "password1",
    "password123",
    "passw0rd",
    "p@ssw0rd",
    "iloveyou",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "whatever",
    "trustno1",
    "superman",
    "starwars",
    "computer",
    "michelle",
    "jennifer",
    "1234qwer",
    "q1w2e3r4",
    "heslo123",
    "heslo1234",
    "hesloheslo",
    "mojeheslo",
    "noveheslo",
    "tajneheslo",
    "heslo12345",
    "slunicko",
    "slunicko1",
    "miluju",
    "milujutebe",
    "miluji te",
    "milujitebe",
    "ahojahoj",
    "ahoj1234",
    "prahapraha",
    "sparta123",
    "slavia123",
    "kocicka1",
    "pejsek123",
    "zlaticko",
    "andulka1",
    "jaroslav",
    "katerina",
    "veronika",
    "kristyna",
    "michaela",
    "tereza123",
    "pisek123",
    "pomoc123",
    "pomocpomoc",
    "sprava123",
    "admin123",
    "administrator",
    "adminadmin",
    "changeme",
    "letmein1",
    "default1",
];

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
            assert_eq!(
                NewPassword::parse(common, &jana()).unwrap_err(),
                StaffError::PasswordCommon,
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
