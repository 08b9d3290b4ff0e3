//! The yearly action plan (akční plán: which activities are carried on in one year, by which
//! task, for how much) and the project pool (zásobník projektů: ideas waiting for money or a
//! partner, each under a measure of the plan).

use super::{Plan, PlanError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionYear {
    pub year: u16,
    pub items: Vec<ActionItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// The code of the plan's activity this task carries on.
    pub activity: String,
    pub task: String,
    /// Czech crowns in this year; `None` when it costs nothing extra.
    pub budget_czk: Option<u64>,
}

impl ActionYear {
    pub fn budget_czk(&self) -> u64 {
        self.items.iter().filter_map(|i| i.budget_czk).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub title: String,
    pub submitter: String,
    /// The code of the measure (or priority) the project would serve.
    pub measure: String,
    pub budget_czk: Option<u64>,
    pub state: ProjectState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectState {
    /// An idea the working group agreed to keep.
    Namet,
    /// Prepared, waiting for a call for funding.
    Pripraveny,
    /// Submitted for funding.
    Podany,
}

impl ProjectState {
    /// The stable name data files use.
    pub fn slug(self) -> &'static str {
        match self {
            ProjectState::Namet => "namet",
            ProjectState::Pripraveny => "pripraveny",
            ProjectState::Podany => "podany",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ProjectState::Namet => "námět",
            ProjectState::Pripraveny => "připravený",
            ProjectState::Podany => "podaná žádost",
        }
    }
}

impl Plan {
    /// The action plan of `year`, else the latest one before it, else the first.
    pub fn action_plan(&self, year: u16) -> Option<&ActionYear> {
        self.action_plans
            .iter()
            .filter(|a| a.year <= year)
            .max_by_key(|a| a.year)
            .or_else(|| self.action_plans.iter().min_by_key(|a| a.year))
    }
}

/// Every year inside the period and once; every task names an activity running that year;
/// every project a code of the plan.
pub(super) fn check(plan: &Plan) -> Result<(), PlanError> {
    let mut years = std::collections::HashSet::new();
    for year in &plan.action_plans {
        let inside = (plan.from_year..=plan.to_year).contains(&year.year);
        if !inside || !years.insert(year.year) {
            return Err(PlanError::ActionYear(year.year));
        }
        for item in &year.items {
            let runs = plan
                .activity(&item.activity)
                .is_some_and(|a| (a.from_year..=a.to_year).contains(&year.year));
            if !runs {
                return Err(PlanError::UnknownCode(
                    format!("akční plán {}", year.year),
                    item.activity.clone(),
                ));
            }
        }
    }
    match plan.projects.iter().find(|p| !plan.has_code(&p.measure)) {
        Some(p) => Err(PlanError::UnknownCode(
            format!("projekt „{}“", p.title),
            p.measure.clone(),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::tests::plan;

    fn item(activity: &str, budget: Option<u64>) -> ActionItem {
        ActionItem {
            activity: activity.into(),
            task: "úkol".into(),
            budget_czk: budget,
        }
    }

    #[test]
    fn an_action_year_names_running_activities_inside_the_period() {
        let mut plan = plan();
        plan.action_plans = vec![
            ActionYear {
                year: 2027,
                items: vec![item("1.1.1", Some(50_000)), item("1.1.2", None)],
            },
            ActionYear {
                year: 2028,
                items: vec![item("1.1.3", Some(20_000))],
            },
        ];
        assert_eq!(plan.check(), Ok(()));
        assert_eq!(plan.action_plan(2027).unwrap().budget_czk(), 50_000);
        assert_eq!(plan.action_plan(2029).unwrap().year, 2028);
        assert_eq!(plan.action_plan(2020).unwrap().year, 2027);

        let mut unknown = plan.clone();
        unknown.action_plans[0].items.push(item("9.9.9", None));
        assert!(matches!(unknown.check(), Err(PlanError::UnknownCode(_, c)) if c == "9.9.9"));
        let mut not_running = plan.clone();
        not_running.action_plans[1].year = 2029;
        assert!(matches!(
            not_running.check(),
            Err(PlanError::UnknownCode(..))
        ));
        let mut twice = plan;
        twice.action_plans[1].year = 2027;
        twice.action_plans[1].items.clear();
        assert_eq!(twice.check(), Err(PlanError::ActionYear(2027)));
    }

    #[test]
    fn a_project_serves_a_measure_of_the_plan() {
        let mut plan = plan();
        plan.projects = vec![Project {
            title: "Sdílené auto".into(),
            submitter: "Charita".into(),
            measure: "1.1".into(),
            budget_czk: Some(600_000),
            state: ProjectState::Namet,
        }];
        assert_eq!(plan.check(), Ok(()));
        plan.projects[0].measure = "7.1".into();
        assert!(matches!(plan.check(), Err(PlanError::UnknownCode(_, c)) if c == "7.1"));
    }
}
