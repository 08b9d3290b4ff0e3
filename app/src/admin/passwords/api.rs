//! The server functions of the password pages.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, Refusal, check, editor, editor_pages, save};
use domain::admin::account::PasswordForm;
use domain::admin::views::Editor;
use domain::password::Strength;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How long a one-time link stays good.
pub const LINK_HOURS: i64 = 2;

/// `/sprava/heslo` and `/sprava/heslo/obnova/{token}`: whose password, and its form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordEditor {
    pub editor: Editor<PasswordForm>,
    pub username: String,
}

/// `/sprava/uzivatele/{id}/heslo`: the account, and the link once it is made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetLink {
    pub id: i64,
    pub username: String,
    pub link: Option<String>,
    /// The account's address, where the link is mailed instead of shown.
    pub email: Option<String>,
    /// The link was just mailed.
    pub mailed: bool,
    pub csrf: String,
}

#[cfg(feature = "ssr")]
editor_pages!(PasswordEditor: PasswordForm);

#[cfg(feature = "ssr")]
async fn hashed(password: domain::staff::NewPassword) -> Result<String, AppError> {
    crate::admin::password::hash(password).await.map_err(|e| {
        tracing::error!(error = %e, "hashing a new password failed");
        AppError::Internal
    })
}

/// How guessable a password being typed is, for the meter beside a new-password field: on any of
/// the three pages with one, the reset link's without a session. `username` is the login name the
/// password must not lean on. Nothing is stored or logged.
#[server(prefix = "/api", endpoint = "sila-hesla")]
pub async fn password_strength(password: String, username: String) -> Result<Strength, AppError> {
    crate::state::throttle(|t| &t.password_meter).await?;
    let password: String = password
        .chars()
        .take(*domain::staff::PASSWORD_CHARS.end())
        .collect();
    let username = domain::text::fold(&username);
    // Milliseconds of one core (more for long passwords): off the threads that serve requests.
    tokio::task::spawn_blocking(move || domain::password::estimate(&password, &[&username]))
        .await
        .map_err(|error| {
            tracing::error!(%error, "the password estimate stopped");
            AppError::Internal
        })
}

#[server(prefix = "/api/sprava")]
pub async fn load_password_change(changed: bool) -> Result<PasswordEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let audit = Vec::new();
    Ok(PasswordEditor {
        editor: editor(
            PasswordForm::default(),
            Edited::Other {
                saved: changed,
                audit,
            },
        )?,
        username: user.username.to_string(),
    })
}

/// A new password for the signed-in member of staff; the current one is asked for (and its
/// guesses are limited like logins). This session goes on under a new id; every other ends.
#[server(prefix = "/api/sprava/zapis")]
pub async fn change_password(form: PasswordForm) -> Result<PasswordEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let checked = check(form.validate(&user.username));
    let change = async |password| {
        let name = user.username.as_str();
        crate::state::throttle_for(|t| &t.login_name, name).await?;
        if super::super::login::check(name, form.current.clone())
            .await?
            .is_err()
        {
            let wrong = "současné heslo nesouhlasí";
            return Ok(Err(Refusal::field("current", wrong)));
        }
        crate::state::forget_attempts(|t| &t.login_name, name).await?;
        let phc = hashed(password).await?;
        let store = crate::state::store()?;
        let by = store::SetBy::Staff(&user);
        if store
            .set_password(user.id, &phc, by, crate::state::now())
            .await?
            .is_none()
        {
            return Err(AppError::NotFound);
        }
        crate::admin::auth::start(&user).await?;
        tracing::info!(user = %user.username, "password changed");
        Ok(Ok(()))
    };
    save(
        PasswordForm::default(),
        "",
        checked,
        change,
        async |changed| load_password_change(changed.is_some()).await,
        |()| "/sprava/heslo?zmeneno=1".to_owned(),
    )
    .await
}

#[server(prefix = "/api/sprava")]
pub async fn load_reset_link(id: i64) -> Result<ResetLink, AppError> {
    crate::admin::auth::require_admin().await?;
    let row = crate::state::store()?
        .staff_row(id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ResetLink {
        id,
        username: row.username,
        link: None,
        email: row.email,
        mailed: false,
        csrf: crate::state::csrf_token()?,
    })
}

/// Makes a one-time link for account `id`: mailed to the account's address if it has one,
/// otherwise shown this once.
#[server(prefix = "/api/sprava/zapis")]
pub async fn create_reset_link(id: i64) -> Result<ResetLink, AppError> {
    let admin = crate::admin::auth::require_admin().await?;
    crate::state::require_csrf()?;
    let mut page = load_reset_link(id).await?;
    let token = crate::state::link_token();
    let now = crate::state::now();
    let base = use_context::<crate::state::PublicUrl>()
        .map(|url| url.0)
        .unwrap_or_default();
    let link = format!("{base}/sprava/heslo/obnova/{token}");
    let message = page.email.as_deref().map(|to| {
        let footer = domain::mail::Footer {
            portal: base.clone(),
            unsubscribe: None,
        };
        domain::mail::staff::password_link(to, &page.username, &link, LINK_HOURS, &footer)
    });
    crate::state::store()?
        .start_password_reset(
            id,
            &crate::state::token_hash(&token),
            now + LINK_HOURS * 3600,
            message.as_ref(),
            &admin,
            now,
        )
        .await?;
    tracing::info!(account = id, by = %admin.username, mailed = message.is_some(), "password link made");
    if message.is_some() {
        page.mailed = true;
    } else {
        page.link = Some(link);
    }
    Ok(page)
}

/// The form behind a one-time link; a link used, run out or unknown is 404 with the way on.
#[server(prefix = "/api/prihlaseni")]
pub async fn load_password_reset(token: String) -> Result<PasswordEditor, AppError> {
    let found = crate::state::store()?
        .password_reset(&crate::state::token_hash(&token), crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let audit = Vec::new();
    Ok(PasswordEditor {
        editor: editor(
            PasswordForm::default(),
            Edited::Other {
                saved: false,
                audit,
            },
        )?,
        username: found.username.to_string(),
    })
}

/// Sets the password through a one-time link, which is spent; on to the login.
#[server(prefix = "/api/zapis")]
pub async fn finish_password_reset(
    token: String,
    form: PasswordForm,
) -> Result<PasswordEditor, AppError> {
    crate::state::throttle(|t| &t.login).await?;
    let page = load_password_reset(token.clone()).await?;
    let username =
        domain::staff::Username::parse(&page.username).map_err(|_| AppError::NotFound)?;
    let checked = check(form.validate(&username));
    let finish = async |password| {
        let phc = hashed(password).await?;
        let done = crate::state::store()?
            .finish_password_reset(&crate::state::token_hash(&token), &phc, crate::state::now())
            .await?;
        if done.is_some() {
            tracing::info!(user = %username, "password set through a link");
        }
        Ok(done)
    };
    save(
        PasswordForm::default(),
        "",
        checked,
        finish,
        async |_| Ok(page),
        |()| "/sprava/prihlaseni?heslo=1".to_owned(),
    )
    .await
}
