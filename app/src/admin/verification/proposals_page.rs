//! `/sprava/navrhy` (providers' proposals waiting, oldest first) and `/sprava/navrhy/{id}` (old
//! → new per field; approve, or return with a reason the provider is sent).

use super::api::{ProposalPage as Page, decide_proposal, load_proposal, load_proposals};
use crate::admin::form::{AdminNav, CsrfField, Fields, FormStatus, form_page};
use crate::common::{loaded, route_id};
use domain::admin::date::czech_date_time;
use domain::provider::review::{Decision, Proposal, ProposalState, REASON_MAX};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let query = use_query_map();
    loaded(
        || (),
        |()| load_proposals(),
        move |proposals| {
            let decided = query.read_untracked().get("rozhodnuto").is_some();
            view! { <ListView proposals decided /> }
        },
    )
}

#[component]
fn ListView(proposals: Vec<Proposal>, decided: bool) -> impl IntoView {
    view! {
        <Title text="Návrhy poskytovatelů – správa" />
        <section class="admin" aria-labelledby="proposals-heading">
            <AdminNav />
            <h1 id="proposals-heading">"Návrhy poskytovatelů"</h1>
            {decided.then(|| view! { <p class="notice" role="status">"Rozhodnuto."</p> })}
            {if proposals.is_empty() {
                view! { <p>"Žádný návrh nečeká."</p> }.into_any()
            } else {
                view! {
                    <table class="admin-table">
                        <caption>"Čekající návrhy, nejstarší nahoře"</caption>
                        <thead><tr>
                            <th scope="col">"Služba"</th>
                            <th scope="col">"Poskytovatel"</th>
                            <th scope="col">"Odeslal(a)"</th>
                            <th scope="col">"Kdy"</th>
                            <th scope="col">"Změněná pole"</th>
                        </tr></thead>
                        <tbody>
                            {proposals.into_iter().map(|p| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/sprava/navrhy/{}", p.id)>{p.service}</a></th>
                                    <td>{p.organization}</td>
                                    <td>{p.email}</td>
                                    <td>{czech_date_time(p.submitted_at)}</td>
                                    <td>{p.changes.iter().map(|c| c.field.label()).collect::<Vec<_>>().join(", ")}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let params = use_params_map();
    form_page(
        move || params.read().get("id"),
        |id| async move { load_proposal(route_id(id)?).await },
        |id, decision: Decision| async move { decide_proposal(route_id(id)?, decision).await },
        |page| view! { <ProposalView page /> },
    )
}

#[component]
fn ProposalView(page: Page) -> impl IntoView {
    let Page {
        proposal,
        moved,
        decision,
        errors,
        csrf,
    } = page;
    let f = Fields::new(errors.clone());
    let waiting = proposal.state == ProposalState::Waiting;
    let rows = proposal
        .changes
        .iter()
        .map(|c| {
            let note = moved
                .contains(&c.field)
                .then_some(" (mezitím změněno: schválení přepíše současnou hodnotu)");
            view! {
                <tr>
                    <th scope="row">{c.field.label()}{note}</th>
                    <td class="old"><del>{c.old.clone()}</del></td>
                    <td class="new"><ins>{c.new.clone()}</ins></td>
                </tr>
            }
        })
        .collect_view();
    let state = match &proposal.reason {
        Some(reason) => format!("{}: {reason}", proposal.state.label()),
        None => proposal.state.label().to_owned(),
    };
    view! {
        <Title text=format!("Návrh: {} – správa", proposal.service) />
        <section class="admin narrow" aria-labelledby="proposal-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href="/sprava/navrhy">"Návrhy poskytovatelů"</a></p>
            <h1 id="proposal-heading">{format!("Návrh: {}", proposal.service)}</h1>
            <p>{format!("{}, poslal(a) {} dne {}. Stav: {state}.", proposal.organization, proposal.email, czech_date_time(proposal.submitted_at))}</p>
            <p><a href=format!("/sprava/sluzby/{}", proposal.service_id)>"Služba v editoru"</a></p>
            <table class="admin-table">
                <caption>"Změny: dosavadní → navržená hodnota"</caption>
                <thead><tr><th scope="col">"Pole"</th><th scope="col">"Dosud"</th><th scope="col">"Navrženo"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {waiting.then(|| view! {
                <FormStatus errors=errors.clone() saved=false />
                <form method="post" class="stack editor">
                    <CsrfField token=csrf />
                    {f.area("reason", "Důvod vrácení (poskytovatel jej uvidí a přijde mu e-mailem)", decision.reason, 4, &format!("Jen při vrácení; nejvýše {REASON_MAX} znaků."))}
                    {f.error("action")}
                    <div class="actions">
                        <button type="submit" name="action" value="schvalit" class="button">"Schválit a zveřejnit"</button>
                        <button type="submit" name="action" value="vratit" class="button secondary">"Vrátit poskytovateli"</button>
                    </div>
                </form>
            })}
        </section>
    }
}
