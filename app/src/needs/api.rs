//! The analysis of needs: one report built from the signals, the wizard, the topics and the
//! supply (`build`, also used by the CSV download), for staff with their filters and the
//! proposal form, for everyone aggregated over the last year.

use crate::AppError;
use domain::needs::view::NeedsReport;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The planners' page: the report and the form token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanningData {
    pub report: NeedsReport,
    /// The plan's measures as code and title, for a proposal.
    pub measures: Vec<(String, String)>,
    pub csrf: String,
    /// A proposal just joined the pool, or why it did not.
    pub proposed: Option<Result<String, String>>,
}

/// A signal proposed as a project of the pool.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub measure: String,
}

/// How many days a report covers unless asked otherwise.
#[cfg(feature = "ssr")]
const DEFAULT_DAYS: i32 = 365;

/// A subject's label and link, or `None` to leave it out (a subject this report does not show).
#[cfg(feature = "ssr")]
type Labeller<'a> = dyn Fn(&str) -> Option<(String, Option<String>)> + 'a;

#[cfg(feature = "ssr")]
pub async fn build(
    store: &store::Store,
    query: &str,
    now: i64,
) -> Result<NeedsReport, store::StoreError> {
    use domain::needs::report::Period;
    use domain::needs::view::{Row, Table};
    use domain::needs::{Day, SignalKind};
    let pairs = domain::query::parse_pairs(query).unwrap_or_default();
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    };
    let period = Period::from_form(
        get("od"),
        get("do"),
        Period::last(Day::of(now), DEFAULT_DAYS),
    );
    let audiences = store.audiences().await?;
    let audience = get("pro").and_then(|s| audiences.iter().find(|a| a.slug.as_str() == s));
    let municipalities = store.district_municipalities().await?;
    let municipality = get("obec").and_then(|c| {
        municipalities
            .iter()
            .find(|m| m.code.to_string() == c)
            .cloned()
    });
    let tally = store.signal_tally(period, Day::of(now)).await?;
    let tree = store.wizard_tree().await?;
    let title = |key: &str| {
        tree.as_ref()
            .and_then(|t| t.nodes.iter().find(|n| n.key.as_str() == key))
            .map(|n| match &n.step {
                domain::wizard::Step::Question(q) => q.text.clone(),
                domain::wizard::Step::Outcome(o) => o.title.clone(),
            })
    };
    let table = |kind: SignalKind, label: &Labeller| {
        let ranked = tally.ranked(kind);
        let mut table = Table {
            rows: Vec::new(),
            hidden: ranked.hidden,
        };
        for (subject, count) in ranked.rows {
            match label(&subject) {
                Some((label, href)) => table.rows.push(Row { label, href, count }),
                None => table.hidden += count,
            }
        }
        table
    };
    let search = |s: &str| {
        Some((
            s.to_owned(),
            Some(format!("/sluzby?q={}", s.replace(' ', "+"))),
        ))
    };
    let no_local = |s: &str| {
        let (node, code) = s.split_once(' ')?;
        let place = municipalities.iter().find(|m| m.code.to_string() == code)?;
        if municipality.as_ref().is_some_and(|m| m.code != place.code) {
            return None;
        }
        Some((format!("{} – {}", title(node)?, place.name), None))
    };
    let topics = store.topics().await?;
    let missing = {
        let mut rows: Vec<Row> = tally
            .totals(SignalKind::MissingService)
            .into_iter()
            .map(|(slug, count)| Row {
                label: topics
                    .iter()
                    .find(|t| t.slug.as_str() == slug)
                    .map_or_else(|| "jiné téma".to_owned(), |t| t.name.clone()),
                href: None,
                count,
            })
            .collect();
        rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        Table { rows, hidden: 0 }
    };
    let wizard = wizard_rows(tree.as_ref(), &tally);
    let no_local = table(SignalKind::OutcomeNoLocal, &no_local);
    let mut supply = store.supply(audience).await?;
    if let Some(m) = &municipality {
        supply
            .by_municipality
            .retain(|r| r.municipality.code == m.code);
        for gap in &mut supply.field_gaps {
            gap.unreached.retain(|u| u.code == m.code);
        }
        supply.field_gaps.retain(|g| !g.unreached.is_empty());
    }
    let audience_ref = |a: &domain::Audience| domain::catalog::AudienceRef {
        slug: a.slug.clone(),
        name: a.name.clone(),
    };
    Ok(NeedsReport {
        period,
        audience: audience.map(audience_ref),
        audiences: audiences.iter().map(audience_ref).collect(),
        municipality,
        municipalities: municipalities.clone(),
        weekly: tally.weekly(),
        searches_empty: table(SignalKind::SearchEmpty, &search),
        searches_few: table(SignalKind::SearchFew, &search),
        filters_empty: table(SignalKind::FilterEmpty, &|s: &str| {
            Some((s.replace('&', ", "), Some(format!("/sluzby?{s}"))))
        }),
        wizard,
        no_local,
        missing,
        supply,
    })
}

/// Every step of the wizard residents reached in the period, in the tree's order, with what
/// they did there: a question shown and "not found" followed, an outcome reached and shown for
/// a municipality without its services.
#[cfg(feature = "ssr")]
fn wizard_rows(
    tree: Option<&domain::wizard::WizardTree>,
    tally: &domain::needs::report::Tally,
) -> Vec<domain::needs::view::WizardRow> {
    use domain::needs::SignalKind;
    let Some(tree) = tree else {
        return Vec::new();
    };
    let shown = tally.totals(SignalKind::WizardStep);
    let not_found = tally.totals(SignalKind::WizardNotFound);
    let reached = tally.totals(SignalKind::WizardOutcome);
    let mut no_local: std::collections::HashMap<&str, u64> = Default::default();
    for (subject, count) in tally.totals(SignalKind::OutcomeNoLocal) {
        if let Some((node, _)) = subject.split_once(' ') {
            *no_local.entry(node).or_default() += count;
        }
    }
    let mut hrefs: std::collections::HashMap<&str, String> = Default::default();
    for path in tree.paths() {
        if let Ok(walk) = tree.walk(&path) {
            hrefs.entry(walk.current.key.as_str()).or_insert_with(|| {
                format!("/pomoc/{}", path.join("/"))
                    .trim_end_matches('/')
                    .to_owned()
            });
        }
    }
    tree.nodes
        .iter()
        .filter_map(|node| {
            let key = node.key.as_str();
            let href = hrefs
                .get(key)
                .cloned()
                .unwrap_or_else(|| "/pomoc".to_owned());
            let (title, seen, unmet, outcome) = match &node.step {
                domain::wizard::Step::Question(q) => (
                    q.text.clone(),
                    shown.get(key).copied().unwrap_or(0),
                    not_found.get(key).copied().unwrap_or(0),
                    false,
                ),
                domain::wizard::Step::Outcome(o) => (
                    o.title.clone(),
                    reached.get(key).copied().unwrap_or(0),
                    no_local.get(key).copied().unwrap_or(0),
                    true,
                ),
            };
            (seen + unmet > 0).then_some(domain::needs::view::WizardRow {
                title,
                href,
                seen,
                unmet,
                outcome,
            })
        })
        .collect()
}

#[server(prefix = "/api/sprava")]
pub async fn load_planning(query: String) -> Result<PlanningData, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let report = build(&store, &query, crate::state::now()).await?;
    let measures = store
        .current_plan()
        .await?
        .map(|plan| {
            plan.priorities
                .iter()
                .flat_map(|p| &p.measures)
                .map(|m| (m.code.clone(), format!("{} {}", m.code, m.title)))
                .collect()
        })
        .unwrap_or_default();
    Ok(PlanningData {
        report,
        measures,
        csrf: crate::state::csrf_token()?,
        proposed: None,
    })
}

/// Puts a signal into the plan's project pool as an idea ("námět") under a measure.
#[server(prefix = "/api/sprava/zapis")]
pub async fn propose_project(query: String, form: ProposalForm) -> Result<PlanningData, AppError> {
    use domain::plan::{Project, ProjectState};
    let user = crate::admin::auth::require_staff().await?;
    crate::state::require_csrf()?;
    let title: String = form.title.trim().chars().take(200).collect();
    let outcome = if title.is_empty() {
        Err("Napište prosím, co by projekt řešil.".to_owned())
    } else {
        let project = Project {
            title: title.clone(),
            submitter: format!("Analýza potřeb portálu ({})", user.username),
            measure: form.measure.trim().to_owned(),
            budget_czk: None,
            state: ProjectState::Namet,
        };
        match crate::state::store()?.add_project(project).await {
            Ok(()) => Ok(title),
            Err(store::ProposalError::Store(error)) => return Err(error.into()),
            Err(refused) => Err(format!("Projekt nebyl přidán: {refused}.")),
        }
    };
    let mut data = load_planning(query).await?;
    data.proposed = Some(outcome);
    Ok(data)
}

/// The public summary: the year up to yesterday (whole days, so it is summed once a day), for
/// everyone or one audience.
#[server(prefix = "/api")]
pub async fn load_needs(audience: Option<String>) -> Result<NeedsReport, AppError> {
    let now = crate::state::now();
    let yesterday = domain::needs::Day::of(now).plus(-1);
    let mut query = format!("od={}&do={yesterday}", yesterday.plus(1 - DEFAULT_DAYS));
    if let Some(audience) = audience {
        query.push_str(&format!("&pro={audience}"));
    }
    let store = crate::state::store()?;
    Ok(build(&store, &query, now).await?)
}
