//! Server functions of the audience pages.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, check, editor, editor_pages, save};
use domain::admin::audience_edit::AudienceForm;
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
        editor: editor(
            edit.to_form(),
            Edited::record(domain::admin::audit::RecordKind::Audience, id, saved).await?,
        )?,
        slug,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_audience(slug: String, form: AudienceForm) -> Result<AudienceEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let checked = check(form.validate());
    save(
        form,
        "",
        checked,
        async |edit| {
            let store = crate::state::store()?;
            let updated = store
                .update_audience(&slug, &edit, &user, crate::state::now())
                .await?;
            Ok(updated.map(|_| slug.clone()))
        },
        async |saved| load_audience_editor(slug.clone(), saved.is_some()).await,
        |slug| format!("/sprava/skupiny/{slug}?ulozeno=1"),
    )
    .await
}

#[cfg(feature = "ssr")]
editor_pages!(AudienceEditor: AudienceForm);
