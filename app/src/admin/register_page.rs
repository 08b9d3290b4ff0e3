//! `/sprava/registr`: the national register as the portal last read it — every run of the
//! import and of the daily download (when, the register's date, what was added, changed,
//! ended, refused, how long it took, and why a run was refused), and the services the register
//! ended or stopped listing, each unpublished with its reason.

use super::api::load_register_overview;
use super::form::AdminNav;
use crate::common::loaded;
use domain::admin::date::czech_date_time;
use domain::admin::register_runs::{EndedService, RegisterOverview, RegisterRun, RunOutcome};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RegisterPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_register_overview(),
        |overview| view! { <OverviewView overview /> },
    )
}

#[component]
fn OverviewView(overview: RegisterOverview) -> impl IntoView {
    let RegisterOverview { runs, ended } = overview;
    view! {
        <Title text="Registr poskytovatelů – správa" />
        <section class="admin" aria-labelledby="register-heading">
            <AdminNav />
            <h1 id="register-heading">"Registr poskytovatelů sociálních služeb"</h1>
            <p>"Portál načítá registr MPSV každý den (" <code>"server sync-register"</code>
                "). Stažený soubor se celý přečte a zkontroluje, než se cokoli zapíše; když je useknutý, "
                "chybí v něm číselník nebo by v obcích portálu ubylo víc než 5 % služeb, katalog zůstane, jak byl."</p>
            <h2>"Načítání"</h2>
            <RunsTable runs />
            <h2>"Služby, které registr ukončil"</h2>
            <EndedList ended />
        </section>
    }
}

#[component]
fn RunsTable(runs: Vec<RegisterRun>) -> impl IntoView {
    if runs.is_empty() {
        return view! { <p>"Registr zatím nebyl načten."</p> }.into_any();
    }
    view! {
        // Wider than a phone: it scrolls, and the keyboard can scroll it too.
        <div class="table-scroll" role="region" aria-label="Běhy načítání registru" tabindex="0">
            <table class="admin-table">
                <thead>
                    <tr>
                        <th scope="col">"Kdy"</th>
                        <th scope="col">"Registr ze dne"</th>
                        <th scope="col">"Výsledek"</th>
                        <th scope="col">"Co se změnilo"</th>
                    </tr>
                </thead>
                <tbody>
                    {runs.into_iter().map(|run| view! { <RunRow run /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn RunRow(run: RegisterRun) -> impl IntoView {
    let refused = run.outcome == RunOutcome::Refused;
    let counts = (run.outcome == RunOutcome::Imported).then(|| {
        [
            ("služeb v obcích portálu", run.region_current.unwrap_or(0)),
            ("přibylo", run.added),
            ("změněno", run.changed),
            ("ukončeno", run.ended),
            ("znovu v registru", run.returned),
            ("odmítnuto", run.refused),
            ("konfliktů", run.conflicts),
        ]
        .into_iter()
        .filter(|(label, n)| *n > 0 || label.starts_with("služeb"))
        .map(|(label, n)| format!("{label}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
    });
    view! {
        <tr class:run-refused=refused>
            <td>
                {czech_date_time(run.started_at)}
                <br /><small>{format!("{:.1} s · {}", run.duration_ms as f64 / 1000.0, run.source)}</small>
            </td>
            <td>{run.register_date.unwrap_or_else(|| "–".into())}</td>
            <td>
                <strong>{run.outcome.label()}</strong>
                {(!run.message.is_empty()).then(|| view! { <br /><span>{run.message}</span> })}
            </td>
            <td>{counts.unwrap_or_else(|| "–".into())}</td>
        </tr>
    }
}

#[component]
fn EndedList(ended: Vec<EndedService>) -> impl IntoView {
    if ended.is_empty() {
        return view! { <p>"Žádné."</p> }.into_any();
    }
    view! {
        <ul class="plain">
            {ended.into_iter().map(|s| view! {
                <li>
                    <a href=format!("/sprava/sluzby/{}", s.id)>{s.name}</a>
                    {format!(" – {}: {}", s.ended_on, s.reason)}
                    {s.published.then_some(" (zveřejněna znovu v portálu)")}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
