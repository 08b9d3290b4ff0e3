//! `/sprava`: what waits — a register download that was refused, providers' proposals, the
//! providers to phone because the cycle got no answer, services nobody has verified for six
//! months (oldest first) and new messages from residents.

use super::api::load_admin_home;
use super::form::AdminNav;
use crate::common::loaded;
use domain::admin::date::{czech_date, czech_date_time};
use domain::admin::register_runs::{RegisterRun, RunOutcome};
use domain::admin::views::{AdminHome, AdminServiceRow};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AdminHomePage() -> impl IntoView {
    loaded(
        || (),
        |()| load_admin_home(),
        |home| view! { <HomeView home /> },
    )
}

#[component]
fn HomeView(home: AdminHome) -> impl IntoView {
    let AdminHome {
        user,
        unverified,
        new_feedback,
        register,
        verification,
        csrf: _,
    } = home;
    let share = format!(
        "Ověřeno za šest měsíců: {} % služeb (cíl {} %)",
        verification.percent(),
        domain::verification::cycle::GOAL_PERCENT
    );
    let proposals = format!(
        "Návrhy poskytovatelů ke schválení: {}",
        verification.proposals_waiting
    );
    let mail_off = (!verification.mail.on).then(|| {
        view! {
            <p class="notice notice-warning" role="status">
                <a href="/sprava/overovani">"Odesílání e-mailů je vypnuté"</a>
                {format!(": {} zpráv čeká ve frontě.", verification.mail.waiting)}
            </p>
        }
    });
    view! {
        <Title text="Správa" />
        <section class="admin" aria-labelledby="admin-heading">
            <AdminNav />
            <h1 id="admin-heading">"Správa portálu"</h1>
            <p>{format!("Přihlášen(a): {} ({})", user.username, user.role.label())}</p>
            <RegisterStatus run=register />
            <p>
                <a href="/sprava/podnety">{format!("Nové podněty od obyvatel: {new_feedback}")}</a>
            </p>
            {mail_off}
            <p><a href="/sprava/navrhy">{proposals}</a></p>
            <p><a href="/sprava/overovani">{share}</a></p>
            <super::verification::NeedsStaff overview=verification />
            <h2>"Služby neověřené déle než půl roku"</h2>
            <ServiceTable rows=unverified />
        </section>
    }
}

/// The register's last run: a refusal stands out until a later run succeeds.
#[component]
fn RegisterStatus(run: Option<RegisterRun>) -> impl IntoView {
    let Some(run) = run else {
        return view! {
            <p><a href="/sprava/registr">"Registr poskytovatelů zatím nebyl načten."</a></p>
        }
        .into_any();
    };
    let when = czech_date_time(run.started_at);
    match run.outcome {
        RunOutcome::Refused => view! {
            <div class="notice notice-warning" role="status">
                <h2>"Registr poskytovatelů nebyl načten"</h2>
                <p>{format!("{when}: {}", run.message)}</p>
                <p>"Katalog zůstal, jak byl po posledním úspěšném načtení. "
                    <a href="/sprava/registr">"Přehled načítání registru"</a></p>
            </div>
        }
        .into_any(),
        _ => view! {
            <p><a href="/sprava/registr">{format!("Registr poskytovatelů: {when}, {}", run.outcome.label())}</a></p>
        }
        .into_any(),
    }
}

/// Services as a table: name (link to the editor), provider, state, last verification.
#[component]
pub fn ServiceTable(rows: Vec<AdminServiceRow>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>"Žádné služby."</p> }.into_any();
    }
    view! {
        <table class="admin-table">
            <thead>
                <tr><th scope="col">"Služba"</th><th scope="col">"Poskytovatel"</th><th scope="col">"Stav"</th><th scope="col">"Ověřeno"</th></tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td><a href=format!("/sprava/sluzby/{}", row.id)>{row.name}</a></td>
                        <td>{row.organization}</td>
                        <td>{if row.published { "zveřejněno" } else { "koncept" }}</td>
                        <td>{row.verified_at.map_or_else(|| "nikdy".to_owned(), czech_date)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
