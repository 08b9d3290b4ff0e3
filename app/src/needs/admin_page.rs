//! `/sprava/planovani`: what residents looked for and did not find, and the supply against the
//! population, for planners — filters by period, audience and municipality, every table as CSV,
//! a signal put into the plan's project pool with one form; `/sprava/planovani/zprava` is the
//! same report as the printable "Analýza potřeb" for the plan's analytical part.

use super::api::{PlanningData, ProposalForm, load_planning, propose_project};
use super::tables::{RankedTable, SupplyTables, WeeklyTable, WizardTable};
use crate::admin::form::form_page;
use crate::admin::{AdminNav, CsrfField};
use crate::common::loaded;
use domain::needs::view::NeedsReport;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn PlanningPage() -> impl IntoView {
    let location = use_location();
    form_page(
        move || location.search.get(),
        load_planning,
        |query, form: ProposalForm| propose_project(query, form),
        |data| view! { <PlanningView data /> },
    )
}

#[component]
pub fn PlanningReportPage() -> impl IntoView {
    let location = use_location();
    loaded(
        move || location.search.get(),
        load_planning,
        |data: PlanningData| view! { <PrintedReport report=data.report /> },
    )
}

#[component]
fn PlanningView(data: PlanningData) -> impl IntoView {
    let PlanningData {
        report,
        measures,
        csrf,
        proposed,
    } = data;
    let query = report.query();
    let csv = Some(query.clone());
    let suggestions: Vec<String> = report
        .searches_empty
        .rows
        .iter()
        .chain(&report.missing.rows)
        .chain(&report.no_local.rows)
        .map(|r| r.label.clone())
        .take(20)
        .collect();
    view! {
        <Title text="Plánování – analýza potřeb – správa" />
        <section class="admin" aria-labelledby="planning-heading">
            <AdminNav />
            <h1 id="planning-heading">"Analýza potřeb"</h1>
            <p>"Co obyvatelé na portálu hledali a nenašli, spočítané po dnech bez čehokoli, co by určilo člověka: "
                "žádná adresa, cookie ani relace, hledaná slova jen sjednocená (bez diakritiky a velkých písmen, seřazená). "
                "Co se v období objevilo méně než pětkrát, se neukazuje. Údaje se drží 25 měsíců."</p>
            {proposed.map(|p| match p {
                Ok(title) => view! { <p class="notice" role="status">{format!("Námět „{title}“ je v zásobníku projektů.")}" "<a href="/plan/projekty">"Zásobník projektů"</a></p> }.into_any(),
                Err(why) => view! { <p class="form-error" role="alert">{why}</p> }.into_any(),
            })}
            <Filters report=report.clone() />
            <p><a class="button secondary" href=format!("/sprava/planovani/zprava?{query}")>"Zpráva k tisku: Analýza potřeb"</a></p>
            <Sections report=report.clone() csv=csv />
            <h2 id="navrh">"Navrhnout projekt do zásobníku"</h2>
            {if measures.is_empty() {
                view! { <p>"Portál zatím nemá plán se zásobníkem projektů."</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=format!("/sprava/planovani?{query}") class="stack">
                        <CsrfField token=csrf />
                        <label for="title">"Co by projekt řešil"</label>
                        <input id="title" name="title" type="text" required maxlength="200" list="signals"
                            value=suggestions.first().cloned().unwrap_or_default() />
                        <datalist id="signals">
                            {suggestions.into_iter().map(|s| view! { <option value=s></option> }).collect_view()}
                        </datalist>
                        <label for="measure">"Opatření plánu"</label>
                        <select id="measure" name="measure">
                            {measures.into_iter().map(|(code, title)| view! { <option value=code>{title}</option> }).collect_view()}
                        </select>
                        <button type="submit" class="button">"Přidat námět do zásobníku"</button>
                    </form>
                }
                .into_any()
            }}
        </section>
    }
}

/// The filter form: a GET form to the same page.
#[component]
fn Filters(report: NeedsReport) -> impl IntoView {
    let audience = report.audience.as_ref().map(|a| a.slug.as_str().to_owned());
    let municipality = report.municipality.as_ref().map(|m| m.code.to_string());
    view! {
        <form method="get" action="/sprava/planovani" class="filters-inline">
            <label for="od">"Od"</label>
            <input id="od" name="od" type="date" value=report.period.from.to_string() />
            <label for="do">"Do"</label>
            <input id="do" name="do" type="date" value=report.period.to.to_string() />
            <label for="pro">"Pro koho"</label>
            <select id="pro" name="pro">
                <option value="">"Všichni"</option>
                {report.audiences.into_iter().map(|a| {
                    let selected = audience.as_deref() == Some(a.slug.as_str());
                    view! { <option value=a.slug.as_str().to_owned() selected=selected>{a.name}</option> }
                }).collect_view()}
            </select>
            <label for="obec">"Obec"</label>
            <select id="obec" name="obec">
                <option value="">"Všechny obce"</option>
                {report.municipalities.into_iter().map(|m| {
                    let code = m.code.to_string();
                    let selected = municipality.as_deref() == Some(code.as_str());
                    view! { <option value=code selected=selected>{m.name}</option> }
                }).collect_view()}
            </select>
            <button type="submit" class="button secondary">"Zobrazit"</button>
        </form>
    }
}

/// The report's sections; `csv`: the query of its CSV links (staff only).
#[component]
pub fn Sections(report: NeedsReport, csv: Option<String>) -> impl IntoView {
    view! {
        <h2>"Signály v čase"</h2>
        <WeeklyTable report=report.clone() csv=csv.clone() />
        <h2>"Co obyvatelé hledali a nenašli"</h2>
        <RankedTable caption="Hledání bez výsledku" what="Hledaná slova" table=report.searches_empty csv=csv.clone() name="hledani-bez-vysledku" />
        <RankedTable caption="Hledání s jedním nebo dvěma výsledky" what="Hledaná slova" table=report.searches_few csv=csv.clone() name="hledani-malo-vysledku" />
        <RankedTable caption="Filtry katalogu bez výsledku" what="Filtry" table=report.filters_empty csv=csv.clone() name="filtry-bez-vysledku" />
        <RankedTable caption="Zprávy „Chybí tu služba“ podle témat" what="Téma" table=report.missing csv=csv.clone() name="chybi-sluzba" />
        <h2>"Průvodce „Potřebuji pomoc“"</h2>
        <WizardTable rows=report.wizard csv=csv.clone() />
        <RankedTable caption="Výsledky průvodce bez služby v obci obyvatele" what="Výsledek – obec" table=report.no_local csv=csv.clone() name="bez-mistni-sluzby" />
        <h2>"Nabídka služeb"</h2>
        <SupplyTables supply=report.supply csv />
    }
}

#[component]
fn PrintedReport(report: NeedsReport) -> impl IntoView {
    let period = format!(
        "{} – {}",
        report.period.from.czech(),
        report.period.to.czech()
    );
    let scope = [
        report.audience.as_ref().map(|a| a.name.clone()),
        report.municipality.as_ref().map(|m| m.name.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    view! {
        <Title text="Analýza potřeb – podklad pro plán" />
        <article class="report print-sheet" aria-labelledby="report-heading">
            <p class="no-print"><a href=format!("/sprava/planovani?{}", report.query())>"Zpět na analýzu"</a></p>
            <h1 id="report-heading">"Analýza potřeb: co obyvatelé hledali a nenašli"</h1>
            <p><strong>"Období: "</strong>{period}{(!scope.is_empty()).then(|| format!("; {scope}"))}</p>
            <h2>"Metoda"</h2>
            <p>"Portál sociálních služeb počítá po dnech hledání bez výsledku nebo s jedním či dvěma výsledky, "
                "filtry katalogu bez výsledku, kroky průvodce „Potřebuji pomoc“ (kde lidé nenašli svou situaci, "
                "k jakému výsledku došli a zda v jejich obci působí některá z doporučených služeb) a zprávy "
                "„Chybí tu služba“ podle témat. Neukládá nic, co by určilo člověka nebo spojilo dva jeho kroky; "
                "co se v období objevilo méně než pětkrát, se neuvádí. Nabídka služeb vychází z katalogu "
                "(registr poskytovatelů MPSV) a obyvatelstvo ze Sčítání 2021 (ČSÚ)."</p>
            <Sections report csv=None />
        </article>
    }
}
