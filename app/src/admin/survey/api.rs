//! Server functions of the staff's survey pages.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, check, editor, editor_pages, once_key, save};
use domain::admin::views::Editor;
use domain::survey::builder::SurveyForm;
use domain::survey::results::QuestionResult;
use domain::survey::{Survey, SurveySummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminSurveys {
    pub rows: Vec<SurveySummary>,
    pub editor: Editor<SurveyForm>,
}

#[server(prefix = "/api/sprava")]
pub async fn load_admin_surveys() -> Result<AdminSurveys, AppError> {
    crate::admin::auth::require_staff().await?;
    Ok(AdminSurveys {
        rows: crate::state::store()?.surveys().await?,
        editor: editor(SurveyForm::default(), Edited::New)?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn create_survey(form: SurveyForm, once: String) -> Result<AdminSurveys, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let page = load_admin_surveys().await?;
    let checked = check(form.validate());
    let create = async |survey| {
        let store = crate::state::store()?;
        let now = crate::state::now();
        Ok(Some(
            store
                .create_survey(&survey, once_key(&once)?, &user, now)
                .await?,
        ))
    };
    let saved_at = |id: &i64| format!("/sprava/ankety/{id}?ulozeno=1");
    save(form, &once, checked, create, async |_| Ok(page), saved_at).await
}

#[cfg(feature = "ssr")]
editor_pages!(AdminSurveys: SurveyForm);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminSurvey {
    pub survey: Survey,
    pub responses: usize,
    pub results: Vec<QuestionResult>,
    pub saved: bool,
    pub csrf: String,
}

#[server(prefix = "/api/sprava")]
pub async fn load_admin_survey(id: i64, saved: bool) -> Result<AdminSurvey, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let survey = store.survey_by_id(id).await?.ok_or(AppError::NotFound)?;
    let responses = store.responses(survey.id).await?;
    Ok(AdminSurvey {
        results: survey.results(&responses),
        responses: responses.len(),
        survey,
        saved,
        csrf: crate::state::csrf_token()?,
    })
}

/// Open or close, as posted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpenForm {
    #[serde(deserialize_with = "domain::admin::fields::checkbox")]
    pub open: bool,
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn set_survey_open(id: i64, form: OpenForm) -> Result<AdminSurvey, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    crate::state::require_csrf()?;
    crate::state::store()?
        .set_survey_open(id, form.open, &user, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!("/sprava/ankety/{id}?ulozeno=1"));
    load_admin_survey(id, true).await
}
