//! `/sprava/overovani`: how current the directory is.

use super::api::load_verification_overview;
use crate::admin::form::AdminNav;
use crate::common::loaded;
use domain::admin::date::czech_date;
use domain::verification::cycle::GOAL_PERCENT;
use domain::verification::overview::{MailState, Overview, ProviderState};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn VerificationPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_verification_overview(),
        |overview| view! { <OverviewView overview /> },
    )
}

#[component]
fn OverviewView(overview: Overview) -> impl IntoView {
    let share = overview.percent();
    let line = format!(
        "Ověřeno za posledních šest měsíců: {share} % zveřejněných služeb ({} z {}). Cíl je {GOAL_PERCENT} %.",
        overview.verified(),
        overview.services()
    );
    let goal = if overview.meets_goal() {
        "Cíl je splněn."
    } else {
        "Cíl zatím splněn není."
    };
    let mail = overview.mail;
    let waiting = overview.proposals_waiting;
    let providers = overview.providers.clone();
    view! {
        <Title text="Ověřování údajů – správa" />
        <section class="admin" aria-labelledby="verification-heading">
            <AdminNav />
            <h1 id="verification-heading">"Ověřování údajů"</h1>
            <p class="lead">{line}" "{goal}</p>
            <meter min="0" max="100" low=GOAL_PERCENT.to_string() optimum="100" value=share.to_string()
                aria-label="Podíl ověřených služeb v procentech">{format!("{share} %")}</meter>
            <p><a href="/sprava/navrhy">{format!("Návrhy poskytovatelů čekající na schválení: {waiting}")}</a></p>
            <MailStatus mail />
            <NeedsStaff overview />
            <h2>"Poskytovatelé"</h2>
            <table class="admin-table">
                <caption>"Zveřejněné služby podle poskytovatelů, nejméně ověření nahoře"</caption>
                <thead><tr>
                    <th scope="col">"Poskytovatel"</th>
                    <th scope="col">"Služeb"</th>
                    <th scope="col">"Ověřeno do 6 měsíců"</th>
                    <th scope="col">"Nejstarší ověření"</th>
                    <th scope="col">"Pozvané adresy"</th>
                    <th scope="col">"Žádost o ověření"</th>
                </tr></thead>
                <tbody>
                    {sorted(providers).into_iter().map(|p| view! { <ProviderRow provider=p /> }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Least verified first, then by name as stored.
fn sorted(mut providers: Vec<ProviderState>) -> Vec<ProviderState> {
    providers.sort_by_key(ProviderState::percent);
    providers
}

#[component]
fn ProviderRow(provider: ProviderState) -> impl IntoView {
    let round = match provider.round {
        None => "—".to_owned(),
        Some(r) if r.task => format!(
            "od {}; bez odpovědi, úkol pro správu",
            czech_date(r.started_at)
        ),
        Some(r) => format!(
            "od {}; připomenuto {}×",
            czech_date(r.started_at),
            r.reminders
        ),
    };
    let oldest = provider
        .oldest
        .map_or_else(|| "nikdy".to_owned(), czech_date);
    view! {
        <tr>
            <th scope="row"><a href=format!("/sprava/organizace/{}/kontakty", provider.organization_id)>{provider.name.clone()}</a></th>
            <td>{provider.services}</td>
            <td>{format!("{} ({} %)", provider.verified, provider.percent())}</td>
            <td>{oldest}</td>
            <td>{provider.contacts}</td>
            <td>{round}</td>
        </tr>
    }
}

#[component]
fn MailStatus(mail: MailState) -> impl IntoView {
    let counts = format!(
        "Za posledních 30 dní odesláno {}, nedoručitelných {}; čeká {} (z toho {} po nezdařeném pokusu).",
        mail.sent, mail.bounced, mail.waiting, mail.failing
    );
    if mail.on {
        view! { <p>{"E-maily: "}{counts}</p> }.into_any()
    } else {
        view! {
            <div class="notice notice-warning" role="status">
                <p><strong>"Odesílání e-mailů je vypnuté."</strong>" Server nemá nastavený POMOC_SMTP_URL: zprávy čekají ve frontě a odejdou, až se pošta zapne."</p>
                <p>{counts}</p>
            </div>
        }
        .into_any()
    }
}

/// Providers that need a phone call: no answer to a round, or no address to write to.
#[component]
pub fn NeedsStaff(overview: Overview) -> impl IntoView {
    let rows: Vec<(i64, String, &'static str)> = overview
        .needs_staff()
        .map(|p| {
            let why = if p.contacts == 0 {
                "nemá pozvanou adresu; pozvěte ji nebo ověřte údaje telefonicky"
            } else {
                "neodpověděl na žádost ani dvě připomínky; ověřte údaje telefonicky"
            };
            (p.organization_id, p.name.clone(), why)
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <h2>"Úkoly: ověřit telefonicky"</h2>
            <ul>
                {rows.into_iter().map(|(id, name, why)| view! {
                    <li><a href=format!("/sprava/organizace/{id}/kontakty")>{name}</a>{format!(": {why}")}</li>
                }).collect_view()}
            </ul>
        }
    })
}
