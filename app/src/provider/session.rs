//! Who is signed in as a provider: the contact id kept in the session, read back from the store
//! on every request (a contact staff removed is out at once). Sessions idle out after an hour
//! and end 8 hours after signing in, like staff's.

use crate::AppError;
use crate::state::{extension, store};
use store::ProviderContact;
use tower_sessions::Session;

const CONTACT_ID: &str = "provider_contact";
const SIGNED_IN_AT: &str = "provider_signed_in_at";

fn session() -> Result<Session, AppError> {
    extension::<Session>().ok_or_else(|| {
        tracing::error!("no Session: the server must add the session layer");
        AppError::Internal
    })
}

fn failed(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store failed");
    AppError::Internal
}

/// The signed-in provider contact (401 when there is none).
pub async fn require_provider() -> Result<ProviderContact, AppError> {
    let session = session()?;
    let id = session.get::<i64>(CONTACT_ID).await.map_err(failed)?;
    let at = session.get::<i64>(SIGNED_IN_AT).await.map_err(failed)?;
    let (Some(id), Some(at)) = (id, at) else {
        return Err(not_signed_in());
    };
    if !domain::staff::session_within_cap(at, crate::state::now()) {
        session.flush().await.map_err(failed)?;
        return Err(not_signed_in());
    }
    let Some(contact) = store()?.provider_contact(id).await? else {
        session.flush().await.map_err(failed)?;
        return Err(not_signed_in());
    };
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
        tower_sessions::cookie::time::Duration::minutes(
            domain::provider::sign_in::SESSION_IDLE_MINUTES,
        ),
    )));
    Ok(contact)
}

fn not_signed_in() -> AppError {
    AppError::Forbidden(
        "Přihlášení vypršelo nebo jste se zatím nepřihlásili. Požádejte o nový odkaz na stránce Pro poskytovatele."
            .into(),
    )
}

/// Signs `contact` in under a fresh session id.
pub async fn start(contact: &ProviderContact) -> Result<(), AppError> {
    let session = session()?;
    session.cycle_id().await.map_err(failed)?;
    session
        .insert(SIGNED_IN_AT, crate::state::now())
        .await
        .map_err(failed)?;
    session
        .insert(CONTACT_ID, contact.id)
        .await
        .map_err(failed)?;
    tracing::info!(
        contact = contact.id,
        organization = contact.organization_id,
        "provider signed in"
    );
    Ok(())
}

/// Ends the session.
pub async fn end() -> Result<(), AppError> {
    session()?.flush().await.map_err(failed)
}
