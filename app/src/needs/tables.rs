//! The report's tables, shared by the planners' page, its printed report and the public page.
//! Each has its caption and, for staff, the link to its CSV file.

use domain::needs::SignalKind;
use domain::needs::report::MIN_SHOWN;
use domain::needs::supply::{Supply, capacity_rates, capacity_totals, per_thousand};
use domain::needs::view::{NeedsReport, Table, WizardRow};
use leptos::prelude::*;

/// The CSV link of a table, when the page offers them.
fn csv_link(csv: Option<String>, name: &'static str) -> impl IntoView {
    csv.map(|query| {
        view! {
            <p class="no-print"><a href=format!("/sprava/planovani/{name}.csv?{query}")>"Stáhnout tabulku (CSV)"</a></p>
        }
    })
}

/// A table that wide screens show whole and phones scroll, the keyboard too.
#[component]
fn Scroll(label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">{children()}</div>
    }
}

#[component]
pub fn WeeklyTable(report: NeedsReport, csv: Option<String>) -> impl IntoView {
    if report.weekly.is_empty() {
        return view! { <p>"V tomto období portál nezaznamenal nic, co by obyvatelé nenašli."</p> }
            .into_any();
    }
    let kinds: Vec<SignalKind> = SignalKind::ALL.to_vec();
    view! {
        <Scroll label="Signály po týdnech".into()>
            <table class="admin-table numbers">
                <caption>"Signály po týdnech"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Týden od"</th>
                        {kinds.iter().map(|k| view! { <th scope="col">{k.label()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {report
                        .weekly
                        .into_iter()
                        .map(|w| view! {
                            <tr>
                                <th scope="row">{w.week.czech()}</th>
                                {w.counts.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Scroll>
        {csv_link(csv, "tydny")}
    }
    .into_any()
}

/// A ranked table of one kind of signal.
#[component]
pub fn RankedTable(
    caption: &'static str,
    what: &'static str,
    table: Table,
    csv: Option<String>,
    name: &'static str,
) -> impl IntoView {
    let hidden = (table.hidden > 0).then(|| {
        view! {
            <p class="muted">{format!(
                "Dalších {} případů připadá na hledání viděná méně než {MIN_SHOWN}×; ta se neukazují.",
                table.hidden
            )}</p>
        }
    });
    if table.rows.is_empty() {
        return view! {
            <h3>{caption}</h3>
            <p>{format!("Nic, co by se v tomto období opakovalo aspoň {MIN_SHOWN}×.")}</p>
            {hidden}
        }
        .into_any();
    }
    view! {
        <Scroll label=caption.to_owned()>
            <table class="admin-table">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{what}</th><th scope="col">"Kolikrát"</th></tr></thead>
                <tbody>
                    {table
                        .rows
                        .into_iter()
                        .map(|r| view! {
                            <tr>
                                <td>{match r.href {
                                    Some(href) => view! { <a href=href>{r.label}</a> }.into_any(),
                                    None => r.label.into_any(),
                                }}</td>
                                <td class="number">{r.count}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Scroll>
        {hidden}
        {csv_link(csv, name)}
    }
    .into_any()
}

#[component]
pub fn WizardTable(rows: Vec<WizardRow>, csv: Option<String>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>"Průvodce v tomto období nikdo neprošel."</p> }.into_any();
    }
    view! {
        <Scroll label="Průvodce po krocích".into()>
            <table class="admin-table">
                <caption>"Průvodce „Potřebuji pomoc“ po krocích"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Krok"</th>
                        <th scope="col">"Zobrazen / dosažen"</th>
                        <th scope="col">"Nenašli svou situaci / bez služby v obci"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| view! {
                            <tr>
                                <td>
                                    <a href=r.href>{r.title}</a>
                                    " "<span class="muted">{if r.outcome { "(výsledek)" } else { "(otázka)" }}</span>
                                </td>
                                <td class="number">{r.seen}</td>
                                <td class="number">{r.unmet}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Scroll>
        {csv_link(csv, "pruvodce")}
    }
    .into_any()
}

#[component]
pub fn SupplyTables(supply: Supply, csv: Option<String>) -> impl IntoView {
    let people = supply.people;
    let ages = supply.ages.label();
    let who = match people {
        Some(n) => format!("Počítáno na 1 000 obyvatel: {ages}, v obcích portálu {n}."),
        None => "Obyvatelstvo zatím nebylo načteno (server import-population), proto bez přepočtu na 1 000 obyvatel.".to_owned(),
    };
    let rate = move |n: u64| per_thousand(n, people).unwrap_or_else(|| "–".into());
    view! {
        <p>{who}</p>
        <Scroll label="Služby podle druhu".into()>
            <table class="admin-table">
                <caption>"Služby a registrovaná kapacita podle druhu"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Druh služby"</th>
                        <th scope="col">"Služeb"</th>
                        <th scope="col">"Na 1 000"</th>
                        <th scope="col">"Kapacita (nejvýše)"</th>
                        <th scope="col">"Kapacita na 1 000"</th>
                    </tr>
                </thead>
                <tbody>
                    {supply
                        .by_type
                        .into_iter()
                        .map(|t| {
                            let capacity = capacity_totals(&t.capacities);
                            let capacity_rate = capacity_rates(&t.capacities, people);
                            view! {
                                <tr>
                                    <th scope="row">{t.service_type.map_or("(druh neuveden)", |s| s.label())}</th>
                                    <td class="number">{t.services}</td>
                                    <td class="number">{rate(t.services)}</td>
                                    <td>{capacity}</td>
                                    <td>{capacity_rate}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Scroll>
        {csv_link(csv, "nabidka")}
        <Scroll label="Služby v obcích".into()>
            <table class="admin-table">
                <caption>"Služby dostupné v obcích (místo nebo terénní působnost)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Obec"</th>
                        <th scope="col">"Obyvatel"</th>
                        <th scope="col">"Služeb"</th>
                        <th scope="col">"Na 1 000"</th>
                    </tr>
                </thead>
                <tbody>
                    {supply
                        .by_municipality
                        .into_iter()
                        .map(|m| view! {
                            <tr>
                                <th scope="row">{m.municipality.name}</th>
                                <td class="number">{m.people.map_or_else(|| "–".to_owned(), |p| p.to_string())}</td>
                                <td class="number">{m.services}</td>
                                <td class="number">{per_thousand(m.services, m.people).unwrap_or_else(|| "–".into())}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </Scroll>
        <h3>"Obce, kam nedojíždí žádná terénní služba daného druhu"</h3>
        {if supply.field_gaps.is_empty() {
            view! { <p>"Každou obec portálu dosáhne terénní služba každého druhu, který v okrese působí."</p> }.into_any()
        } else {
            view! {
                <dl class="gaps">
                    {supply
                        .field_gaps
                        .into_iter()
                        .map(|g| view! {
                            <dt>
                                {g.service_type.label()}" ("{g.unreached.len()}" obcí) – "
                                <a href=format!("/mapa/pokryti?druh={}", g.service_type.slug())>"na mapě pokrytí"</a>
                            </dt>
                            <dd>{g.unreached.into_iter().map(|m| m.name).collect::<Vec<_>>().join(", ")}</dd>
                        })
                        .collect_view()}
                </dl>
            }
            .into_any()
        }}
    }
}
