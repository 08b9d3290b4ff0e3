//! Server functions of the consultation pages in the staff area.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{check, once_key};
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
        editor: Editor {
            once: crate::state::once_token(),
            ..Editor::new(None, form, false, Vec::new(), crate::state::csrf_token()?)
        },
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn open_comment_period(
    form: OpeningForm,
    once: String,
) -> Result<AdminConsultations, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let mut page = load_admin_consultations().await?;
    let opening = match check(form.validate()) {
        Ok(opening) => opening,
        Err(refusal) => {
            refusal.show(&mut page.editor, form);
            page.editor.once = once;
            return Ok(page);
        }
    };
    let id = crate::state::store()?
        .open_consultation(&opening, once_key(&once)?, &user, crate::state::now())
        .await?;
    leptos_axum::redirect(&format!("/sprava/pripominky/{id}?ulozeno=1"));
    Ok(page)
}

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
    let mut page = load_admin_comments(id, false).await?;
    let state = match check(form.validate()) {
        Ok(state) => state,
        Err(refusal) => {
            let mut editor = Editor::new(None, form.clone(), false, Vec::new(), String::new());
            refusal.show(&mut editor, form);
            page.errors = editor.errors;
            page.refused = Some(editor.form);
            return Ok(page);
        }
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
