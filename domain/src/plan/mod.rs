//! The medium-term plan of social services (střednědobý plán): its period and vision, the
//! priorities, their measures and the activities that carry them out, each with an owner, years,
//! a budget, a status and indicators. `chart` draws its progress as SVG on the server, with the
//! same numbers in a table beside it for screen readers.

mod chart;
mod groups;
mod yearly;

pub use chart::{indicator_chart, percent, status_chart};
pub use groups::{Meeting, WorkingGroup};
pub use yearly::{ActionItem, ActionYear, Project, ProjectState};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub title: String,
    pub from_year: u16,
    pub to_year: u16,
    pub vision: String,
    pub priorities: Vec<Priority>,
    /// Analyses and plans to download.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// The yearly action plans: what is done of the activities in one year, for how much.
    #[serde(default)]
    pub action_plans: Vec<ActionYear>,
    /// Projects waiting for money or a partner (zásobník projektů).
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub working_groups: Vec<WorkingGroup>,
}

/// A file to download, kept under `/dokumenty/` by the portal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: String,
    /// The file's name under `/dokumenty/`: lowercase letters, digits and dashes, then `.pdf`,
    /// `.csv` or `.docx`.
    pub file: String,
    pub size_bytes: u64,
}

impl Document {
    /// `PDF`, from the file's name.
    pub fn format(&self) -> String {
        self.file
            .rsplit_once('.')
            .map_or(String::new(), |(_, ext)| ext.to_ascii_uppercase())
    }

    pub fn href(&self) -> String {
        format!("/dokumenty/{}", self.file)
    }

    fn safe_name(&self) -> bool {
        let Some((stem, ext)) = self.file.rsplit_once('.') else {
            return false;
        };
        !stem.is_empty()
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && matches!(ext, "pdf" | "csv" | "docx")
    }
}

/// `1,2 MB`, `768 B`, `12 kB`: a file's size for people.
pub fn file_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} kB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1e6).replace('.', ","),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub code: String,
    pub title: String,
    pub measures: Vec<Measure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub activities: Vec<Activity>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub code: String,
    pub title: String,
    pub owner: String,
    pub from_year: u16,
    pub to_year: u16,
    /// Czech crowns for the whole period; `None` when it costs nothing extra.
    pub budget_czk: Option<u64>,
    pub status: ActivityStatus,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityStatus {
    Planovana,
    Probiha,
    Splnena,
    Zrusena,
}

impl ActivityStatus {
    pub const ALL: [ActivityStatus; 4] = [
        ActivityStatus::Planovana,
        ActivityStatus::Probiha,
        ActivityStatus::Splnena,
        ActivityStatus::Zrusena,
    ];

    /// The value the data files and CSS classes use (serde's kebab-case name).
    pub fn slug(self) -> &'static str {
        match self {
            ActivityStatus::Planovana => "planovana",
            ActivityStatus::Probiha => "probiha",
            ActivityStatus::Splnena => "splnena",
            ActivityStatus::Zrusena => "zrusena",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ActivityStatus::Planovana => "plánovaná",
            ActivityStatus::Probiha => "probíhá",
            ActivityStatus::Splnena => "splněná",
            ActivityStatus::Zrusena => "zrušená",
        }
    }

    /// Bar colours, each with at least 3:1 against white (WCAG 1.4.11 for graphics).
    pub(crate) fn colour(self) -> &'static str {
        match self {
            ActivityStatus::Planovana => "#5c6670",
            ActivityStatus::Probiha => "#1d4f91",
            ActivityStatus::Splnena => "#0b5e55",
            ActivityStatus::Zrusena => "#a4262c",
        }
    }
}

/// What an activity measures: a target and what has been reached so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub name: String,
    pub target: u32,
    pub achieved: u32,
}

/// Why a plan from a data file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("období plánu končí dřív, než začne")]
    Period,
    #[error("aktivita {0} leží mimo období plánu")]
    ActivityYears(String),
    #[error("kód {0} se v plánu opakuje")]
    DuplicateCode(String),
    #[error("akční plán na rok {0} leží mimo období plánu nebo se opakuje")]
    ActionYear(u16),
    #[error("{0} odkazuje na kód {1}, který plán nemá")]
    UnknownCode(String, String),
    #[error("pracovní skupina {0}: {1}")]
    Group(String, String),
    #[error(
        "dokument „{0}“ nemá bezpečný název souboru (písmena, číslice, pomlčky; .pdf, .csv, .docx)"
    )]
    DocumentName(String),
}

impl Plan {
    pub fn check(&self) -> Result<(), PlanError> {
        if self.to_year < self.from_year {
            return Err(PlanError::Period);
        }
        let minutes = self
            .working_groups
            .iter()
            .flat_map(|g| g.meetings.iter().filter_map(|m| m.minutes.as_ref()));
        if let Some(bad) = self
            .documents
            .iter()
            .chain(minutes)
            .find(|d| !d.safe_name())
        {
            return Err(PlanError::DocumentName(bad.file.clone()));
        }
        let mut codes = std::collections::HashSet::new();
        for priority in &self.priorities {
            let measures = priority.measures.iter();
            let activities = priority.measures.iter().flat_map(|m| m.activities.iter());
            for code in std::iter::once(&priority.code)
                .chain(measures.map(|m| &m.code))
                .chain(activities.clone().map(|a| &a.code))
            {
                if !codes.insert(code.clone()) {
                    return Err(PlanError::DuplicateCode(code.clone()));
                }
            }
            for a in activities {
                if a.from_year < self.from_year
                    || a.to_year > self.to_year
                    || a.to_year < a.from_year
                {
                    return Err(PlanError::ActivityYears(a.code.clone()));
                }
            }
        }
        yearly::check(self)?;
        groups::check(&self.working_groups)
    }

    /// Whether a priority, measure or activity has this code.
    pub fn has_code(&self, code: &str) -> bool {
        self.priorities.iter().any(|p| {
            p.code == code
                || p.measures
                    .iter()
                    .any(|m| m.code == code || m.activities.iter().any(|a| a.code == code))
        })
    }

    pub fn activity(&self, code: &str) -> Option<&Activity> {
        self.activities().find(|a| a.code == code)
    }

    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.priorities
            .iter()
            .flat_map(|p| p.measures.iter().flat_map(|m| m.activities.iter()))
    }

    /// How many activities are in each state, in the order of `ActivityStatus::ALL`.
    pub fn status_counts(&self) -> Vec<(ActivityStatus, usize)> {
        ActivityStatus::ALL
            .into_iter()
            .map(|s| (s, self.activities().filter(|a| a.status == s).count()))
            .collect()
    }

    pub fn budget_czk(&self) -> u64 {
        self.activities().filter_map(|a| a.budget_czk).sum()
    }
}

/// `1 250 000 Kč`.
pub fn crowns(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    format!("{out}\u{a0}Kč")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn activity(code: &str, status: ActivityStatus) -> Activity {
        Activity {
            code: code.into(),
            title: "Aktivita".into(),
            owner: "Město Písek".into(),
            from_year: 2027,
            to_year: 2028,
            budget_czk: Some(100_000),
            status,
            indicators: vec![Indicator {
                name: "klienti".into(),
                target: 40,
                achieved: 30,
            }],
        }
    }

    pub(crate) fn plan() -> Plan {
        Plan {
            title: "Plán".into(),
            from_year: 2027,
            to_year: 2029,
            vision: "Písecko".into(),
            documents: vec![Document {
                title: "Plán".into(),
                file: "plan-2027.pdf".into(),
                size_bytes: 12_300,
            }],
            action_plans: Vec::new(),
            projects: Vec::new(),
            working_groups: Vec::new(),
            priorities: vec![Priority {
                code: "1".into(),
                title: "Senioři".into(),
                measures: vec![Measure {
                    code: "1.1".into(),
                    title: "Péče doma".into(),
                    activities: vec![
                        activity("1.1.1", ActivityStatus::Probiha),
                        activity("1.1.2", ActivityStatus::Splnena),
                        activity("1.1.3", ActivityStatus::Probiha),
                    ],
                }],
            }],
        }
    }

    #[test]
    fn a_plan_counts_its_activities_and_refuses_what_does_not_fit() {
        let plan = plan();
        assert_eq!(plan.check(), Ok(()));
        assert_eq!(
            plan.status_counts(),
            vec![
                (ActivityStatus::Planovana, 0),
                (ActivityStatus::Probiha, 2),
                (ActivityStatus::Splnena, 1),
                (ActivityStatus::Zrusena, 0)
            ]
        );
        assert_eq!(crowns(plan.budget_czk()), "300\u{a0}000\u{a0}Kč");
        let mut late = plan.clone();
        late.priorities[0].measures[0].activities[0].to_year = 2031;
        assert_eq!(late.check(), Err(PlanError::ActivityYears("1.1.1".into())));
        let mut unsafe_name = plan.clone();
        unsafe_name.documents[0].file = "../plan.html".into();
        assert!(matches!(
            unsafe_name.check(),
            Err(PlanError::DocumentName(_))
        ));
        assert_eq!(plan.documents[0].format(), "PDF");
        assert_eq!(file_size(plan.documents[0].size_bytes), "13 kB");
        assert_eq!(file_size(768), "768 B");
        assert_eq!(file_size(1_250_000), "1,2 MB");
        let mut twice = plan;
        twice.priorities[0].measures[0].activities[1].code = "1.1.1".into();
        assert_eq!(twice.check(), Err(PlanError::DuplicateCode("1.1.1".into())));
    }

    #[test]
    fn status_slugs_are_the_data_files_names() {
        for status in ActivityStatus::ALL {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.slug()));
        }
    }
}
