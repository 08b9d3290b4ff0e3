//! `/sprava/pruvodce`: the steps of the "Potřebuji pomoc" tree being edited, every problem that
//! stops the draft from being published (a dead end, a loop, an unknown service...), buttons to
//! publish or discard the draft, a form to add a step, and the tree's history.

use super::api::{WizardPost, load_wizard_overview, wizard_action};
use crate::admin::audit_log::AuditLog;
use crate::admin::form::{AdminNav, CsrfField, Fields, FormStatus, form_page};
use domain::admin::views::WizardOverview;
use domain::admin::wizard_edit::{OUTCOME, QUESTION};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn WizardOverviewPage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        move || query.read().get("zverejneno").is_some(),
        load_wizard_overview,
        |_, action: WizardPost| wizard_action(action),
        |page| view! { <OverviewView page /> },
    )
}

#[component]
fn OverviewView(page: WizardOverview) -> impl IntoView {
    let WizardOverview {
        steps,
        is_draft,
        problems,
        published,
        editor,
    } = page;
    let f = Fields::new(editor.errors.clone());
    let csrf = editor.csrf.clone();
    let kinds = vec![
        (QUESTION.to_owned(), "otázka s odpověďmi".to_owned()),
        (
            OUTCOME.to_owned(),
            "výsledek (co dělat, koho kontaktovat)".to_owned(),
        ),
    ];
    let state = match (is_draft, problems.is_empty()) {
        (false, _) => {
            "Zobrazený strom je ten, který obyvatelé právě vidí. První úprava vytvoří koncept."
        }
        (true, true) => "Rozpracovaný koncept je v pořádku a lze jej zveřejnit.",
        (true, false) => {
            "Rozpracovaný koncept zatím nelze zveřejnit; obyvatelé dál vidí dosavadní průvodce."
        }
    };
    view! {
        <Title text="Průvodce – správa" />
        <section class="admin" aria-labelledby="wizard-heading">
            <AdminNav />
            <h1 id="wizard-heading">"Průvodce „Potřebuji pomoc“"</h1>
            {published.then(|| view! { <p class="notice" role="status">"Koncept byl zveřejněn."</p> })}
            <FormStatus errors=editor.errors.clone() saved=false />
            <p>{state}</p>
            {(!problems.is_empty()).then(|| view! {
                <section aria-labelledby="problems-heading" class="problems">
                    <h2 id="problems-heading">{format!("Co brání zveřejnění ({})", problems.len())}</h2>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </section>
            })}
            {is_draft.then(|| view! {
                <div class="actions">
                    <form method="post" action="/sprava/pruvodce">
                        <CsrfField token=csrf.clone() />
                        <input type="hidden" name="akce" value="zverejnit" />
                        <button type="submit" class="button">"Zveřejnit koncept"</button>
                    </form>
                    <form method="post" action="/sprava/pruvodce">
                        <CsrfField token=csrf.clone() />
                        <input type="hidden" name="akce" value="zahodit" />
                        <button type="submit" class="button secondary">"Zahodit koncept"</button>
                    </form>
                </div>
            })}
            <table class="admin-table">
                <thead><tr><th scope="col">"Krok"</th><th scope="col">"Druh"</th><th scope="col">"Text"</th></tr></thead>
                <tbody>
                    {steps.into_iter().map(|s| view! {
                        <tr>
                            <td><a href=format!("/sprava/pruvodce/{}", s.key)>{s.key.clone()}</a>{s.is_root.then_some(" (první otázka)")}</td>
                            <td>{if s.is_question { "otázka" } else { "výsledek" }}</td>
                            <td>{if s.text.is_empty() { "(zatím bez textu)".to_owned() } else { s.text }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2 id="new-step-heading">"Přidat krok"</h2>
            <form method="post" action="/sprava/pruvodce" class="stack editor" aria-labelledby="new-step-heading">
                <CsrfField token=csrf />
                <input type="hidden" name="akce" value="pridat" />
                {f.text("key", "Klíč kroku", editor.form.key, 60, "Krátký název do adresy, např. bez-jidla.")}
                {f.select("kind", "Druh", editor.form.kind, "— vyberte —", kinds)}
                <button type="submit" class="button">"Přidat"</button>
            </form>
            <AuditLog entries=editor.audit />
        </section>
    }
}
