//! Counted signals read back for planners: weekly totals per kind, and each kind's subjects
//! ranked, where a subject counted fewer than [`MIN_SHOWN`] times in the period is never shown
//! (only added to the "fewer than five" remainder).

use super::{Day, SignalKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A subject counted fewer times than this in a period is not shown.
pub const MIN_SHOWN: u64 = 5;

/// One stored row: a day's count of one kind and subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalCount {
    pub day: Day,
    pub kind: SignalKind,
    pub subject: String,
    pub count: u64,
}

/// The days a report covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: Day,
    pub to: Day,
}

impl Period {
    /// The last `days` days up to `today`.
    pub fn last(today: Day, days: i32) -> Period {
        Period {
            from: today.plus(1 - days),
            to: today,
        }
    }

    /// `od`/`do` as a form sent them (ISO days); a missing or unreadable end keeps `default`'s,
    /// and ends given the wrong way round are swapped.
    pub fn from_form(from: Option<&str>, to: Option<&str>, default: Period) -> Period {
        let from = from.and_then(Day::parse).unwrap_or(default.from);
        let to = to.and_then(Day::parse).unwrap_or(default.to);
        Period {
            from: from.min(to),
            to: from.max(to),
        }
    }

    pub fn contains(self, day: Day) -> bool {
        (self.from..=self.to).contains(&day)
    }
}

/// One week's totals, one per kind in [`SignalKind::ALL`]'s order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekRow {
    pub week: Day,
    pub counts: Vec<u64>,
}

/// Every week of the period that counted something, oldest first.
pub fn weekly(rows: &[SignalCount]) -> Vec<WeekRow> {
    let mut weeks: BTreeMap<Day, Vec<u64>> = BTreeMap::new();
    for row in rows {
        let counts = weeks
            .entry(row.day.week_start())
            .or_insert_with(|| vec![0; SignalKind::ALL.len()]);
        let at = SignalKind::ALL
            .iter()
            .position(|k| *k == row.kind)
            .unwrap_or(0);
        counts[at] += row.count;
    }
    weeks
        .into_iter()
        .map(|(week, counts)| WeekRow { week, counts })
        .collect()
}

/// A kind's subjects, most counted first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ranked {
    pub rows: Vec<(String, u64)>,
    /// Counted under subjects seen fewer than [`MIN_SHOWN`] times, which are not shown.
    pub hidden: u64,
}

/// Every subject of `kind` in `rows` totalled over the rows' days, however rare: for subjects
/// that are names from the portal's own lists (wizard steps, topics).
pub fn totals(rows: &[SignalCount], kind: SignalKind) -> HashMap<String, u64> {
    let mut totals: HashMap<String, u64> = HashMap::new();
    for row in rows.iter().filter(|r| r.kind == kind) {
        *totals.entry(row.subject.clone()).or_default() += row.count;
    }
    totals
}

/// The subjects of `kind` in `rows`, totalled over the rows' days; ties in subject order.
pub fn ranked(rows: &[SignalCount], kind: SignalKind) -> Ranked {
    let mut ranked = Ranked::default();
    for (subject, count) in totals(rows, kind) {
        if count >= MIN_SHOWN {
            ranked.rows.push((subject, count));
        } else {
            ranked.hidden += count;
        }
    }
    ranked
        .rows
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(day: &str, kind: SignalKind, subject: &str, count: u64) -> SignalCount {
        SignalCount {
            day: Day::parse(day).unwrap(),
            kind,
            subject: subject.into(),
            count,
        }
    }

    #[test]
    fn a_subject_seen_fewer_than_five_times_is_never_shown() {
        let rows = [
            row("2026-12-01", SignalKind::SearchEmpty, "kadernik", 3),
            row("2026-12-02", SignalKind::SearchEmpty, "kadernik", 1),
            row("2026-12-02", SignalKind::SearchEmpty, "exekuce", 2),
            row("2026-12-03", SignalKind::SearchEmpty, "exekuce", 3),
            row("2026-12-03", SignalKind::SearchEmpty, "azyl", 9),
            row("2026-12-03", SignalKind::SearchFew, "kadernik", 40),
        ];
        let ranked = ranked(&rows, SignalKind::SearchEmpty);
        assert_eq!(
            ranked.rows,
            vec![("azyl".to_owned(), 9), ("exekuce".to_owned(), 5)]
        );
        assert_eq!(ranked.hidden, 4);
    }

    #[test]
    fn weeks_total_each_kind() {
        let rows = [
            row("2026-12-07", SignalKind::SearchEmpty, "a", 2),
            row("2026-12-13", SignalKind::SearchEmpty, "b", 3),
            row("2026-12-13", SignalKind::MissingService, "jine", 1),
            row("2026-12-06", SignalKind::SearchEmpty, "a", 7),
        ];
        let weeks = weekly(&rows);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].week.to_string(), "2026-11-30");
        assert_eq!(weeks[0].counts[0], 7);
        assert_eq!(weeks[1].counts[0], 5);
        assert_eq!(weeks[1].counts[7], 1);
    }

    #[test]
    fn periods_from_a_form_keep_their_order() {
        let default = Period::last(Day::parse("2026-12-07").unwrap(), 7);
        assert_eq!(default.from.to_string(), "2026-12-01");
        let swapped = Period::from_form(Some("2026-12-31"), Some("2026-01-01"), default);
        assert_eq!(swapped.from.to_string(), "2026-01-01");
        let kept = Period::from_form(Some("nesmysl"), None, default);
        assert_eq!(kept, default);
        assert!(kept.contains(Day::parse("2026-12-04").unwrap()));
    }
}
