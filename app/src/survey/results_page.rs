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
            view! {
                <Title text=format!("Výsledky: {}", survey.title) />
                <article class="narrow" aria-labelledby="results-heading">
                    <p class="breadcrumbs"><a href="/ankety">"Ankety"</a></p>
                    <h1 id="results-heading">{format!("Výsledky: {}", survey.title)}</h1>
                    <p class="lead">{format!("Celkem odpovědí: {responses}. Odpovědi na otevřené otázky čtou pracovníci plánování; nezveřejňujeme je, mohou v nich být osobní údaje.")}</p>
                    <ResultsList results />
                </article>
            }
        },
    )
}
