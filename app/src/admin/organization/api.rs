//! Server functions of the provider pages: the list, the editor (read, create, save).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Refusal, check, check_places, offered_places, target};
use domain::admin::organization_edit::OrganizationForm;
#[cfg(feature = "ssr")]
use domain::admin::views::Editor;
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
    let (form, services, audit) = match id {
        Some(id) => (
            store
                .organization_for_edit(id)
                .await?
                .ok_or(AppError::NotFound)?
                .to_form(),
            store.organization_services(id).await?,
            store
                .audit_log(domain::admin::audit::RecordKind::Organization, id)
                .await?,
        ),
        None => Default::default(),
    };
    let form_place = domain::MunicipalityCode::parse(&form.municipality).ok();
    Ok(OrganizationEditor {
        editor: Editor {
            once: id.map_or_else(crate::state::once_token, |_| String::new()),
            ..Editor::new(id, form, saved, audit, crate::state::csrf_token()?)
        },
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
    let refused = async |refusal: Refusal, form| {
        let mut page = load_organization_editor(id, false).await?;
        refusal.show(&mut page.editor, form);
        Ok(page)
    };
    let edit = match check(form.validate()) {
        Ok(edit) => edit,
        Err(refusal) => return refused(refusal, form).await,
    };
    let place = edit.municipality.map(|c| ("municipality".to_owned(), c));
    if let Err(refusal) = check_places(place).await? {
        return refused(refusal, form).await;
    }
    let saved = crate::state::store()?
        .save_organization(target(id, &once)?, &edit, &user, crate::state::now())
        .await?;
    match saved {
        store::OrganizationSaved::Saved(id) => {
            leptos_axum::redirect(&format!("/sprava/organizace/{id}?ulozeno=1"));
            load_organization_editor(Some(id), true).await
        }
        store::OrganizationSaved::NotFound => Err(AppError::NotFound),
        store::OrganizationSaved::IcoTaken { holder } => {
            let message = format!("toto IČO už má poskytovatel „{holder}“");
            refused(Refusal::field("ico", message), form).await
        }
    }
}
