//! The staff area's server functions. Reads live under `/api/sprava`, changes under
//! `/api/sprava/zapis` (the server demands the form token there); every one of them checks the
//! signed-in staff member first: 401 without one, 403 for an editor where only an administrator
//! may act. Logging in is under `/api/zapis`, open to anyone but rate-limited.

use crate::AppError;
#[cfg(feature = "ssr")]
use domain::admin::feedback::FeedbackStatus;
use domain::admin::register_runs::RegisterOverview;
use domain::admin::views::{AdminHome, FeedbackInbox, LoginState};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The login form as posted.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub username: String,
    pub password: String,
    /// Where to go once signed in (a `/sprava` path).
    pub zpet: String,
}

/// A moderation decision on one message.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SettleForm {
    pub id: i64,
    /// `vyrizena` or `zamitnuta` (or `nova` to reopen).
    pub stav: String,
}

/// Only plain `/sprava` paths (never another site, never a character a `Location` header cannot
/// carry) are followed after login.
#[cfg(feature = "ssr")]
fn safe_back(back: &str) -> String {
    let plain = back.bytes().all(|b| b.is_ascii_graphic()) && !back.contains(['\\', '"']);
    if plain && back.starts_with("/sprava") && !back.contains("//") {
        back.to_owned()
    } else {
        "/sprava".to_owned()
    }
}

#[server(prefix = "/api/prihlaseni")]
pub async fn load_login(zpet: String) -> Result<LoginState, AppError> {
    Ok(LoginState {
        back: safe_back(&zpet),
        csrf: crate::state::csrf_token()?,
        ..LoginState::default()
    })
}

#[server(prefix = "/api/zapis")]
pub async fn log_in(form: LoginForm) -> Result<LoginState, AppError> {
    use crate::common::Refusal;
    let username = form.username.trim().to_owned();
    let mut state = LoginState {
        username: username.clone(),
        back: safe_back(&form.zpet),
        csrf: crate::state::csrf_token()?,
        error: None,
    };
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(state, username));
    }
    // Every client has its own count per name: a stranger cannot use up anyone else's.
    let limits = async || {
        crate::state::throttle(|t| &t.login).await?;
        crate::state::throttle_for(|t| &t.login_name, &username).await
    };
    if let Err(error) = limits().await {
        return Ok(Refusal::from(error).shown(state, username));
    }
    match super::login::check(&form.username, form.password).await? {
        Ok(user) => {
            crate::state::forget_attempts(|t| &t.login_name, &username).await?;
            super::auth::start(&user).await?;
            tracing::info!(user = %user.username, "signed in");
            leptos_axum::redirect(&state.back);
            state.error = None;
            Ok(state)
        }
        Err(refusal) => {
            let refusal = Refusal::whole(crate::ErrorKind::Unauthorized, refusal.to_string());
            Ok(refusal.shown(state, username))
        }
    }
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn log_out() -> Result<(), AppError> {
    crate::state::require_csrf()?;
    let user = super::auth::require_staff().await?;
    super::auth::end().await?;
    tracing::info!(user = %user.username, "signed out");
    leptos_axum::redirect("/sprava/prihlaseni?odhlaseno=1");
    Ok(())
}

#[server(prefix = "/api/sprava")]
pub async fn load_admin_home() -> Result<AdminHome, AppError> {
    let user = super::auth::require_staff().await?;
    let store = crate::state::store()?;
    let before = crate::state::now() - domain::admin::date::HALF_YEAR_SECS;
    Ok(AdminHome {
        user,
        unverified: store.unverified_services(before, 50).await?,
        new_feedback: store.feedback(FeedbackStatus::New).await?.len(),
        register: store.last_register_run().await?,
        verification: super::verification::overview().await?,
        csrf: crate::state::csrf_token()?,
    })
}

#[server(prefix = "/api/sprava")]
pub async fn load_register_overview() -> Result<RegisterOverview, AppError> {
    super::auth::require_staff().await?;
    Ok(crate::state::store()?.register_overview().await?)
}

#[server(prefix = "/api/sprava")]
pub async fn load_feedback_inbox(stav: String) -> Result<FeedbackInbox, AppError> {
    super::auth::require_staff().await?;
    let status = FeedbackStatus::from_slug(&stav).unwrap_or(FeedbackStatus::New);
    Ok(FeedbackInbox {
        items: crate::state::store()?.feedback(status).await?,
        status,
        csrf: crate::state::csrf_token()?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn settle_feedback(form: SettleForm) -> Result<FeedbackInbox, AppError> {
    let user = super::auth::require_staff().await?;
    crate::state::require_csrf()?;
    let status = FeedbackStatus::from_slug(&form.stav)
        .ok_or_else(|| AppError::BadRequest("Neznámý stav podnětu.".into()))?;
    crate::state::store()?
        .set_feedback_status(form.id, status, &user, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect("/sprava/podnety");
    load_feedback_inbox(FeedbackStatus::New.slug().to_owned()).await
}

/// The login keeps the name as typed, never the password.
#[cfg(feature = "ssr")]
impl crate::common::ShowsRefusal for LoginState {
    type Form = String;

    fn refused(
        &mut self,
        username: String,
        _: domain::admin::FieldErrors,
        message: Option<String>,
    ) {
        self.username = username;
        self.error = message;
    }
}
