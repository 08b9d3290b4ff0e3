//! Server functions of the service pages: the list, the editor (read and save), a new draft.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Refusal, check, check_places, offered_places, once_key};
#[cfg(feature = "ssr")]
use domain::admin::feedback::FeedbackStatus;
use domain::admin::service_edit::{NewServiceForm, ServiceForm};
#[cfg(feature = "ssr")]
use domain::admin::views::Editor;
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
        editor: Editor::new(
            Some(id),
            found.edit.to_form(),
            saved,
            store
                .audit_log(domain::admin::audit::RecordKind::Service, id)
                .await?,
            crate::state::csrf_token()?,
        ),
        organization: found.organization,
        verified_at: found.verified_at,
        verified_by: found.verified_by,
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
    // A refused form comes back as typed, with its errors, over the stored record's history.
    let refused = async |refusal: Refusal, form| {
        let mut page = load_service_editor(id, false, podnet).await?;
        refusal.show(&mut page.editor, form);
        Ok(page)
    };
    let edit = match check(form.validate()) {
        Ok(edit) => edit,
        Err(refusal) => return refused(refusal, form).await,
    };
    let places = edit.area.iter().map(|c| ("area".to_owned(), *c)).chain(
        edit.locations.iter().enumerate().map(|(i, l)| {
            (
                domain::admin::service_edit::location_field(i),
                l.municipality,
            )
        }),
    );
    if let Err(refusal) = check_places(places).await? {
        return refused(refusal, form).await;
    }
    let store = crate::state::store()?;
    let now = crate::state::now();
    store
        .update_service(id, &edit, form.verified, &user, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(message) = podnet {
        store
            .set_feedback_status(message, FeedbackStatus::Done, &user, now)
            .await?;
    }
    leptos_axum::redirect(&format!("/sprava/sluzby/{id}?ulozeno=1"));
    load_service_editor(id, true, None).await
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
    Ok(NewService {
        editor: Editor {
            form: NewServiceForm {
                organization: organization.to_string(),
                service_name: String::new(),
            },
            csrf: crate::state::csrf_token()?,
            once: crate::state::once_token(),
            ..Editor::default()
        },
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
    let (organization, name) = match check(form.validate()) {
        Ok(checked) => checked,
        Err(refusal) => {
            let mut page = load_new_service(organization).await?;
            refusal.show(&mut page.editor, form);
            return Ok(page);
        }
    };
    let id = crate::state::store()?
        .create_service(
            organization,
            &name,
            once_key(&once)?,
            &user,
            crate::state::now(),
        )
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!("/sprava/sluzby/{id}"));
    load_new_service(organization).await
}
