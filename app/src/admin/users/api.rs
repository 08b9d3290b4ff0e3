//! Server functions of the account pages, for administrators only (403 for editors).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Refusal, check};
use domain::admin::account::{AccountChange, AccountForm};
#[cfg(feature = "ssr")]
use domain::admin::views::Editor;
use domain::admin::views::{AccountEditor, StaffList};
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_staff_list() -> Result<StaffList, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    Ok(StaffList {
        users: crate::state::store()?.staff_list().await?,
        editor: Editor {
            csrf: crate::state::csrf_token()?,
            ..Editor::default()
        },
        me: me.username.to_string(),
    })
}

/// A new account; its first password is the one the administrator hands over.
#[server(prefix = "/api/sprava/zapis")]
pub async fn create_account(form: AccountForm) -> Result<StaffList, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let refused = async |refusal: Refusal, form: AccountForm| {
        let mut page = load_staff_list().await?;
        refusal.show(&mut page.editor, form.without_password());
        Ok(page)
    };
    let account = match check(form.validate()) {
        Ok(account) => account,
        Err(refusal) => return refused(refusal, form).await,
    };
    let phc = crate::admin::password::hash(account.password)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "hashing a new password failed");
            AppError::Internal
        })?;
    let store = crate::state::store()?;
    let now = crate::state::now();
    match store
        .create_staff_account_by(&account.username, &phc, account.role, &me, now)
        .await?
    {
        Ok(id) => {
            tracing::info!(user = %account.username, by = %me.username, "account created");
            leptos_axum::redirect(&format!("/sprava/uzivatele/{id}?ulozeno=1"));
            load_staff_list().await
        }
        Err(taken) => refused(Refusal::field("username", taken.to_string()), form).await,
    }
}

#[server(prefix = "/api/sprava")]
pub async fn load_account_editor(id: i64, saved: bool) -> Result<AccountEditor, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let store = crate::state::store()?;
    let row = store.staff_row(id).await?.ok_or(AppError::NotFound)?;
    Ok(AccountEditor {
        editor: Editor::new(
            Some(id),
            AccountChange {
                username: row.username.clone(),
                role: row.role.slug().to_owned(),
                active: row.active,
            },
            saved,
            store
                .audit_log(domain::admin::audit::RecordKind::StaffUser, id)
                .await?,
            crate::state::csrf_token()?,
        ),
        own: row.id == me.id,
        username: row.username,
    })
}

/// A new role, or blocking and unblocking. Administrators cannot demote or block themselves, so
/// the portal always keeps one who can manage accounts.
#[server(prefix = "/api/sprava/zapis")]
pub async fn save_account(id: i64, form: AccountChange) -> Result<AccountEditor, AppError> {
    let me = crate::admin::auth::require_admin().await?;
    let checked = check(form.role.parse::<domain::staff::Role>().map_err(|e| {
        let mut errors = domain::admin::FieldErrors::default();
        errors.add("role", e.to_string());
        errors
    }))
    .and_then(|role| {
        if id == me.id && (role != me.role || !form.active) {
            Err(Refusal::field(
                "role",
                "vlastní účet nelze zablokovat ani mu vzít roli správce; požádejte jiného správce",
            ))
        } else {
            Ok(role)
        }
    });
    let role = match checked {
        Ok(role) => role,
        Err(refusal) => {
            let mut page = load_account_editor(id, false).await?;
            refusal.show(&mut page.editor, form);
            return Ok(page);
        }
    };
    crate::state::store()?
        .update_staff_account(id, role, form.active, &me, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!("/sprava/uzivatele/{id}?ulozeno=1"));
    load_account_editor(id, true).await
}
