//! Who is signed in: the staff id kept in the session (tower-sessions, stored in the database),
//! checked against the store on every request so a deactivated account stops at once. Each staff
//! request moves the idle end on (30 minutes from now); 8 hours after the login the session ends
//! however busy.

use crate::AppError;
use crate::state::{extension, store};
use domain::staff::StaffUser;
use tower_sessions::Session;

const STAFF_ID: &str = "staff_id";
const SIGNED_IN_AT: &str = "signed_in_at";
const PASSWORD_VERSION: &str = "password_version";

fn session() -> Result<Session, AppError> {
    extension::<Session>().ok_or_else(|| {
        tracing::error!("no Session: the server must add the session layer");
        AppError::Internal
    })
}

fn session_failed(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store failed");
    AppError::Internal
}

/// The signed-in staff member, if any.
pub async fn signed_in() -> Result<Option<StaffUser>, AppError> {
    staff_in_session(&session()?, &store()?).await
}

/// The staff member a session belongs to, if any (also for handlers outside Leptos).
pub async fn staff_in_session(
    session: &Session,
    store: &store::Store,
) -> Result<Option<StaffUser>, AppError> {
    let Some(id) = session.get::<i64>(STAFF_ID).await.map_err(session_failed)? else {
        return Ok(None);
    };
    let signed_in_at = session
        .get::<i64>(SIGNED_IN_AT)
        .await
        .map_err(session_failed)?;
    if !signed_in_at.is_some_and(|at| domain::staff::session_within_cap(at, crate::state::now())) {
        tracing::info!(staff_id = id, "session over its cap ended");
        session.flush().await.map_err(session_failed)?;
        return Ok(None);
    }
    // A session begun under an earlier password is over.
    let version = session
        .get::<i64>(PASSWORD_VERSION)
        .await
        .map_err(session_failed)?;
    let Some(user) = store.staff_in_session(id, version.unwrap_or(-1)).await? else {
        session.flush().await.map_err(session_failed)?;
        return Ok(None);
    };
    // Marks the session changed, so that it is saved with a new idle end.
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
        tower_sessions::cookie::time::Duration::minutes(domain::staff::SESSION_IDLE_MINUTES),
    )));
    Ok(Some(user))
}

/// Any staff member: editors and administrators (401 otherwise).
pub async fn require_staff() -> Result<StaffUser, AppError> {
    signed_in().await?.ok_or(AppError::Unauthorized)
}

/// Administrators only (401 for nobody, 403 for an editor).
pub async fn require_admin() -> Result<StaffUser, AppError> {
    let user = require_staff().await?;
    if user.role.manages_users() {
        Ok(user)
    } else {
        Err(AppError::Forbidden(
            "Uživatelské účty spravují jen správci portálu.".into(),
        ))
    }
}

/// Starts a new session for `user`: a fresh session id, so one planted before login is useless.
pub async fn start(user: &StaffUser) -> Result<(), AppError> {
    let session = session()?;
    session.cycle_id().await.map_err(session_failed)?;
    session
        .insert(SIGNED_IN_AT, crate::state::now())
        .await
        .map_err(session_failed)?;
    let version = store()?
        .password_version(user.id)
        .await?
        .unwrap_or_default();
    session
        .insert(PASSWORD_VERSION, version)
        .await
        .map_err(session_failed)?;
    session
        .insert(STAFF_ID, user.id)
        .await
        .map_err(session_failed)
}

/// Ends the session: deleted from the store, the cookie cleared.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(session_failed)
}
