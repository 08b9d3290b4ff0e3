//! `/ankety/{slug}/vysledky`: how many answered and each question's results.

use super::ResultsList;
use super::api::{ResultsView, load_results};
use crate::common::record_page;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SurveyResultsPage() -> impl IntoView {
    record_page(
        |slug| async move { load_results(slug.unwrap_or_default()).await },
        |view: ResultsView| {
            let ResultsView {
                survey,
                responses,
                results,
            } = view;
            let i18n = crate::i18n::use_i18n();
            let title = i18n.t_with("survey-results-title", &[("survey", survey.title.into())]);
            view! {
                <Title text=title.clone() />
                <article class="narrow" aria-labelledby="results-heading">
                    <p class="breadcrumbs"><a href=i18n.href("/ankety")>{i18n.t("surveys-title")}</a></p>
                    <h1 id="results-heading">{title}</h1>
                    <p class="lead">{i18n.t_with("survey-results-lead", &[("count", responses.into())])}</p>
                    <ResultsList results />
                </article>
            }
        },
    )
}
