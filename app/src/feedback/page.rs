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
        errors,
        error,
        sent,
        csrf,
    } = page;
    let action = subject.path();
    let (heading, lead) = match (&service, subject) {
        (Some(s), _) => (
            "Nahlásit chybu / navrhnout změnu".to_owned(),
            format!("Co je na stránce služby „{}“ špatně nebo co chybí? Pracovníci knihovny údaje ověří a opraví.", s.name),
        ),
        (None, Subject::Accessibility) => (
            "Prohlášení o přístupnosti".to_owned(),
            "Narazili jste na stránku, kterou nejde přečíst čtečkou, ovládat z klávesnice nebo zvětšit? Napište nám, kde a co nejde; odpovíme do 30 dnů.".to_owned(),
        ),
        (None, _) => (
            "Chybí tu služba?".to_owned(),
            "Znáte službu nebo organizaci, která v katalogu chybí? Napište nám, co dělá a jak ji najít.".to_owned(),
        ),
    };
    let statement =
        (subject == Subject::Accessibility).then(|| view! { <super::statement::Statement /> });
    let back = service
        .as_ref()
        .map(|s| (format!("/sluzby/{}", s.id), s.name.clone()));
    let message_bad = errors.get("message").map(|_| "true");
    view! {
        <Title text=heading.clone() />
        <Meta name="robots" content="noindex" />
        <section class="narrow" aria-labelledby="feedback-heading">
            {back.clone().map(|(href, name)| view! { <p class="breadcrumbs"><a href=href>{name}</a></p> })}
            <h1 id="feedback-heading">{heading}</h1>
            {statement}
            {if sent {
                view! {
                    <div class="notice" role="status" id="odeslano">
                        <p><strong>"Děkujeme, zprávu jsme přijali."</strong></p>
                        <p>"Pracovníci knihovny ji projdou zpravidla do pěti pracovních dnů. Pokud jste nechali kontakt, ozvou se vám, kdyby něco potřebovali upřesnit."</p>
                    </div>
                    {back.map(|(href, _)| view! { <p><a href=href>"Zpět na stránku služby"</a></p> })}
                    <p><a href="/sluzby">"Zpět do katalogu"</a></p>
                }.into_any()
            } else {
                view! {
                    <p class="lead">{lead}</p>
                    {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <form method="post" action=action class="stack">
                        <CsrfField token=csrf />
                        <label for="message">"Vaše zpráva"</label>
                        <textarea id="message" name="message" rows="6" required maxlength=MESSAGE_MAX.to_string()
                            aria-invalid=message_bad aria-describedby=message_bad.map(|_| "message-error")>{crate::common::escaped_on_server(form.message)}</textarea>
                        <FieldError errors=errors.clone() field="message" />
                        <label for="contact">"Kontakt na vás (nepovinné)"</label>
                        <p class="muted hint">"E-mail nebo telefon, jen pokud chcete, abychom se vám ozvali."</p>
                        <input id="contact" name="contact" type="text" maxlength=CONTACT_MAX.to_string() value=form.contact autocomplete="email" />
                        <FieldError errors field="contact" />
                        <crate::common::Honeypot />
                        <button type="submit" class="button">"Odeslat"</button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
