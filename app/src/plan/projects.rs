//! `/plan/projekty`: the project pool — ideas waiting for money or a partner, under the plan's
//! measures.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::plan::crowns;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("projects-title") />
        <Meta name="description" content=i18n.t("projects-description") />
        {loaded(|| None, load_plan_year, |found: PlanYear| view! { <ProjectsBody found /> })}
    }
}

#[component]
fn ProjectsBody(found: PlanYear) -> impl IntoView {
    let plan = found.plan;
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    let rows = plan
        .projects
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row" lang=czech>{p.title.clone()}</th>
                    <td lang=czech>{p.submitter.clone()}</td>
                    <td>{p.measure.clone()}</td>
                    <td class="number">{p.budget_czk.map_or("–".to_owned(), crowns)}</td>
                    <td>{i18n.t(&format!("project-state-{}", p.state.slug()))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="plan" aria-labelledby="projects-heading">
            <PlanNav current="/plan/projekty" />
            <h1 id="projects-heading">{i18n.t("projects-title")}</h1>
            <p class="lead">{i18n.t("projects-lead")}</p>
            {if plan.projects.is_empty() {
                view! { <p>{i18n.t("projects-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t("projects-table")>
                        <table>
                            <caption>{i18n.t("projects-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{i18n.t("projects-project")}</th><th scope="col">{i18n.t("projects-submitter")}</th>
                                <th scope="col">{i18n.t("projects-measure")}</th><th scope="col">{i18n.t("projects-cost")}</th><th scope="col">{i18n.t("projects-state")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </article>
    }
}
