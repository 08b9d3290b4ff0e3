//! `server create-user <name> [--role admin|editor]`: the only way the first account comes to be
//! (there is no default one). The password is read from the first line of standard input, so it
//! never appears in the shell history or the process list:
//!
//! ```sh
//! read -rs PW && printf '%s\n' "$PW" | server create-user jana.novakova --role admin
//! ```
//!
//! `server set-password <name>` sets an existing account's password the same way (for the last
//! administrator who forgot theirs); the change is in the account's audit log.

use app::admin::password::{self, PasswordError};
use domain::staff::{NewPassword, Role, StaffError, Username};
use store::{Store, StoreError, UsernameTaken};

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error(
        "použití: server create-user <jméno> [--role admin|editor] (heslo na standardním vstupu)"
    )]
    Usage,
    #[error("použití: server set-password <jméno> (heslo na standardním vstupu)")]
    SetUsage,
    #[error("uživatel „{0}“ neexistuje")]
    Unknown(Username),
    #[error("{0}")]
    Invalid(#[from] StaffError),
    #[error("{0}")]
    Taken(#[from] UsernameTaken),
    #[error("heslo se nepodařilo přečíst ze standardního vstupu")]
    Stdin(#[source] std::io::Error),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error("databáze selhala")]
    Store(#[from] StoreError),
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub username: Username,
    pub role: Role,
}

/// Reads `<name> [--role admin|editor]`; the role defaults to editor.
pub fn parse_args(args: &[String]) -> Result<Request, CreateUserError> {
    match args {
        [name] => Ok(Request {
            username: Username::parse(name)?,
            role: Role::Editor,
        }),
        [name, flag, role] if flag == "--role" => Ok(Request {
            username: Username::parse(name)?,
            role: role.parse()?,
        }),
        _ => Err(CreateUserError::Usage),
    }
}

/// Checks the password, hashes it and stores the account; returns its id.
pub async fn create_user(
    store: &Store,
    request: &Request,
    password: &str,
) -> Result<i64, CreateUserError> {
    let password = NewPassword::parse(password.trim_end_matches(['\r', '\n']), &request.username)?;
    let phc = password::hash(password).await?;
    Ok(store
        .create_staff_account(&request.username, &phc, request.role)
        .await??)
}

/// Sets the password of account `username` (the arguments: just the name).
pub async fn set_password(
    store: &Store,
    args: &[String],
    password: &str,
) -> Result<Username, CreateUserError> {
    let [name] = args else {
        return Err(CreateUserError::SetUsage);
    };
    let username = Username::parse(name)?;
    let account = store
        .staff_account(&username)
        .await?
        .ok_or_else(|| CreateUserError::Unknown(username.clone()))?;
    let password = NewPassword::parse(password.trim_end_matches(['\r', '\n']), &username)?;
    let phc = password::hash(password).await?;
    let now = app::state::now();
    store
        .set_password(account.id, &phc, store::SetBy::Command, now)
        .await?
        .ok_or_else(|| CreateUserError::Unknown(username.clone()))?;
    Ok(username)
}

/// The first line of standard input.
pub fn read_password() -> Result<String, CreateUserError> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(CreateUserError::Stdin)?;
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn arguments_name_the_user_and_the_role() {
        let request = parse_args(&args(&["jana", "--role", "admin"])).unwrap();
        assert_eq!(
            (request.username.as_str(), request.role),
            ("jana", Role::Admin)
        );
        assert_eq!(parse_args(&args(&["petr"])).unwrap().role, Role::Editor);
        assert!(matches!(
            parse_args(&args(&[])),
            Err(CreateUserError::Usage)
        ));
        assert!(matches!(
            parse_args(&args(&["jana", "--role", "root"])),
            Err(CreateUserError::Invalid(_))
        ));
        assert!(matches!(
            parse_args(&args(&["Jana Nová"])),
            Err(CreateUserError::Invalid(_))
        ));
    }

    #[tokio::test]
    async fn an_account_is_stored_with_a_hash_and_never_twice() {
        let store = Store::open_in_memory().await.unwrap();
        let request = parse_args(&args(&["jana", "--role", "admin"])).unwrap();
        let error = create_user(&store, &request, "heslo123\n")
            .await
            .unwrap_err();
        assert!(
            error.to_string().contains("Zvolte prosím jiné heslo"),
            "{error}"
        );
        create_user(&store, &request, "Rybník u Písku 1982\n")
            .await
            .unwrap();
        let account = store
            .staff_account(&request.username)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(account.role, Role::Admin);
        assert!(
            password::verify("Rybník u Písku 1982".into(), account.password_hash)
                .await
                .unwrap()
        );
        let again = create_user(&store, &request, "Jiné dlouhé heslo 2\n")
            .await
            .unwrap_err();
        assert_eq!(again.to_string(), "uživatel „jana“ už existuje");
    }
}
