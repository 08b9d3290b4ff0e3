//! The survey pages' server functions.

use crate::AppError;
use domain::admin::FieldErrors;
use domain::survey::results::QuestionResult;
use domain::survey::{Survey, SurveySummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[server(endpoint = "ankety")]
pub async fn load_survey_list() -> Result<Vec<SurveySummary>, AppError> {
    Ok(crate::state::store()?.surveys().await?)
}

/// The questionnaire, and what was posted when it was refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SurveyFormView {
    pub survey: Survey,
    pub posted: Vec<(String, String)>,
    pub errors: FieldErrors,
    pub error: Option<String>,
    pub sent: bool,
    pub csrf: String,
}

#[server(endpoint = "ankety/formular")]
pub async fn load_survey(slug: String, sent: bool) -> Result<SurveyFormView, AppError> {
    let survey = crate::state::store()?
        .survey(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(SurveyFormView {
        survey,
        posted: Vec::new(),
        errors: FieldErrors::default(),
        error: None,
        sent,
        csrf: crate::state::csrf_token()?,
    })
}

/// Keeps the answers (or, for a robot, pretends to); refusals keep what was chosen.
#[server(prefix = "/api/zapis", endpoint = "anketa")]
pub async fn answer_survey(
    slug: String,
    posted: Vec<(String, String)>,
) -> Result<SurveyFormView, AppError> {
    use crate::common::{Screened, screen, set_status};
    let mut page = load_survey(slug.clone(), false).await?;
    let refused = |mut page: SurveyFormView, posted, error: AppError| {
        set_status(error.status());
        page.posted = posted;
        page.error = Some(error.to_string());
        Ok(page)
    };
    if let Err(error) = crate::state::require_csrf() {
        return refused(page, posted, error);
    }
    if !page.survey.open {
        return refused(
            page,
            posted,
            AppError::Conflict("Anketa je už uzavřená.".into()),
        );
    }
    let robot = domain::survey::answer::is_robot(&posted);
    let answers = match screen(robot, || page.survey.check_answers(&posted), |t| &t.surveys).await {
        Screened::Accepted(answers) => answers,
        Screened::Robot => {
            leptos_axum::redirect(&format!("/ankety/{slug}?odeslano=1"));
            page.sent = true;
            return Ok(page);
        }
        Screened::Invalid(errors) => {
            set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
            page.posted = posted;
            page.errors = errors;
            return Ok(page);
        }
        Screened::Limited(error) => return refused(page, posted, error),
    };
    crate::state::store()?
        .add_response(page.survey.id, &answers, crate::state::now())
        .await?;
    leptos_axum::redirect(&format!("/ankety/{slug}?odeslano=1"));
    page.sent = true;
    Ok(page)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultsView {
    pub survey: Survey,
    pub responses: usize,
    pub results: Vec<QuestionResult>,
}

/// The results for everyone: counts and charts; free texts stay with staff (they may name
/// people), so the public sees only how many there are.
#[server(endpoint = "ankety/vysledky")]
pub async fn load_results(slug: String) -> Result<ResultsView, AppError> {
    let store = crate::state::store()?;
    let survey = store.survey(&slug).await?.ok_or(AppError::NotFound)?;
    let responses = store.responses(survey.id).await?;
    let mut results = survey.results(&responses);
    for result in &mut results {
        result.texts.clear();
    }
    Ok(ResultsView {
        responses: responses.len(),
        results,
        survey,
    })
}
