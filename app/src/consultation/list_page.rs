//! `/plan/pripominky`: the drafts put up for public comments — open ones first to act on, then
//! the closed ones with how their comments were settled.

use super::api::{ConsultationRow, load_consultation_list};
use crate::common::loaded;
use crate::plan::PlanNav;
use domain::consultation::Phase;
use domain::news::date_label;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ConsultationListPage() -> impl IntoView {
    view! {
        <Title text="Připomínky veřejnosti" />
        <Meta name="description" content="Návrhy plánů k připomínkám: podejte připomínku a podívejte se, jak byly připomínky vypořádány." />
        {loaded(|| (), |_| load_consultation_list(), |rows: Vec<ConsultationRow>| view! { <ListBody rows /> })}
    }
}

#[component]
fn ListBody(rows: Vec<ConsultationRow>) -> impl IntoView {
    let (open, other): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.phase == Phase::Open);
    let item = |r: ConsultationRow| {
        let settled = (r.settled > 0).then(|| {
            format!(
                " · {}",
                crate::common::count(
                    r.settled as u32,
                    "vypořádaná připomínka",
                    "vypořádané připomínky",
                    "vypořádaných připomínek"
                )
            )
        });
        view! {
            <li>
                <a href=format!("/plan/pripominky/{}", r.slug)>{r.title}</a>
                <span class="muted">
                    {format!(" {}–{} · {}", date_label(&r.opens_on), date_label(&r.closes_on), r.phase.label())}
                    {settled}
                </span>
            </li>
        }
    };
    view! {
        <article class="plan" aria-labelledby="consultations-heading">
            <PlanNav current="/plan/pripominky" />
            <h1 id="consultations-heading">"Připomínky veřejnosti"</h1>
            <p class="lead">"Než město plán schválí, může k jeho návrhu kdokoli podat připomínku. Každou připomínku vypořádáme a zveřejníme, jak jsme s ní naložili."</p>
            <h2>"Návrhy otevřené k připomínkám"</h2>
            {if open.is_empty() {
                view! { <p>"Teď není otevřený žádný návrh."</p> }.into_any()
            } else {
                view! { <ul class="link-list">{open.into_iter().map(item).collect_view()}</ul> }.into_any()
            }}
            {(!other.is_empty()).then(|| view! {
                <h2>"Připravované a ukončené"</h2>
                <ul class="link-list">{other.into_iter().map(item).collect_view()}</ul>
            })}
        </article>
    }
}
