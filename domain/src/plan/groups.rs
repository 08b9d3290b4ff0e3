//! Working groups of community planning: who takes part (organisations, not people), when they
//! met and the minutes of each meeting.

use super::{Document, PlanError};
use crate::news::LocalDateTime;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    /// The anchor on the groups' page: lowercase letters, digits and dashes.
    pub slug: String,
    pub name: String,
    pub focus: String,
    pub coordinator: String,
    /// Member organisations.
    pub members: Vec<String>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub place: String,
    /// The minutes, once written.
    #[serde(default)]
    pub minutes: Option<Document>,
}

impl WorkingGroup {
    /// Meetings, the latest first.
    pub fn meetings_latest_first(&self) -> Vec<&Meeting> {
        let mut meetings: Vec<_> = self.meetings.iter().collect();
        meetings.sort_by(|a, b| b.date.cmp(&a.date));
        meetings
    }
}

pub(super) fn check(groups: &[WorkingGroup]) -> Result<(), PlanError> {
    let mut slugs = std::collections::HashSet::new();
    for group in groups {
        let fail = |why: &str| Err(PlanError::Group(group.name.clone(), why.to_owned()));
        let slug_ok = !group.slug.is_empty()
            && group
                .slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !slug_ok || !slugs.insert(group.slug.as_str()) {
            return fail("adresa skupiny chybí, opakuje se nebo má jiné znaky než a–z, 0–9 a -");
        }
        if group.members.is_empty() {
            return fail("skupina nemá žádné členy");
        }
        if let Some(bad) = group
            .meetings
            .iter()
            .find(|m| LocalDateTime::parse(&format!("{}T00:00", m.date)).is_err())
        {
            return fail(&format!(
                "datum schůzky „{}“ není ve tvaru RRRR-MM-DD",
                bad.date
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::tests::plan;

    fn group(slug: &str) -> WorkingGroup {
        WorkingGroup {
            slug: slug.into(),
            name: "Senioři".into(),
            focus: "péče doma".into(),
            coordinator: "Město Písek".into(),
            members: vec!["Charita".into()],
            meetings: vec![
                Meeting {
                    date: "2026-03-10".into(),
                    place: "radnice".into(),
                    minutes: None,
                },
                Meeting {
                    date: "2026-09-15".into(),
                    place: "knihovna".into(),
                    minutes: Some(Document {
                        title: "Zápis".into(),
                        file: "zapis-2026-09.pdf".into(),
                        size_bytes: 900,
                    }),
                },
            ],
        }
    }

    #[test]
    fn groups_have_members_real_dates_and_safe_minutes() {
        let mut plan = plan();
        plan.working_groups = vec![group("seniori"), group("rodiny")];
        assert_eq!(plan.check(), Ok(()));
        assert_eq!(
            plan.working_groups[0].meetings_latest_first()[0].date,
            "2026-09-15"
        );
        let mut same = plan.clone();
        same.working_groups[1].slug = "seniori".into();
        assert!(matches!(same.check(), Err(PlanError::Group(..))));
        let mut bad_date = plan.clone();
        bad_date.working_groups[0].meetings[0].date = "10. 3. 2026".into();
        assert!(matches!(bad_date.check(), Err(PlanError::Group(..))));
        let mut empty = plan.clone();
        empty.working_groups[0].members.clear();
        assert!(matches!(empty.check(), Err(PlanError::Group(..))));
        let mut unsafe_minutes = plan;
        unsafe_minutes.working_groups[0].meetings[1]
            .minutes
            .as_mut()
            .unwrap()
            .file = "zapis.html".into();
        assert!(matches!(
            unsafe_minutes.check(),
            Err(PlanError::DocumentName(_))
        ));
    }
}
