//! The message pages; one form, about a service, one that is missing, or the site's
//! accessibility (under the accessibility statement).

use super::api::{load_feedback_form, send_feedback};
use crate::admin::{CsrfField, FieldError, posted};
use crate::common::{loaded, route_id};
use domain::admin::feedback::{CONTACT_MAX, FeedbackForm, MESSAGE_MAX, Subject};
use domain::admin::views::FeedbackPage;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/sluzby/{id}/pripominka`
#[component]
pub fn ServiceFeedbackPage() -> impl IntoView {
    let params = use_params_map();
    message_page(move || Asked::Service(params.read().get("id")))
}

/// `/chybi-sluzba`
#[component]
pub fn MissingServicePage() -> impl IntoView {
    message_page(|| Asked::Other(Subject::MissingService))
}

/// `/pristupnost`: the accessibility statement, whose feedback form is this one.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    message_page(|| Asked::Other(Subject::Accessibility))
}

/// The subject as the route gives it: a service's raw id still to be read, or a fixed subject.
#[derive(Debug, Clone, PartialEq)]
enum Asked {
    Service(Option<String>),
    Other(Subject),
}

fn message_page(asked: impl Fn() -> Asked + Send + Sync + 'static) -> impl IntoView {
    let query = use_query_map();
    let submitted = posted::<FeedbackForm>();
    loaded(
        move || (asked(), query.read().get("odeslano").is_some()),
        move |(asked, sent)| {
            let submitted = submitted.clone();
            async move {
                let subject = match asked {
                    Asked::Service(raw) => Subject::Service(route_id(raw)?),
                    Asked::Other(subject) => subject,
                };
                match submitted {
                    Some(form) => send_feedback(subject, form?).await,
                    None => load_feedback_form(subject, sent).await,
                }
            }
        },
        |page| view! { <MessageView page /> },
    )
}

#[component]
fn MessageView(page: FeedbackPage) -> impl IntoView {
    let FeedbackPage {
        subject,
        service,
        form,
        topics,
        errors,
        error,
        sent,
        csrf,
    } = page;
    let i18n = crate::i18n::use_i18n();
    let action = i18n.href(&subject.path());
    let (heading, lead) = match (&service, subject) {
        (Some(s), _) => (
            i18n.t("feedback-service"),
            i18n.t_with("feedback-service-lead", &[("name", s.name.clone().into())]),
        ),
        (None, Subject::Accessibility) => (
            i18n.t("feedback-accessibility"),
            i18n.t("feedback-accessibility-lead"),
        ),
        (None, _) => (i18n.t("feedback-missing"), i18n.t("feedback-missing-lead")),
    };
    let statement =
        (subject == Subject::Accessibility).then(|| view! { <super::statement::Statement /> });
    let back = service
        .as_ref()
        .map(|s| (i18n.href(&format!("/sluzby/{}", s.id)), s.name.clone()));
    let message_bad = errors.get("message").map(|_| "true");
    view! {
        <Title text=heading.clone() />
        <Meta name="robots" content="noindex" />
        <section class="narrow" aria-labelledby="feedback-heading">
            {back.clone().map(|(href, name)| view! { <p class="breadcrumbs"><a href=href lang=i18n.czech_text()>{name}</a></p> })}
            <h1 id="feedback-heading">{heading}</h1>
            {statement}
            {if sent {
                view! {
                    <div class="notice" role="status" id="odeslano">
                        <p><strong>{i18n.t("feedback-thanks")}</strong></p>
                        <p>{i18n.t("feedback-next")}</p>
                    </div>
                    {back.map(|(href, _)| view! { <p><a href=href>{i18n.t("feedback-back-service")}</a></p> })}
                    <p><a href=i18n.href("/sluzby")>{i18n.t("feedback-back-catalog")}</a></p>
                }.into_any()
            } else {
                view! {
                    <p class="lead">{lead}</p>
                    {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <form method="post" action=action class="stack">
                        <CsrfField token=csrf />
                        <label for="message">{i18n.t("feedback-message")}</label>
                        <textarea id="message" name="message" rows="6" required maxlength=MESSAGE_MAX.to_string()
                            aria-invalid=message_bad aria-describedby=message_bad.map(|_| "message-error")>{crate::common::escaped_on_server(form.message)}</textarea>
                        <FieldError errors=errors.clone() field="message" />
                        {(!topics.is_empty()).then(|| {
                            let chosen = form.topic.clone();
                            view! {
                                <label for="topic">{i18n.t("feedback-topic")}</label>
                                <select id="topic" name="topic">
                                    <option value="">{i18n.t("feedback-topic-other")}</option>
                                    {topics
                                        .into_iter()
                                        .map(|(slug, name)| {
                                            let selected = slug == chosen;
                                            view! { <option value=slug selected=selected>{name}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            }
                        })}
                        <label for="contact">{i18n.t("feedback-contact")}</label>
                        <p class="muted hint">{i18n.t("feedback-contact-hint")}</p>
                        <input id="contact" name="contact" type="text" maxlength=CONTACT_MAX.to_string() value=form.contact autocomplete="email" />
                        <FieldError errors field="contact" />
                        <crate::common::Honeypot />
                        <button type="submit" class="button">{i18n.t("feedback-send")}</button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
