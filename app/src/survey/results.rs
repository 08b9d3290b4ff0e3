//! A survey's results, question by question: the chart and, beside it, the table with the same
//! numbers (screen readers read the table); a scale's average; free texts where shown.

use crate::i18n::use_i18n;
use domain::survey::results::QuestionResult;
use leptos::prelude::*;

#[component]
pub fn ResultsList(results: Vec<QuestionResult>) -> impl IntoView {
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let heading = format!("otazka-{i}");
            let labelled_by = heading.clone();
            let text_question = r.chart.is_empty();
            view! {
                <section class="survey-result" aria-labelledby=labelled_by>
                    <h2 id=heading lang=czech>{r.text.clone()}</h2>
                    <p class="muted">{i18n.t_with("survey-answered", &[("count", r.answered.into())])}
                        {r.average.clone().map(|a| format!(" · {}", i18n.t_with("survey-average", &[("average", a.into())])))}</p>
                    {(!text_question).then(|| view! {
                        <div class="chart-with-table">
                            <div class="chart-box" inner_html=r.chart.clone()></div>
                            <table>
                                <caption>{i18n.t_with("survey-answers-caption", &[("question", r.text.clone().into())])}</caption>
                                <thead><tr><th scope="col">{i18n.t("survey-answer")}</th><th scope="col">{i18n.t("survey-count")}</th></tr></thead>
                                <tbody>
                                    {r.counts.iter().map(|(label, n)| view! {
                                        <tr><th scope="row" lang=czech>{label.clone()}</th><td>{*n}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    })}
                    {(!r.texts.is_empty()).then(|| view! {
                        <ul class="survey-texts" lang=czech>
                            {r.texts.iter().map(|t| view! { <li class="pre">{t.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
        .collect_view()
}
