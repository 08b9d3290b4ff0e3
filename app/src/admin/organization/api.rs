//! Server functions of the provider pages: the list, the editor (read, create, save).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{
    Edited, Refusal, check, check_places, editor, editor_pages, offered_places, save, target,
};
use domain::admin::organization_edit::OrganizationForm;
use domain::admin::views::{AdminOrganizationRow, Listing, OrganizationEditor};
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_organization_list(q: String) -> Result<Listing<AdminOrganizationRow>, AppError> {
    crate::admin::auth::require_staff().await?;
    let text: String = q.chars().take(100).collect();
    Ok(Listing {
        rows: crate::state::store()?.admin_organizations(&text).await?,
        text,
        state: String::new(),
    })
}

/// The provider's form as stored (`id` `None`: an empty form for a new one).
#[server(prefix = "/api/sprava")]
pub async fn load_organization_editor(
    id: Option<i64>,
    saved: bool,
) -> Result<OrganizationEditor, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let (form, services) = match id {
        Some(id) => (
            store
                .organization_for_edit(id)
                .await?
                .ok_or(AppError::NotFound)?
                .to_form(),
            store.organization_services(id).await?,
        ),
        None => Default::default(),
    };
    let kind = domain::admin::audit::RecordKind::Organization;
    let edited = Edited::record_or_new(kind, id, saved).await?;
    let form_place = domain::MunicipalityCode::parse(&form.municipality).ok();
    Ok(OrganizationEditor {
        editor: editor(form, edited)?,
        services,
        new_service_once: crate::state::once_token(),
        municipalities: offered_places(form_place.into_iter()).await?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_organization(
    id: Option<i64>,
    form: OrganizationForm,
    once: String,
) -> Result<OrganizationEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let checked = check(form.validate());
    save(
        form,
        &once,
        checked,
        async |edit| {
            let place = edit.municipality.map(|c| ("municipality".to_owned(), c));
            if let Err(refusal) = check_places(place).await? {
                return Ok(Err(refusal));
            }
            let saved = crate::state::store()?
                .save_organization(target(id, &once)?, &edit, &user, crate::state::now())
                .await?;
            match saved {
                store::OrganizationSaved::Saved(id) => Ok(Ok(id)),
                store::OrganizationSaved::NotFound => Err(AppError::NotFound),
                store::OrganizationSaved::IcoTaken { holder } => {
                    let message = format!("toto IČO už má poskytovatel „{holder}“");
                    Ok(Err(Refusal::field("ico", message)))
                }
            }
        },
        async |saved| load_organization_editor(saved.or(id), saved.is_some()).await,
        |id| format!("/sprava/organizace/{id}?ulozeno=1"),
    )
    .await
}

#[cfg(feature = "ssr")]
editor_pages!(OrganizationEditor: OrganizationForm);
