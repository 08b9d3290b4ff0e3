//! `/plan/projekty`: the project pool — ideas waiting for money or a partner, under the plan's
//! measures.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use domain::plan::crowns;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ProjectsPage() -> impl IntoView {
    view! {
        <Title text="Zásobník projektů" />
        <Meta name="description" content="Projekty, které čekají na peníze nebo partnera, podle opatření plánu." />
        {loaded(|| None, load_plan_year, |found: PlanYear| view! { <ProjectsBody found /> })}
    }
}

#[component]
fn ProjectsBody(found: PlanYear) -> impl IntoView {
    let plan = found.plan;
    let rows = plan
        .projects
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.title.clone()}</th>
                    <td>{p.submitter.clone()}</td>
                    <td>{p.measure.clone()}</td>
                    <td class="number">{p.budget_czk.map_or("–".to_owned(), crowns)}</td>
                    <td>{p.state.label()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="plan" aria-labelledby="projects-heading">
            <PlanNav current="/plan/projekty" />
            <h1 id="projects-heading">"Zásobník projektů"</h1>
            <p class="lead">"Náměty a připravené projekty, které plán podporuje a které čekají na peníze nebo partnera. Máte vlastní? Napište koordinátorovi pracovní skupiny."</p>
            {if plan.projects.is_empty() {
                view! { <p>"Zásobník je zatím prázdný."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Tabulka projektů">
                        <table>
                            <caption>"Projekty v zásobníku"</caption>
                            <thead><tr>
                                <th scope="col">"Projekt"</th><th scope="col">"Předkladatel"</th>
                                <th scope="col">"Opatření"</th><th scope="col">"Odhad nákladů"</th><th scope="col">"Stav"</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </article>
    }
}
