//! `/sprava/ankety/{id}`: the results with the free texts, the CSV of every response, and
//! closing or reopening the survey.

use super::api::{AdminSurvey, OpenForm, load_admin_survey, set_survey_open};
use crate::admin::form::{AdminNav, CsrfField, FormStatus, form_page, record_key};
use crate::common::route_id;
use crate::survey::ResultsList;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SurveyAdminPage() -> impl IntoView {
    form_page(
        record_key("id"),
        |(id, saved)| async move { load_admin_survey(route_id(id)?, saved).await },
        |(id, _), form: OpenForm| async move { set_survey_open(route_id(id)?, form).await },
        |page| view! { <SurveyView page /> },
    )
}

#[component]
fn SurveyView(page: AdminSurvey) -> impl IntoView {
    let AdminSurvey {
        survey,
        responses,
        results,
        saved,
        csrf,
    } = page;
    let (action, label, state) = if survey.open {
        ("false", "Uzavřít anketu", "Anketa je otevřená.")
    } else {
        ("true", "Znovu otevřít anketu", "Anketa je uzavřená.")
    };
    view! {
        <Title text=format!("Anketa: {}", survey.title) />
        <section class="admin" aria-labelledby="survey-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href="/sprava/ankety">"Ankety"</a></p>
            <h1 id="survey-heading">{survey.title.clone()}</h1>
            <FormStatus errors=Default::default() saved />
            <p>{state} " Veřejně: " <a href=format!("/ankety/{}", survey.slug)>{format!("/ankety/{}", survey.slug)}</a></p>
            <form method="post" action=format!("/sprava/ankety/{}", survey.id) class="inline">
                <CsrfField token=csrf />
                <input type="hidden" name="open" value=action />
                <button type="submit" class="button secondary">{label}</button>
            </form>
            <p>{format!("Odpovědí: {responses}")} " · "
                <a href=format!("/sprava/ankety/{}/vysledky.csv", survey.id) download>"Stáhnout všechny odpovědi (CSV)"</a></p>
            <ResultsList results />
        </section>
    }
}
