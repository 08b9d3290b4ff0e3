//! `/plan/akcni-plan?rok=2026`: what the plan's activities do in one year and for how much.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::plan::crowns;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn ActionPlanPage() -> impl IntoView {
    let query = use_query_map();
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("action-title") />
        <Meta name="description" content=i18n.t("action-description") />
        {loaded(
            move || query.read().get("rok").and_then(|y| y.parse::<u16>().ok()),
            load_plan_year,
            |found: PlanYear| view! { <ActionPlanBody found /> },
        )}
    }
}

#[component]
fn ActionPlanBody(found: PlanYear) -> impl IntoView {
    let PlanYear { plan, year } = found;
    let years: Vec<u16> = plan.action_plans.iter().map(|a| a.year).collect();
    let shown = plan.action_plan(year).cloned();
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    let body = match shown {
        None => view! { <p>{i18n.t("action-none")}</p> }.into_any(),
        Some(action) => {
            let total = crowns(action.budget_czk());
            let rows = action
                .items
                .iter()
                .map(|item| {
                    let activity = plan.activity(&item.activity);
                    let owner = activity.map(|a| a.owner.clone()).unwrap_or_default();
                    let title = activity.map(|a| a.title.clone()).unwrap_or_default();
                    let budget = item.budget_czk.map_or("–".to_owned(), crowns);
                    view! {
                        <tr>
                            <th scope="row">{item.activity.clone()}</th>
                            <td lang=czech>{item.task.clone()}<br /><span class="muted">{title}</span></td>
                            <td lang=czech>{owner}</td>
                            <td class="number">{budget}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n.t_with("action-year", &[("year", action.year.to_string().into())])}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t("action-table")>
                    <table>
                        <caption>{i18n.t_with("action-caption", &[("year", action.year.to_string().into()), ("budget", total.into())])}</caption>
                        <thead><tr>
                            <th scope="col">{i18n.t("plan-activity")}</th><th scope="col">{i18n.t("action-task")}</th>
                            <th scope="col">{i18n.t("action-who")}</th><th scope="col">{i18n.t("action-budget")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <article class="plan" aria-labelledby="action-heading">
            <PlanNav current="/plan/akcni-plan" />
            <h1 id="action-heading">{i18n.t("action-title")}</h1>
            <p class="lead">{i18n.t_with("action-lead", &[("plan", plan.title.clone().into())])}</p>
            {(years.len() > 1).then(|| view! {
                <nav class="year-switch" aria-label=i18n.t("action-years")>
                    {years.into_iter().map(|y| view! {
                        <a href=i18n.href(&format!("/plan/akcni-plan?rok={y}"))
                            aria-current=(plan.action_plan(year).is_some_and(|a| a.year == y)).then_some("page")>{y}</a>
                    }).collect_view()}
                </nav>
            })}
            {body}
        </article>
    }
}
