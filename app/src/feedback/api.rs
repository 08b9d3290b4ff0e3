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
    let topics = match subject {
        Subject::MissingService => {
            let lang = crate::i18n::use_i18n().lang;
            let topics = crate::state::store()?.topics().await?;
            topics
                .into_iter()
                .map(|t| {
                    let t = t.in_lang(lang);
                    (t.slug.as_str().to_owned(), t.name)
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(FeedbackPage {
        subject,
        service,
        topics,
        form: FeedbackForm::default(),
        errors: Default::default(),
        error: None,
        sent,
        csrf: crate::state::csrf_token()?,
    })
}

/// A missing service's message with the topic chosen (a slug no topic has counts as none),
/// its Czech name written above the text so staff read it with the message.
#[cfg(feature = "ssr")]
async fn with_topic(
    store: &store::Store,
    subject: Subject,
    slug: &str,
    mut feedback: domain::admin::feedback::Feedback,
) -> Result<(domain::admin::feedback::Feedback, Option<domain::Slug>), AppError> {
    if subject != Subject::MissingService || slug.is_empty() {
        return Ok((feedback, None));
    }
    let topic = store
        .topics()
        .await?
        .into_iter()
        .find(|t| t.slug.as_str() == slug);
    if let Some(topic) = &topic {
        feedback.message = format!("Téma: {}\n\n{}", topic.name, feedback.message);
    }
    Ok((feedback, topic.map(|t| t.slug)))
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
    let store = crate::state::store()?;
    let (feedback, topic) = with_topic(&store, subject, &form.topic, feedback).await?;
    store
        .add_feedback(subject, &feedback, crate::state::now())
        .await?
        .map_err(|_| AppError::NotFound)?;
    if subject == Subject::MissingService {
        let signal = domain::needs::Signal::missing_service(topic.as_ref());
        store.count_signal(signal, crate::state::now());
    }
    done();
    page.sent = true;
    Ok(page)
}

#[cfg(feature = "ssr")]
crate::common::residents_form_page!(FeedbackPage: FeedbackForm);
