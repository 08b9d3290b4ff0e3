//! The analysis of needs as the pages and the CSV files show it: every table with its rows
//! labelled for people, built once from the signals, the wizard, the topics and the supply.

use super::SignalKind;
use super::report::{Period, WeekRow};
use super::supply::{Supply, capacity_rates, capacity_totals, per_thousand};
use crate::catalog::{AudienceRef, MunicipalityRef};
use serde::{Deserialize, Serialize};

/// One labelled row: what, where it leads (a catalogue search, a wizard step), how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub label: String,
    pub href: Option<String>,
    pub count: u64,
}

/// A ranked table; `hidden` counts its subjects seen fewer than five times, not shown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Table {
    pub rows: Vec<Row>,
    pub hidden: u64,
}

/// A wizard step with what residents did there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WizardRow {
    pub title: String,
    pub href: String,
    /// Questions: shown by the server; outcomes: reached.
    pub seen: u64,
    /// Questions: "Nenašli jste svou situaci?" followed; outcomes: shown for a municipality
    /// without any of its services.
    pub unmet: u64,
    pub outcome: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedsReport {
    pub period: Period,
    pub audience: Option<AudienceRef>,
    pub audiences: Vec<AudienceRef>,
    pub municipality: Option<MunicipalityRef>,
    pub municipalities: Vec<MunicipalityRef>,
    pub weekly: Vec<WeekRow>,
    pub searches_empty: Table,
    pub searches_few: Table,
    pub filters_empty: Table,
    pub wizard: Vec<WizardRow>,
    pub no_local: Table,
    pub missing: Table,
    pub supply: Supply,
}

/// The tables a report offers as CSV, by the name of their file.
pub const CSV_TABLES: [(&str, &str); 8] = [
    ("tydny", "Signály po týdnech"),
    ("hledani-bez-vysledku", "Hledání bez výsledku"),
    (
        "hledani-malo-vysledku",
        "Hledání s jedním nebo dvěma výsledky",
    ),
    ("filtry-bez-vysledku", "Filtry bez výsledku"),
    ("pruvodce", "Průvodce po krocích"),
    ("bez-mistni-sluzby", "Výsledky průvodce bez služby v obci"),
    ("chybi-sluzba", "Chybějící služby podle témat"),
    ("nabidka", "Nabídka služeb na 1 000 obyvatel"),
];

impl NeedsReport {
    /// The query that shows this report again (`od`, `do`, `pro`: an audience — not the
    /// site's `skupina`, which would change the audience staff browse the site as — `obec`).
    pub fn query(&self) -> String {
        let mut query = format!("od={}&do={}", self.period.from, self.period.to);
        if let Some(a) = &self.audience {
            query.push_str(&format!("&pro={}", a.slug.as_str()));
        }
        if let Some(m) = &self.municipality {
            query.push_str(&format!("&obec={}", m.code));
        }
        query
    }

    /// A table as the rows of a CSV file, its header first; `None` for a name it does not have.
    pub fn csv(&self, table: &str) -> Option<Vec<Vec<String>>> {
        let ranked = |t: &Table, what: &str| {
            let mut rows = vec![vec![what.to_owned(), "počet".to_owned()]];
            rows.extend(
                t.rows
                    .iter()
                    .map(|r| vec![r.label.clone(), r.count.to_string()]),
            );
            rows.push(vec![
                "(každé méně než 5×, neuvedeno)".into(),
                t.hidden.to_string(),
            ]);
            rows
        };
        Some(match table {
            "tydny" => {
                let mut header = vec!["týden od".to_owned()];
                header.extend(SignalKind::ALL.iter().map(|k| k.label().to_owned()));
                let mut rows = vec![header];
                rows.extend(self.weekly.iter().map(|w| {
                    let mut row = vec![w.week.to_string()];
                    row.extend(w.counts.iter().map(u64::to_string));
                    row
                }));
                rows
            }
            "hledani-bez-vysledku" => ranked(&self.searches_empty, "hledaná slova"),
            "hledani-malo-vysledku" => ranked(&self.searches_few, "hledaná slova"),
            "filtry-bez-vysledku" => ranked(&self.filters_empty, "filtry"),
            "bez-mistni-sluzby" => ranked(&self.no_local, "výsledek průvodce – obec"),
            "chybi-sluzba" => ranked(&self.missing, "téma"),
            "pruvodce" => {
                let mut rows = vec![vec![
                    "krok".to_owned(),
                    "druh".to_owned(),
                    "zobrazeno / dosaženo".to_owned(),
                    "nenašli / bez služby v obci".to_owned(),
                ]];
                rows.extend(self.wizard.iter().map(|w| {
                    vec![
                        w.title.clone(),
                        if w.outcome { "výsledek" } else { "otázka" }.to_owned(),
                        w.seen.to_string(),
                        w.unmet.to_string(),
                    ]
                }));
                rows
            }
            "nabidka" => self.supply_rows(),
            _ => return None,
        })
    }

    fn supply_rows(&self) -> Vec<Vec<String>> {
        let people = self.supply.people;
        let mut rows = vec![vec![
            "druh služby".to_owned(),
            "služeb".to_owned(),
            "služeb na 1 000".to_owned(),
            "kapacita".to_owned(),
            "kapacita na 1 000".to_owned(),
        ]];
        for row in &self.supply.by_type {
            let kind = row.service_type.map_or("(neuvedeno)", |t| t.label());
            rows.push(vec![
                kind.to_owned(),
                row.services.to_string(),
                per_thousand(row.services, people).unwrap_or_default(),
                capacity_totals(&row.capacities),
                capacity_rates(&row.capacities, people),
            ]);
        }
        rows
    }
}
