//! A survey's results, question by question: the chart and, beside it, the table with the same
//! numbers (screen readers read the table); a scale's average; free texts where shown.

use domain::survey::results::QuestionResult;
use leptos::prelude::*;

#[component]
pub fn ResultsList(results: Vec<QuestionResult>) -> impl IntoView {
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let heading = format!("otazka-{i}");
            let labelled_by = heading.clone();
            let text_question = r.chart.is_empty();
            view! {
                <section class="survey-result" aria-labelledby=labelled_by>
                    <h2 id=heading>{r.text.clone()}</h2>
                    <p class="muted">{format!("Odpovědělo: {}", r.answered)}
                        {r.average.clone().map(|a| format!(" · průměr {a}"))}</p>
                    {(!text_question).then(|| view! {
                        <div class="chart-with-table">
                            <div class="chart-box" inner_html=r.chart.clone()></div>
                            <table>
                                <caption>{format!("Odpovědi: {}", r.text)}</caption>
                                <thead><tr><th scope="col">"Odpověď"</th><th scope="col">"Počet"</th></tr></thead>
                                <tbody>
                                    {r.counts.iter().map(|(label, n)| view! {
                                        <tr><th scope="row">{label.clone()}</th><td>{*n}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    })}
                    {(!r.texts.is_empty()).then(|| view! {
                        <ul class="survey-texts">
                            {r.texts.iter().map(|t| view! { <li class="pre">{t.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
        .collect_view()
}
