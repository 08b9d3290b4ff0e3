//! The consultation pages' server functions: the list, one draft with its settled comments, and
//! sending a comment (honeypot, rate limit, the period must be open).

use crate::AppError;
use domain::admin::FieldErrors;
use domain::consultation::comment::{Comment, CommentForm};
use domain::consultation::{Consultation, Phase};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A comment period in the list, with its phase today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationRow {
    pub slug: String,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub phase: Phase,
    pub settled: i64,
}

#[server(endpoint = "pripominky")]
pub async fn load_consultation_list() -> Result<Vec<ConsultationRow>, AppError> {
    let today = domain::admin::date::iso_date(crate::state::now());
    Ok(crate::state::store()?
        .consultations()
        .await?
        .into_iter()
        .map(|c| ConsultationRow {
            phase: domain::consultation::phase(&c.opens_on, &c.closes_on, &today),
            slug: c.slug,
            title: c.title,
            opens_on: c.opens_on,
            closes_on: c.closes_on,
            settled: c.settled,
        })
        .collect())
}

/// One draft as the public page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftView {
    pub consultation: Consultation,
    /// Each section's Markdown as safe HTML, in the order of `consultation.sections`.
    pub sections_html: Vec<String>,
    pub phase: Phase,
    pub settled: Vec<Comment>,
    pub form: CommentForm,
    pub errors: FieldErrors,
    pub error: Option<String>,
    pub sent: bool,
    pub csrf: String,
}

#[server(endpoint = "pripominky/navrh")]
pub async fn load_draft(slug: String, section: String, sent: bool) -> Result<DraftView, AppError> {
    let store = crate::state::store()?;
    let consultation = store.consultation(&slug).await?.ok_or(AppError::NotFound)?;
    let today = domain::admin::date::iso_date(crate::state::now());
    Ok(DraftView {
        sections_html: consultation
            .sections
            .iter()
            .map(|s| crate::faq::to_safe_html(&s.text))
            .collect(),
        phase: consultation.phase(&today),
        settled: store.comments(consultation.id, true).await?,
        form: CommentForm {
            section,
            ..CommentForm::default()
        },
        errors: FieldErrors::default(),
        error: None,
        sent,
        csrf: crate::state::csrf_token()?,
        consultation,
    })
}

/// Keeps the comment for staff to settle (or, for a robot, pretends to). Refusals keep what was
/// typed.
#[server(prefix = "/api/zapis", endpoint = "pripominka")]
pub async fn send_comment(slug: String, form: CommentForm) -> Result<DraftView, AppError> {
    use crate::common::{Refusal, Screened, screen};
    let mut page = load_draft(slug.clone(), String::new(), false).await?;
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(page, form));
    }
    if page.phase != Phase::Open {
        let closed = AppError::Conflict(
            "Připomínky k tomuto návrhu teď podat nelze: období připomínek neběží.".into(),
        );
        return Ok(Refusal::from(closed).shown(page, form));
    }
    let done = |page: &mut DraftView| {
        leptos_axum::redirect(&format!("/plan/pripominky/{slug}?odeslano=1#odeslano"));
        page.sent = true;
    };
    let known = |s: &str| page.consultation.section(s).is_some();
    let comment = match screen(form.is_robot(), || form.validate(known), |t| &t.comments).await {
        Screened::Accepted(comment) => comment,
        Screened::Robot => {
            done(&mut page);
            return Ok(page);
        }
        Screened::Refused(refusal) => return Ok(refusal.shown(page, form)),
    };
    crate::state::store()?
        .add_comment(page.consultation.id, &comment, crate::state::now())
        .await?;
    done(&mut page);
    Ok(page)
}

#[cfg(feature = "ssr")]
crate::common::residents_form_page!(DraftView: CommentForm);
