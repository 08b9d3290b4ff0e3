//! Server functions of the consultation pages in the staff area.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, check, editor, editor_pages, once_key, save};
use domain::admin::FieldErrors;
use domain::admin::views::Editor;
use domain::consultation::comment::{Comment, SettleForm};
use domain::consultation::opening::OpeningForm;
use domain::consultation::{Consultation, ConsultationSummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminConsultations {
    pub rows: Vec<ConsultationSummary>,
    pub editor: Editor<OpeningForm>,
}

#[server(prefix = "/api/sprava")]
pub async fn load_admin_consultations() -> Result<AdminConsultations, AppError> {
    crate::admin::auth::require_staff().await?;
    let today = domain::admin::date::iso_date(crate::state::now());
    let form = OpeningForm {
        opens_on: today,
        ..OpeningForm::default()
    };
    Ok(AdminConsultations {
        rows: crate::state::store()?.consultations().await?,
        editor: editor(form, Edited::New)?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn open_comment_period(
    form: OpeningForm,
    once: String,
) -> Result<AdminConsultations, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let page = load_admin_consultations().await?;
    let checked = check(form.validate());
    let open = async |opening| {
        let store = crate::state::store()?;
        let now = crate::state::now();
        Ok(Some(
            store
                .open_consultation(&opening, once_key(&once)?, &user, now)
                .await?,
        ))
    };
    let saved_at = |id: &i64| format!("/sprava/pripominky/{id}?ulozeno=1");
    save(form, &once, checked, open, async |_| Ok(page), saved_at).await
}

#[cfg(feature = "ssr")]
editor_pages!(AdminConsultations: OpeningForm);

/// A period's comments for staff, each with its own settle form's errors and text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminComments {
    pub consultation: Consultation,
    pub comments: Vec<Comment>,
    /// A refused decision: the form as typed (its `id` says which comment).
    pub refused: Option<SettleForm>,
    pub errors: FieldErrors,
    pub saved: bool,
    pub csrf: String,
}

#[server(prefix = "/api/sprava")]
pub async fn load_admin_comments(id: i64, saved: bool) -> Result<AdminComments, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let consultation = store
        .consultation_by_id(id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(AdminComments {
        comments: store.comments(consultation.id, false).await?,
        consultation,
        refused: None,
        errors: FieldErrors::default(),
        saved,
        csrf: crate::state::csrf_token()?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn settle_comment(id: i64, form: SettleForm) -> Result<AdminComments, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let page = load_admin_comments(id, false).await?;
    let state = match check(form.validate()) {
        Ok(state) => state,
        Err(refusal) => return Ok(refusal.shown(page, form)),
    };
    crate::state::store()?
        .settle_comment(id, form.id, &state, &user, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!(
        "/sprava/pripominky/{id}?ulozeno=1#pripominka-{}",
        form.id
    ));
    Ok(page)
}

/// A refused decision is shown on its own comment, as typed.
#[cfg(feature = "ssr")]
impl crate::common::ShowsRefusal for AdminComments {
    type Form = SettleForm;

    fn refused(&mut self, form: SettleForm, errors: FieldErrors, message: Option<String>) {
        self.errors = crate::common::with_form_error(errors, message);
        self.refused = Some(form);
    }
}
