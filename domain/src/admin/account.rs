//! Accounts as an administrator manages them in `/sprava/uzivatele`: a new account (name, role,
//! first password under the password rule) and a change of role or of whether it may sign in.

#[cfg(not(target_arch = "wasm32"))]
use super::fields::FieldErrors;
use crate::staff::{NewPassword, Role, Username};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    pub username: String,
    pub role: String,
    pub password: String,
}

/// A new account, checked; the password still to be hashed.
#[derive(Debug)]
pub struct NewAccount {
    pub username: Username,
    pub role: Role,
    pub password: NewPassword,
}

impl AccountForm {
    #[cfg(not(target_arch = "wasm32"))]
    pub fn validate(&self) -> Result<NewAccount, FieldErrors> {
        let mut e = FieldErrors::default();
        let username =
            Username::parse(&self.username).map_err(|err| e.add("username", err.to_string()));
        let role = self
            .role
            .parse::<Role>()
            .map_err(|err| e.add("role", err.to_string()));
        let password = username.as_ref().ok().and_then(|name| {
            NewPassword::parse(&self.password, name)
                .map_err(|err| e.add("password", err.to_string()))
                .ok()
        });
        match (username, role, password) {
            (Ok(username), Ok(role), Some(password)) if e.is_empty() => Ok(NewAccount {
                username,
                role,
                password,
            }),
            _ => Err(e),
        }
    }

    /// The form to show again: everything but the password.
    pub fn without_password(mut self) -> AccountForm {
        self.password.clear();
        self
    }
}

/// A change to an existing account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountChange {
    pub username: String,
    pub role: String,
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub active: bool,
    /// Where password links are mailed; empty for none.
    pub email: String,
}

/// An account change as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedChange {
    pub role: Role,
    pub active: bool,
    pub email: Option<crate::Email>,
}

impl AccountChange {
    pub fn validate(&self) -> Result<CheckedChange, super::FieldErrors> {
        let mut errors = super::FieldErrors::default();
        let role = self
            .role
            .parse::<Role>()
            .map_err(|e| errors.add("role", e.to_string()))
            .ok();
        let email =
            super::fields::optional(&mut errors, "email", &self.email, 254, crate::Email::parse);
        match role {
            Some(role) if errors.is_empty() => Ok(CheckedChange {
                role,
                active: self.active,
                email,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_account_follows_the_rules() {
        let errors = AccountForm {
            username: "Jana".into(),
            role: "root".into(),
            password: "heslo123".into(),
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("username").is_some() && errors.get("role").is_some());
        let errors = AccountForm {
            username: "jana".into(),
            role: "editor".into(),
            password: "heslo123".into(),
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("password").is_some());
        assert!(
            AccountForm {
                username: "jana".into(),
                role: "editor".into(),
                password: "Rybník u Písku".into(),
            }
            .validate()
            .is_ok()
        );
    }
}

/// A new password as typed twice: by its owner (who also gives the current one, `current`), or
/// through a one-time link (no `current`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current: String,
    pub password: String,
    pub repeat: String,
}

impl PasswordForm {
    /// The new password under the password rule, typed the same twice, for `username`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn validate(&self, username: &Username) -> Result<NewPassword, FieldErrors> {
        let mut e = FieldErrors::default();
        let password = NewPassword::parse(&self.password, username)
            .map_err(|err| e.add("password", err.to_string()))
            .ok();
        if self.repeat != self.password {
            e.add(
                "repeat",
                "hesla se neshodují; napište prosím nové heslo dvakrát stejně",
            );
        }
        match password {
            Some(password) if e.is_empty() => Ok(password),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod password_tests {
    use super::*;

    #[test]
    fn a_new_password_follows_the_rule_and_is_typed_twice_the_same() {
        let jana = Username::parse("jana").unwrap();
        let form = |password: &str, repeat: &str| PasswordForm {
            current: String::new(),
            password: password.into(),
            repeat: repeat.into(),
        };
        assert!(
            form("modry-kopec-47", "modry-kopec-47")
                .validate(&jana)
                .is_ok()
        );
        let errors = form("modry-kopec-47", "modry-kopec-48")
            .validate(&jana)
            .unwrap_err();
        assert!(errors.get("repeat").unwrap().contains("neshodují"));
        let errors = form("heslo123", "heslo123").validate(&jana).unwrap_err();
        assert!(errors.get("password").is_some(), "a common password");
        let errors = form("jana-2026-x", "jana-2026-x")
            .validate(&jana)
            .unwrap_err();
        assert!(errors.get("password").is_some(), "the name inside");
    }
}
