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
    use crate::common::{Refusal, Screened, screen};
    let mut page = load_survey(slug.clone(), false).await?;
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(page, posted));
    }
    if !page.survey.open {
        let closed = AppError::Conflict("Anketa je už uzavřená.".into());
        return Ok(Refusal::from(closed).shown(page, posted));
    }
    let robot = domain::survey::answer::is_robot(&posted);
    let answers = match screen(robot, || page.survey.check_answers(&posted), |t| &t.surveys).await {
        Screened::Accepted(answers) => answers,
        Screened::Robot => {
            leptos_axum::redirect(&format!("/ankety/{slug}?odeslano=1"));
            page.sent = true;
            return Ok(page);
        }
        Screened::Refused(refusal) => return Ok(refusal.shown(page, posted)),
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

/// The survey keeps what was chosen, as posted pairs of question and answer.
#[cfg(feature = "ssr")]
impl crate::common::ShowsRefusal for SurveyFormView {
    type Form = Vec<(String, String)>;

    fn refused(&mut self, posted: Self::Form, errors: FieldErrors, message: Option<String>) {
        self.posted = posted;
        self.errors = errors;
        self.error = message;
    }
}
