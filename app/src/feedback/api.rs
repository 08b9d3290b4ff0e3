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
    use crate::common::{Screened, screen, set_status};
    let mut page = load_feedback_form(subject, false).await?;
    let refused = |mut page: FeedbackPage, form, error: AppError| {
        set_status(error.status());
        page.form = form;
        page.error = Some(error.to_string());
        Ok(page)
    };
    if let Err(error) = crate::state::require_csrf() {
        return refused(page, form, error);
    }
    let done = || leptos_axum::redirect(&format!("{}?odeslano=1#odeslano", subject.path()));
    let feedback = match screen(form.is_robot(), || form.validate(), |t| &t.feedback).await {
        Screened::Accepted(feedback) => feedback,
        Screened::Robot => {
            done();
            page.sent = true;
            return Ok(page);
        }
        Screened::Invalid(errors) => {
            set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
            page.form = form;
            page.errors = errors;
            return Ok(page);
        }
        Screened::Limited(error) => return refused(page, form, error),
    };
    crate::state::store()?
        .add_feedback(subject, &feedback, crate::state::now())
        .await?
        .map_err(|_| AppError::NotFound)?;
    done();
    page.sent = true;
    Ok(page)
}
