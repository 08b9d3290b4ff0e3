//! `/plan/akcni-plan?rok=2026`: what the plan's activities do in one year and for how much.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use domain::plan::crowns;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn ActionPlanPage() -> impl IntoView {
    let query = use_query_map();
    view! {
        <Title text="Akční plán" />
        <Meta name="description" content="Akční plán sociálních služeb: úkoly roku, kdo je plní a s jakým rozpočtem." />
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
    let body = match shown {
        None => view! { <p>"Akční plán zatím není zveřejněn."</p> }.into_any(),
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
                            <td>{item.task.clone()}<br /><span class="muted">{title}</span></td>
                            <td>{owner}</td>
                            <td class="number">{budget}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h2>{format!("Akční plán na rok {}", action.year)}</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Tabulka úkolů akčního plánu">
                    <table>
                        <caption>{format!("Úkoly roku {} (rozpočet celkem {total})", action.year)}</caption>
                        <thead><tr>
                            <th scope="col">"Aktivita"</th><th scope="col">"Úkol"</th>
                            <th scope="col">"Kdo"</th><th scope="col">"Rozpočet"</th>
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
            <h1 id="action-heading">"Akční plán"</h1>
            <p class="lead">{format!("Jak se {} plní rok po roku.", plan.title)}</p>
            {(years.len() > 1).then(|| view! {
                <nav class="year-switch" aria-label="Rok akčního plánu">
                    {years.into_iter().map(|y| view! {
                        <a href=format!("/plan/akcni-plan?rok={y}")
                            aria-current=(plan.action_plan(year).is_some_and(|a| a.year == y)).then_some("page")>{y}</a>
                    }).collect_view()}
                </nav>
            })}
            {body}
        </article>
    }
}
