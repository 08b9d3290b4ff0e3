//! Server functions of the wizard: one step for a path of answers, the first question for the
//! home page, and the path behind a short code.

use crate::AppError;
use crate::faq::FaqItem;
use domain::catalog::{MunicipalityRef, ServiceSummary};
use domain::wizard::QuestionsOnly;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An answer as a link to the next step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerLink {
    pub label: String,
    pub href: String,
    /// The path of answers, when the answer leads to another question: the browser shows
    /// that one itself.
    pub step: Option<String>,
}

/// An answer given so far, with the link that goes back to change it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub question: String,
    pub answer: String,
    pub change_href: String,
    /// The path of answers back to that question.
    pub change_step: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StepView {
    Question {
        text: String,
        help: String,
        answers: Vec<AnswerLink>,
    },
    Outcome(Box<OutcomeView>),
}

/// An outcome with its contacts found in the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeView {
    pub title: String,
    pub summary: String,
    pub now: Vec<String>,
    pub bring: Vec<String>,
    /// The services the outcome names.
    pub contacts: Vec<ServiceSummary>,
    /// More help from the catalogue, in or near the resident's municipality.
    pub nearby: Vec<ServiceSummary>,
    pub faq: Vec<FaqItem>,
    pub municipality: Option<MunicipalityRef>,
    /// The municipalities of the district, to narrow the help down.
    pub municipalities: Vec<MunicipalityRef>,
    /// A short absolute link to this outcome, and the same as a QR code (SVG).
    pub short_link: String,
    pub qr_svg: String,
    /// Today's date, for the printed sheet.
    pub date: String,
}

/// The words of the wizard's questions, for the island that shows the next question in the
/// browser (which has no message files): `{question}` and `{answer}` stand for the text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct WizardWords {
    pub kicker: String,
    /// "Potřebuji pomoc: {question}"
    pub title: String,
    pub not_found: String,
    pub search_catalog: String,
    pub or: String,
    pub search_faq: String,
    pub trail: String,
    pub change: String,
    /// "Změnit odpověď: {answer}"
    pub change_label: String,
    pub restart: String,
    /// Said above a question left in Czech on a page in another language.
    pub in_czech: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WizardData {
    /// The answers so far, as the URL path after `/pomoc`.
    pub path: String,
    pub answered: Vec<Answered>,
    pub step: StepView,
    /// On a question: the published tree without the outcomes' texts, for the browser to walk
    /// the next questions itself.
    pub walker: Option<QuestionsOnly>,
    /// The resident's municipality the URL named (`obec`), kept in the links.
    pub municipality: Option<String>,
    pub words: WizardWords,
    /// The nodes shown in Czech because they are not translated into the page's language.
    pub czech_nodes: Vec<String>,
    /// Whether the step on screen is one of them.
    pub in_czech: bool,
}

/// The step that `path` (answer keys separated by `/`) leads to. `query` may name the resident's
/// municipality (`obec`); `audience` is the chosen audience.
#[server(endpoint = "wizard")]
pub async fn wizard_step(
    path: String,
    query: String,
    audience: Option<String>,
) -> Result<WizardData, AppError> {
    super::share::step(&path, &query, audience.as_deref()).await
}

/// The first question's answers, for the home page.
#[server(endpoint = "wizard_root")]
pub async fn load_wizard_root() -> Result<Vec<AnswerLink>, AppError> {
    let data = super::share::step("", "", None).await?;
    match data.step {
        StepView::Question { answers, .. } => Ok(answers),
        StepView::Outcome(_) => Err(AppError::NotFound),
    }
}

/// The wizard URL a short code stands for.
#[server(endpoint = "short_link")]
pub async fn resolve_short_link(code: String, query: String) -> Result<String, AppError> {
    super::share::resolve(&code, &query).await
}
