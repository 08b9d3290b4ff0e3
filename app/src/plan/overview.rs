//! `/plan`: the current medium-term plan — its period and vision, the priorities with their
//! measures and activities (owner, years, budget, state, indicators), and its progress drawn as
//! server-rendered SVG with the same numbers in tables beside the charts.

use super::PlanNav;
use super::api::{PlanView, load_plan};
use crate::common::loaded;
use domain::plan::{crowns, file_size, percent};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PlanPage() -> impl IntoView {
    view! {
        <Title text="Plán sociálních služeb" />
        <Meta name="description" content="Střednědobý plán rozvoje sociálních služeb: vize, priority, opatření a jak se plní." />
        {loaded(|| (), |_| load_plan(), |view: PlanView| view! { <PlanBody view /> })}
    }
}

#[component]
fn PlanBody(view: PlanView) -> impl IntoView {
    let PlanView {
        plan,
        status_svg,
        indicator_svg,
    } = view;
    let counts = plan.status_counts();
    let total = plan.activities().count();
    let budget = crowns(plan.budget_czk());
    let indicators: Vec<_> = plan
        .activities()
        .flat_map(|a| {
            a.indicators
                .iter()
                .map(move |i| (a.code.clone(), i.clone()))
        })
        .collect();
    view! {
        <article class="plan" aria-labelledby="plan-heading">
            <PlanNav current="/plan" />
            <h1 id="plan-heading">{plan.title.clone()}</h1>
            <p class="lead">{format!("Na roky {}–{}", plan.from_year, plan.to_year)}</p>
            <section aria-labelledby="vision-heading">
                <h2 id="vision-heading">"Vize"</h2>
                <blockquote class="vision"><p>{plan.vision.clone()}</p></blockquote>
            </section>

            <section aria-labelledby="progress-heading">
                <h2 id="progress-heading">"Jak plnění pokračuje"</h2>
                <div class="chart-with-table">
                    <div class="chart-box" inner_html=status_svg></div>
                    <table>
                        <caption>{format!("Aktivity podle stavu (celkem {total}, rozpočet {budget})")}</caption>
                        <thead><tr><th scope="col">"Stav"</th><th scope="col">"Aktivit"</th></tr></thead>
                        <tbody>
                            {counts.into_iter().map(|(s, n)| view! {
                                <tr><th scope="row">{s.label()}</th><td>{n}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="chart-with-table">
                    <div class="chart-box" inner_html=indicator_svg></div>
                    <table>
                        <caption>"Ukazatele: dosaženo z cíle"</caption>
                        <thead><tr>
                            <th scope="col">"Aktivita"</th><th scope="col">"Ukazatel"</th>
                            <th scope="col">"Dosaženo"</th><th scope="col">"Cíl"</th><th scope="col">"Plnění"</th>
                        </tr></thead>
                        <tbody>
                            {indicators.into_iter().map(|(code, i)| view! {
                                <tr>
                                    <th scope="row">{code}</th><td>{i.name.clone()}</td>
                                    <td>{i.achieved}</td><td>{i.target}</td><td>{format!("{} %", percent(&i))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>

            {(!plan.documents.is_empty()).then(|| view! {
                <section aria-labelledby="documents-heading">
                    <h2 id="documents-heading">"Dokumenty ke stažení"</h2>
                    <ul class="link-list">
                        {plan.documents.iter().map(|d| view! {
                            <li>
                                <a href=d.href() download>{d.title.clone()}</a>
                                {format!(" ({}, {})", d.format(), file_size(d.size_bytes))}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">"Priority, opatření a aktivity"</h2>
                {plan.priorities.into_iter().map(|p| view! {
                    <section class="priority" aria-labelledby=format!("priorita-{}", p.code)>
                        <h3 id=format!("priorita-{}", p.code)>{format!("Priorita {}: {}", p.code, p.title)}</h3>
                        {p.measures.into_iter().map(|m| view! {
                            <h4>{format!("Opatření {}: {}", m.code, m.title)}</h4>
                            <ul class="activities">
                                {m.activities.into_iter().map(|a| {
                                    let budget = a.budget_czk.map_or("bez zvláštního rozpočtu".to_owned(), crowns);
                                    let status_class = format!("status status-{}", a.status.slug());
                                    view! {
                                        <li>
                                            <p><strong>{format!("{} {}", a.code, a.title)}</strong>" "
                                                <span class=status_class>{a.status.label()}</span></p>
                                            <p class="muted">{format!("{} · {}–{} · {budget}", a.owner, a.from_year, a.to_year)}</p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }).collect_view()}
                    </section>
                }).collect_view()}
            </section>
        </article>
    }
}
