//! Server functions of the account pages, for administrators only (403 for editors).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, Refusal, check, editor, editor_pages, save};
use domain::admin::account::{AccountChange, AccountForm};
use domain::admin::views::{AccountEditor, StaffList};
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_staff_list() -> Result<StaffList, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    Ok(StaffList {
        users: crate::state::store()?.staff_list().await?,
        editor: editor(
            AccountForm::default(),
            Edited::Other {
                saved: false,
                audit: Vec::new(),
            },
        )?,
        me: me.username.to_string(),
    })
}

/// A new account; its first password is the one the administrator hands over.
#[server(prefix = "/api/sprava/zapis")]
pub async fn create_account(form: AccountForm) -> Result<StaffList, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let checked = check(form.validate());
    save(
        form.without_password(),
        "",
        checked,
        async |account| {
            let phc = crate::admin::password::hash(account.password)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "hashing a new password failed");
                    AppError::Internal
                })?;
            let store = crate::state::store()?;
            let now = crate::state::now();
            let created = store
                .create_staff_account_by(&account.username, &phc, account.role, &me, now)
                .await?;
            if created.is_ok() {
                tracing::info!(user = %account.username, by = %me.username, "account created");
            }
            Ok(created.map_err(|taken| Refusal::field("username", taken.to_string())))
        },
        async |_| load_staff_list().await,
        |id| format!("/sprava/uzivatele/{id}?ulozeno=1"),
    )
    .await
}

#[server(prefix = "/api/sprava")]
pub async fn load_account_editor(id: i64, saved: bool) -> Result<AccountEditor, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let store = crate::state::store()?;
    let row = store.staff_row(id).await?.ok_or(AppError::NotFound)?;
    Ok(AccountEditor {
        editor: editor(
            AccountChange {
                username: row.username.clone(),
                role: row.role.slug().to_owned(),
                active: row.active,
                email: row.email.clone().unwrap_or_default(),
            },
            Edited::record(domain::admin::audit::RecordKind::StaffUser, id, saved).await?,
        )?,
        own: row.id == me.id,
        username: row.username,
    })
}

/// A new role or address, or blocking and unblocking. Administrators cannot demote or block themselves, so
/// the portal always keeps one who can manage accounts.
#[server(prefix = "/api/sprava/zapis")]
pub async fn save_account(id: i64, form: AccountChange) -> Result<AccountEditor, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let checked = check(form.validate()).and_then(|change| {
        if id == me.id && (change.role != me.role || !change.active) {
            Err(Refusal::field(
                "role",
                "vlastní účet nelze zablokovat ani mu vzít roli správce; požádejte jiného správce",
            ))
        } else {
            Ok(change)
        }
    });
    save(
        form,
        "",
        checked,
        async |change| {
            let store = crate::state::store()?;
            let updated = store
                .update_staff_account(id, &change, &me, crate::state::now())
                .await?;
            Ok(updated.map(|_| id))
        },
        async |saved| load_account_editor(id, saved.is_some()).await,
        |id| format!("/sprava/uzivatele/{id}?ulozeno=1"),
    )
    .await
}

#[cfg(feature = "ssr")]
editor_pages!(StaffList: AccountForm, AccountEditor: AccountChange);
