//! Server functions of the service pages: the list, the editor (read and save), a new draft.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{
    Edited, check, check_places, editor, editor_pages, offered_places, once_key, save,
};
#[cfg(feature = "ssr")]
use domain::admin::feedback::FeedbackStatus;
use domain::admin::service_edit::{NewServiceForm, ServiceForm};
use domain::admin::views::{AdminServiceRow, Listing, NewService, ServiceEditor};
#[cfg(feature = "ssr")]
use domain::catalog::OrganizationRef;
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_service_list(
    q: String,
    stav: String,
) -> Result<Listing<AdminServiceRow>, AppError> {
    crate::admin::auth::require_staff().await?;
    let published = match stav.as_str() {
        "zverejnene" => Some(true),
        "koncepty" => Some(false),
        _ => None,
    };
    let filter = store::ServiceListFilter {
        text: q.chars().take(100).collect(),
        published,
    };
    Ok(Listing {
        rows: crate::state::store()?.admin_services(&filter).await?,
        text: filter.text,
        state: stav,
    })
}

#[server(prefix = "/api/sprava")]
pub async fn load_service_editor(
    id: i64,
    saved: bool,
    podnet: Option<i64>,
) -> Result<ServiceEditor, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let found = store
        .service_for_edit(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let suggestion = match podnet {
        Some(message) => store.feedback_item(message).await?,
        None => None,
    };
    Ok(ServiceEditor {
        editor: editor(
            found.edit.to_form(),
            Edited::record(domain::admin::audit::RecordKind::Service, id, saved).await?,
        )?,
        organization: found.organization,
        verified_at: found.verified_at,
        verified_by: found.verified_by,
        confirmations: store.verifications(id).await?,
        suggestion,
        municipalities: offered_places(found.edit.places()).await?,
        register_ended: found.register_ended,
    })
}

/// Saves the form; `podnet` is the resident's message the edit answers, settled with it.
#[server(prefix = "/api/sprava/zapis")]
pub async fn save_service(
    id: i64,
    form: ServiceForm,
    podnet: Option<i64>,
) -> Result<ServiceEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let checked = check(form.validate());
    let verified = form.verified;
    save(
        form,
        "",
        checked,
        async |edit| {
            let places = edit.area.iter().map(|c| ("area".to_owned(), *c)).chain(
                edit.locations.iter().enumerate().map(|(i, l)| {
                    (
                        domain::admin::service_edit::location_field(i),
                        l.municipality,
                    )
                }),
            );
            if let Err(refusal) = check_places(places).await? {
                return Ok(Err(refusal));
            }
            let store = crate::state::store()?;
            let now = crate::state::now();
            if store
                .update_service(
                    id,
                    &edit,
                    verified.then_some(domain::verification::Source::Staff),
                    &user,
                    now,
                )
                .await?
                .is_none()
            {
                return Err(AppError::NotFound);
            }
            if let Some(message) = podnet {
                store
                    .set_feedback_status(message, FeedbackStatus::Done, &user, now)
                    .await?;
            }
            Ok(Ok(id))
        },
        // A refused form comes back as typed, with its errors, over the stored record's history.
        async |saved| match saved {
            Some(id) => load_service_editor(id, true, None).await,
            None => load_service_editor(id, false, podnet).await,
        },
        |id| format!("/sprava/sluzby/{id}?ulozeno=1"),
    )
    .await
}

#[server(prefix = "/api/sprava")]
pub async fn load_new_service(organization: i64) -> Result<NewService, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let name = store
        .organization_for_edit(organization)
        .await?
        .ok_or(AppError::NotFound)?
        .name;
    let form = NewServiceForm {
        organization: organization.to_string(),
        service_name: String::new(),
    };
    Ok(NewService {
        editor: editor(form, Edited::New)?,
        organization: OrganizationRef {
            id: organization,
            name,
        },
    })
}

/// A new draft service of the provider, named; on to its editor.
#[server(prefix = "/api/sprava/zapis")]
pub async fn create_service(form: NewServiceForm, once: String) -> Result<NewService, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let organization = form.organization.trim().parse().unwrap_or(0);
    let checked = check(form.validate());
    save(
        form,
        &once,
        checked,
        async |(organization, name)| {
            let store = crate::state::store()?;
            let now = crate::state::now();
            Ok(store
                .create_service(organization, &name, once_key(&once)?, &user, now)
                .await?)
        },
        async |_| load_new_service(organization).await,
        |id| format!("/sprava/sluzby/{id}"),
    )
    .await
}

#[cfg(feature = "ssr")]
editor_pages!(ServiceEditor: ServiceForm, NewService: NewServiceForm);
