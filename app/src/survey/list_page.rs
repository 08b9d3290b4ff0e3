//! `/ankety`: open surveys to answer, closed ones with their results.

use super::api::load_survey_list;
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::survey::SurveySummary;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SurveyListPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("surveys-title") />
        <Meta name="description" content=i18n.t("surveys-description") />
        {loaded(|| (), |_| load_survey_list(), |surveys: Vec<SurveySummary>| view! { <ListBody surveys /> })}
    }
}

#[component]
fn ListBody(surveys: Vec<SurveySummary>) -> impl IntoView {
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    view! {
        <section class="narrow" aria-labelledby="surveys-heading">
            <h1 id="surveys-heading">{i18n.t("surveys-title")}</h1>
            <p class="lead">{i18n.t("surveys-lead")}</p>
            {if surveys.is_empty() {
                view! { <p>{i18n.t("surveys-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {surveys.into_iter().map(|s| {
                            let results = i18n.count("surveys-results-link", s.responses);
                            view! {
                                <li>
                                    {if s.open {
                                        view! { <a href=i18n.href(&format!("/ankety/{}", s.slug)) lang=czech>{s.title.clone()}</a> }.into_any()
                                    } else {
                                        view! { <span lang=czech>{s.title.clone()}</span>" "{i18n.t("surveys-closed")} }.into_any()
                                    }}
                                    " · " <a href=i18n.href(&format!("/ankety/{}/vysledky", s.slug))>{results}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
