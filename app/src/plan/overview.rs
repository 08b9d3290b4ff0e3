//! `/plan`: the current medium-term plan — its period and vision, the priorities with their
//! measures and activities (owner, years, budget, state, indicators), and its progress drawn as
//! server-rendered SVG with the same numbers in tables beside the charts.

use super::PlanNav;
use super::api::{PlanView, load_plan};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::plan::{crowns, file_size, percent};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PlanPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("plan-title") />
        <Meta name="description" content=i18n.t("plan-description") />
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
    let i18n = use_i18n();
    // The plan's own texts are Czech: on a page in another language, screen readers say so.
    let czech = i18n.czech_text();
    let status =
        move |s: domain::plan::ActivityStatus| i18n.t(&format!("plan-status-{}", s.slug()));
    view! {
        <article class="plan" aria-labelledby="plan-heading">
            <PlanNav current="/plan" />
            <h1 id="plan-heading" lang=czech>{plan.title.clone()}</h1>
            {czech.map(|_| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
            <p class="lead">{i18n.t_with("plan-years", &[("from", plan.from_year.to_string().into()), ("to", plan.to_year.to_string().into())])}</p>
            <section aria-labelledby="vision-heading">
                <h2 id="vision-heading">{i18n.t("plan-vision")}</h2>
                <blockquote class="vision" lang=czech><p>{plan.vision.clone()}</p></blockquote>
            </section>

            <section aria-labelledby="progress-heading">
                <h2 id="progress-heading">{i18n.t("plan-progress")}</h2>
                <div class="chart-with-table">
                    <div class="chart-box" inner_html=status_svg></div>
                    <table>
                        <caption>{i18n.t_with("plan-status-caption", &[("total", total.into()), ("budget", budget.into())])}</caption>
                        <thead><tr><th scope="col">{i18n.t("plan-status")}</th><th scope="col">{i18n.t("plan-activities")}</th></tr></thead>
                        <tbody>
                            {counts.into_iter().map(|(s, n)| view! {
                                <tr><th scope="row">{status(s)}</th><td>{n}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="chart-with-table">
                    <div class="chart-box" inner_html=indicator_svg></div>
                    <table>
                        <caption>{i18n.t("plan-indicators-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("plan-activity")}</th><th scope="col">{i18n.t("plan-indicator")}</th>
                            <th scope="col">{i18n.t("plan-achieved")}</th><th scope="col">{i18n.t("plan-target")}</th><th scope="col">{i18n.t("plan-fulfilment")}</th>
                        </tr></thead>
                        <tbody>
                            {indicators.into_iter().map(|(code, i)| view! {
                                <tr>
                                    <th scope="row">{code}</th><td lang=czech>{i.name.clone()}</td>
                                    <td>{i.achieved}</td><td>{i.target}</td><td>{format!("{} %", percent(&i))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>

            {(!plan.documents.is_empty()).then(|| view! {
                <section aria-labelledby="documents-heading">
                    <h2 id="documents-heading">{i18n.t("plan-documents")}</h2>
                    <ul class="link-list">
                        {plan.documents.iter().map(|d| view! {
                            <li>
                                <a href=d.href() download lang=czech>{d.title.clone()}</a>
                                {format!(" ({}, {})", d.format(), file_size(d.size_bytes))}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{i18n.t("plan-priorities")}</h2>
                {plan.priorities.into_iter().map(|p| view! {
                    <section class="priority" aria-labelledby=format!("priorita-{}", p.code)>
                        <h3 id=format!("priorita-{}", p.code)>{i18n.t_with("plan-priority", &[("code", p.code.clone().into())])}" "<span lang=czech>{p.title}</span></h3>
                        {p.measures.into_iter().map(|m| view! {
                            <h4>{i18n.t_with("plan-measure", &[("code", m.code.into())])}" "<span lang=czech>{m.title}</span></h4>
                            <ul class="activities">
                                {m.activities.into_iter().map(|a| {
                                    let budget = a.budget_czk.map_or_else(|| i18n.t("plan-no-budget"), crowns);
                                    let status_class = format!("status status-{}", a.status.slug());
                                    view! {
                                        <li>
                                            <p><strong lang=czech>{format!("{} {}", a.code, a.title)}</strong>" "
                                                <span class=status_class>{status(a.status)}</span></p>
                                            <p class="muted"><span lang=czech>{a.owner}</span>{format!(" · {}–{} · {budget}", a.from_year, a.to_year)}</p>
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
