//! Server functions of the audience pages.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::check;
use domain::admin::audience_edit::AudienceForm;
#[cfg(feature = "ssr")]
use domain::admin::views::Editor;
use domain::admin::views::{AudienceEditor, AudienceList};
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_audience_list() -> Result<AudienceList, AppError> {
    crate::admin::auth::require_staff().await?;
    Ok(AudienceList {
        audiences: crate::state::store()?
            .audiences()
            .await?
            .into_iter()
            .map(domain::catalog::AudienceRef::from)
            .collect(),
    })
}

#[server(prefix = "/api/sprava")]
pub async fn load_audience_editor(slug: String, saved: bool) -> Result<AudienceEditor, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let (id, edit) = store
        .audience_for_edit(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(AudienceEditor {
        editor: Editor::new(
            Some(id),
            edit.to_form(),
            saved,
            store
                .audit_log(domain::admin::audit::RecordKind::Audience, id)
                .await?,
            crate::state::csrf_token()?,
        ),
        slug,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_audience(slug: String, form: AudienceForm) -> Result<AudienceEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let edit = match check(form.validate()) {
        Ok(edit) => edit,
        Err(refusal) => {
            let mut page = load_audience_editor(slug, false).await?;
            refusal.show(&mut page.editor, form);
            return Ok(page);
        }
    };
    crate::state::store()?
        .update_audience(&slug, &edit, &user, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!("/sprava/skupiny/{slug}?ulozeno=1"));
    load_audience_editor(slug, true).await
}
