//! `/ankety/{slug}`: the questionnaire as a plain form — radio buttons, checkboxes, a scale of
//! radio buttons, a text box — every question optional, nothing asked about who answers.

use super::api::{SurveyFormView, answer_survey, load_survey};
use crate::admin::{CsrfField, FieldError, posted};
use crate::common::{Honeypot, loaded};
use domain::admin::FieldErrors;
use domain::survey::answer::TEXT_MAX;
use domain::survey::{Question, QuestionKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SurveyPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let submitted = posted::<Vec<(String, String)>>();
    loaded(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                query.read().get("odeslano").is_some(),
            )
        },
        move |(slug, sent)| {
            let submitted = submitted.clone();
            async move {
                match submitted {
                    Some(pairs) => answer_survey(slug, pairs?).await,
                    None => load_survey(slug, sent).await,
                }
            }
        },
        |page| view! { <SurveyBody page /> },
    )
}

#[component]
fn SurveyBody(page: SurveyFormView) -> impl IntoView {
    let SurveyFormView {
        survey,
        posted,
        errors,
        error,
        sent,
        csrf,
    } = page;
    let i18n = crate::i18n::use_i18n();
    let results = i18n.href(&format!("/ankety/{}/vysledky", survey.slug));
    let body = if sent {
        view! {
            <div class="notice" role="status">
                <p><strong>{i18n.t("survey-thanks")}</strong></p>
            </div>
            <p><a href=results>{i18n.t("survey-see-results")}</a></p>
        }
        .into_any()
    } else if !survey.open {
        // Answers sent after closing are refused (409) with the reason.
        view! {
            {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <p>{i18n.t("survey-closed")}" "<a href=results>{i18n.t("survey-results")}</a></p>
        }
        .into_any()
    } else {
        let chosen = move |field: &str| -> Vec<String> {
            posted
                .iter()
                .filter(|(k, _)| k == field)
                .map(|(_, v)| v.clone())
                .collect()
        };
        view! {
            {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {errors.get("form").map(|e| view! { <p class="form-error" role="alert">{e.to_owned()}</p> })}
            <form method="post" action=i18n.href(&format!("/ankety/{}", survey.slug)) class="stack survey-form" lang=i18n.czech_text()>
                <CsrfField token=csrf />
                {survey.questions.into_iter().enumerate().map(|(i, q)| {
                    let field = Question::field(i);
                    let values = chosen(&field);
                    view! { <QuestionInput question=q field values errors=errors.clone() /> }
                }).collect_view()}
                <Honeypot />
                <button type="submit" class="button" lang=i18n.lang.code()>{i18n.t("survey-send")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <Title text=survey.title.clone() />
        <Meta name="description" content=survey.intro.clone() />
        <article class="narrow" aria-labelledby="survey-heading">
            <p class="breadcrumbs"><a href="/ankety">"Ankety"</a></p>
            <h1 id="survey-heading">{survey.title.clone()}</h1>
            <p class="lead">{survey.intro.clone()}</p>
            {body}
        </article>
    }
}

/// One question's inputs, with what was chosen before a refusal and its error.
#[component]
fn QuestionInput(
    question: Question,
    field: String,
    values: Vec<String>,
    errors: FieldErrors,
) -> impl IntoView {
    let error_id = format!("{field}-error");
    let described = errors.get(&field).map(|_| error_id.clone());
    let choices = |options: Vec<(String, String)>, kind: &'static str| {
        let field = field.clone();
        options
            .into_iter()
            .map(|(value, label)| {
                let checked = values.contains(&value);
                view! {
                    <label class="choice">
                        <input type=kind name=field.clone() value=value checked=checked />" "{label}
                    </label>
                }
            })
            .collect_view()
    };
    let indexed = |options: Vec<String>| -> Vec<(String, String)> {
        options
            .into_iter()
            .enumerate()
            .map(|(i, o)| (i.to_string(), o))
            .collect()
    };
    let inputs = match question.kind {
        QuestionKind::Single(options) => choices(indexed(options), "radio").into_any(),
        QuestionKind::Multiple(options) => choices(indexed(options), "checkbox").into_any(),
        QuestionKind::Scale { min, max } => {
            let steps = (min..=max)
                .map(|n| (n.to_string(), n.to_string()))
                .collect();
            view! { <div class="scale">{choices(steps, "radio")}</div> }.into_any()
        }
        QuestionKind::Text => {
            let typed = values.join("\n");
            return view! {
                <div class="survey-question">
                    <label for=field.clone()>{question.text}</label>
                    <textarea id=field.clone() name=field.clone() rows="4" maxlength=TEXT_MAX.to_string()
                        aria-describedby=described>{crate::common::escaped_on_server(typed)}</textarea>
                    <FieldError errors field=field.clone() />
                </div>
            }
            .into_any();
        }
    };
    view! {
        <fieldset class="survey-question" aria-describedby=described>
            <legend>{question.text}</legend>
            <FieldError errors field=field.clone() />
            {inputs}
        </fieldset>
    }
    .into_any()
}
