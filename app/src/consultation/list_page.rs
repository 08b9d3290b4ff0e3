//! `/plan/pripominky`: the drafts put up for public comments — open ones first to act on, then
//! the closed ones with how their comments were settled.

use super::api::{ConsultationRow, load_consultation_list};
use crate::common::loaded;
use crate::i18n::use_i18n;
use crate::plan::PlanNav;
use domain::consultation::Phase;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ConsultationListPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("consultations-title") />
        <Meta name="description" content=i18n.t("consultations-description") />
        {loaded(|| (), |_| load_consultation_list(), |rows: Vec<ConsultationRow>| view! { <ListBody rows /> })}
    }
}

#[component]
fn ListBody(rows: Vec<ConsultationRow>) -> impl IntoView {
    let (open, other): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.phase == Phase::Open);
    let i18n = use_i18n();
    let item = move |r: ConsultationRow| {
        let settled = (r.settled > 0)
            .then(|| format!(" · {}", i18n.count("consultations-settled", r.settled)));
        view! {
            <li>
                <a href=i18n.href(&format!("/plan/pripominky/{}", r.slug)) lang=i18n.czech_text()>{r.title}</a>
                <span class="muted">
                    {format!(" {}–{} · {}", i18n.date(&r.opens_on), i18n.date(&r.closes_on), i18n.t(super::phase_key(r.phase)))}
                    {settled}
                </span>
            </li>
        }
    };
    view! {
        <article class="plan" aria-labelledby="consultations-heading">
            <PlanNav current="/plan/pripominky" />
            <h1 id="consultations-heading">{i18n.t("consultations-title")}</h1>
            <p class="lead">{i18n.t("consultations-lead")}</p>
            <h2>{i18n.t("consultations-open")}</h2>
            {if open.is_empty() {
                view! { <p>{i18n.t("consultations-none-open")}</p> }.into_any()
            } else {
                view! { <ul class="link-list">{open.into_iter().map(item).collect_view()}</ul> }.into_any()
            }}
            {(!other.is_empty()).then(|| view! {
                <h2>{i18n.t("consultations-other")}</h2>
                <ul class="link-list">{other.into_iter().map(item).collect_view()}</ul>
            })}
        </article>
    }
}
