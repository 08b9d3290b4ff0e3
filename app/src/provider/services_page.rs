//! `/pro-poskytovatele/sluzby`: the organisation's published services as residents see them,
//! "Vše platí" for all of them at once, and each service's way to its form.

use super::api::{OwnPage, confirm_own_services, load_own_services};
use crate::admin::form::{CsrfField, form_page};
use crate::common::count;
use domain::admin::date::czech_date;
use domain::provider::review::{OwnService, ProposalState};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[derive(Debug, Clone, serde::Deserialize)]
struct Button {}

#[component]
pub fn OwnServicesPage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        || (),
        |()| load_own_services(),
        |(), _: Button| confirm_own_services(),
        move |page| {
            let q = query.read_untracked();
            let confirmed = q.get("potvrzeno").and_then(|n| n.parse::<u32>().ok());
            let sent = q.get("odeslano").is_some();
            view! { <OwnView page confirmed sent /> }
        },
    )
}

#[component]
fn OwnView(page: OwnPage, confirmed: Option<u32>, sent: bool) -> impl IntoView {
    let OwnPage {
        organization,
        email,
        services,
        csrf,
    } = page;
    let confirmed = confirmed.map(|n| {
        view! {
            <div class="notice" role="status" id="potvrzeno">
                <p><strong>{format!("Děkujeme. Potvrdili jste {} k dnešnímu dni.", count(n, "službu", "služby", "služeb"))}</strong></p>
                <p>"Obyvatelé u nich uvidí dnešní datum ověření. Znovu se ozveme zhruba za pět měsíců."</p>
            </div>
        }
    });
    let sent = sent.then(|| {
        view! {
            <div class="notice" role="status" id="odeslano">
                <p><strong>"Úpravu jsme předali správě portálu."</strong></p>
                <p>"Po kontrole ji zveřejní; kdyby ji vrátila, uvidíte zde proč a přijde vám e-mail."</p>
            </div>
        }
    });
    let none = services.is_empty();
    view! {
        <Title text=format!("Služby – {organization}") />
        <Meta name="robots" content="noindex" />
        <section class="narrow provider-area" aria-labelledby="own-heading">
            <p class="breadcrumbs">{format!("Přihlášeni jako {email}")}" · "<a href="/pro-poskytovatele/odhlaseni">"Odhlásit se"</a></p>
            <h1 id="own-heading">{organization}</h1>
            {confirmed}
            {sent}
            {if none {
                view! { <p>"Organizace nemá na portálu žádnou zveřejněnou službu."</p> }.into_any()
            } else {
                view! {
                    <p class="lead">"Takto vaše služby vidí obyvatelé. Platí-li u všech telefon, adresa a provozní doba, potvrďte je jedním tlačítkem; jinak otevřete službu a opravte ji."</p>
                    <form method="post" action="/pro-poskytovatele/sluzby" class="stack">
                        <CsrfField token=csrf />
                        <button type="submit" class="button">"Vše platí"</button>
                    </form>
                    <ul class="card-list">
                        {services.into_iter().map(|service| view! { <ServiceCard service /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ServiceCard(service: OwnService) -> impl IntoView {
    let OwnService {
        id,
        listed,
        verified_at,
        latest,
        ..
    } = service;
    let verified = verified_at.map_or_else(
        || "Zatím neověřeno.".to_owned(),
        |at| format!("Naposledy ověřeno {}.", czech_date(at)),
    );
    let latest = latest.map(|proposal| {
        let state = match (proposal.state, proposal.reason) {
            (ProposalState::Returned, Some(reason)) => format!(
                "Úprava ze dne {} vrácena: {reason}",
                czech_date(proposal.submitted_at)
            ),
            (state, _) => format!(
                "Úprava ze dne {}: {}.",
                czech_date(proposal.submitted_at),
                state.label()
            ),
        };
        view! { <p class="notice">{state}</p> }
    });
    let heading = format!("sluzba-{id}");
    let labelled_by = heading.clone();
    view! {
        <li class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{listed.name.clone()}</h2>
            <ul class="plain">
                {listed.details.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p class="muted">{verified}</p>
            {latest}
            <p><a href=format!("/pro-poskytovatele/sluzby/{id}")>{format!("Upravit: {}", listed.name)}</a></p>
        </li>
    }
}
