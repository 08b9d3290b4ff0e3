//! The message form's data and its sending.

use crate::AppError;
use domain::admin::feedback::{FeedbackForm, Subject};
use domain::admin::views::FeedbackPage;
use leptos::prelude::*;

#[server(prefix = "/api")]
pub async fn load_feedback_form(subject: Subject, sent: bool) -> Result<FeedbackPage, AppError> {
    let service = match subject {
        Subject::Service(id) => {
            let found = crate::state::store()?
                .service(id)
                .await?
                .ok_or(AppError::NotFound)?;
            Some(domain::catalog::ServiceRef {
                id,
                name: found.name,
                service_type: found.service_type,
            })
        }
        _ => None,
    };
    Ok(FeedbackPage {
        subject,
        service,
        form: FeedbackForm::default(),
        errors: Default::default(),
        error: None,
        sent,
        csrf: crate::state::csrf_token()?,
    })
}

/// Stores the message (or, for a robot, pretends to). Refusals keep everything typed.
#[server(prefix = "/api/zapis")]
pub async fn send_feedback(subject: Subject, form: FeedbackForm) -> Result<FeedbackPage, AppError> {
    use crate::common::{Refusal, Screened, screen};
    let mut page = load_feedback_form(subject, false).await?;
    if let Err(error) = crate::state::require_csrf() {
        return Ok(Refusal::from(error).shown(page, form));
    }
    let done = || leptos_axum::redirect(&format!("{}?odeslano=1#odeslano", subject.path()));
    let feedback = match screen(form.is_robot(), || form.validate(), |t| &t.feedback).await {
        Screened::Accepted(feedback) => feedback,
        Screened::Robot => {
            done();
            page.sent = true;
            return Ok(page);
        }
        Screened::Refused(refusal) => return Ok(refusal.shown(page, form)),
    };
    crate::state::store()?
        .add_feedback(subject, &feedback, crate::state::now())
        .await?
        .map_err(|_| AppError::NotFound)?;
    done();
    page.sent = true;
    Ok(page)
}

#[cfg(feature = "ssr")]
crate::common::residents_form_page!(FeedbackPage: FeedbackForm);
