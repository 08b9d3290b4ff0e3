//! Counted signals read back for planners: weekly totals per kind, and each kind's subjects
//! ranked, where a subject counted fewer than [`MIN_SHOWN`] times in the period is never shown
//! (only added to the "fewer than five" remainder).

use super::{Day, SignalKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A subject counted fewer times than this in a period is not shown.
pub const MIN_SHOWN: u64 = 5;

/// A period's total of one kind on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTotal {
    pub day: Day,
    pub kind: SignalKind,
    pub count: u64,
}

/// A period's total of one kind and subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectTotal {
    pub kind: SignalKind,
    pub subject: String,
    pub count: u64,
}

/// What a period's signals add up to, as the store reads them: the totals per day and kind,
/// and per kind and subject those counted at least [`MIN_SHOWN`] times — every subject of the
/// kinds [`SignalKind::listed_whole`] — so a year of a national portal's rare searches never
/// leaves the database.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub days: Vec<DayTotal>,
    pub subjects: Vec<SubjectTotal>,
}

/// The days a report covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// A kind's subjects, most counted first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ranked {
    pub rows: Vec<(String, u64)>,
    /// Counted under subjects seen fewer than [`MIN_SHOWN`] times, which are not shown.
    pub hidden: u64,
}

impl Tally {
    /// Every week of the period that counted something, oldest first.
    pub fn weekly(&self) -> Vec<WeekRow> {
        let mut weeks: BTreeMap<Day, Vec<u64>> = BTreeMap::new();
        for total in &self.days {
            let counts = weeks
                .entry(total.day.week_start())
                .or_insert_with(|| vec![0; SignalKind::ALL.len()]);
            let at = SignalKind::ALL
                .iter()
                .position(|k| *k == total.kind)
                .unwrap_or(0);
            counts[at] += total.count;
        }
        weeks
            .into_iter()
            .map(|(week, counts)| WeekRow { week, counts })
            .collect()
    }

    /// How many of `kind` the period counted.
    pub fn total(&self, kind: SignalKind) -> u64 {
        self.days
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.count)
            .sum()
    }

    /// The subjects of `kind` read, however rare: for kinds listed whole.
    pub fn totals(&self, kind: SignalKind) -> HashMap<&str, u64> {
        let mut totals = HashMap::new();
        for s in self.subjects.iter().filter(|s| s.kind == kind) {
            *totals.entry(s.subject.as_str()).or_default() += s.count;
        }
        totals
    }

    /// The subjects of `kind` seen at least [`MIN_SHOWN`] times, most first (ties in subject
    /// order); the rest of the kind's total is `hidden`.
    pub fn ranked(&self, kind: SignalKind) -> Ranked {
        let mut rows: Vec<(String, u64)> = self
            .totals(kind)
            .into_iter()
            .filter(|(_, count)| *count >= MIN_SHOWN)
            .map(|(subject, count)| (subject.to_owned(), count))
            .collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let shown: u64 = rows.iter().map(|(_, n)| n).sum();
        Ranked {
            hidden: self.total(kind).saturating_sub(shown),
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> Day {
        Day::parse(iso).unwrap()
    }

    fn tally(rows: &[(&str, SignalKind, &str, u64)]) -> Tally {
        let mut tally = Tally::default();
        for (iso, kind, subject, count) in rows {
            tally.days.push(DayTotal {
                day: day(iso),
                kind: *kind,
                count: *count,
            });
            tally.subjects.push(SubjectTotal {
                kind: *kind,
                subject: (*subject).into(),
                count: *count,
            });
        }
        tally
    }

    #[test]
    fn a_subject_seen_fewer_than_five_times_is_never_shown() {
        let tally = tally(&[
            ("2026-12-01", SignalKind::SearchEmpty, "kadernik", 3),
            ("2026-12-02", SignalKind::SearchEmpty, "kadernik", 1),
            ("2026-12-02", SignalKind::SearchEmpty, "exekuce", 2),
            ("2026-12-03", SignalKind::SearchEmpty, "exekuce", 3),
            ("2026-12-03", SignalKind::SearchEmpty, "azyl", 9),
            ("2026-12-03", SignalKind::SearchFew, "kadernik", 40),
        ]);
        let ranked = tally.ranked(SignalKind::SearchEmpty);
        assert_eq!(
            ranked.rows,
            vec![("azyl".to_owned(), 9), ("exekuce".to_owned(), 5)]
        );
        assert_eq!(ranked.hidden, 4);
        // Subjects the store left out (rare ones) still count in the remainder.
        let mut unread = tally.clone();
        unread.subjects.retain(|s| s.subject != "kadernik");
        assert_eq!(unread.ranked(SignalKind::SearchEmpty).hidden, 4);
    }

    #[test]
    fn weeks_total_each_kind() {
        let tally = tally(&[
            ("2026-12-07", SignalKind::SearchEmpty, "a", 2),
            ("2026-12-13", SignalKind::SearchEmpty, "b", 3),
            ("2026-12-13", SignalKind::MissingService, "jine", 1),
            ("2026-12-06", SignalKind::SearchEmpty, "a", 7),
        ]);
        let weeks = tally.weekly();
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].week.to_string(), "2026-11-30");
        assert_eq!(weeks[0].counts[0], 7);
        assert_eq!(weeks[1].counts[0], 5);
        assert_eq!(weeks[1].counts[7], 1);
        assert_eq!(tally.totals(SignalKind::SearchEmpty)["a"], 9);
    }

    #[test]
    fn periods_from_a_form_keep_their_order() {
        let default = Period::last(day("2026-12-07"), 7);
        assert_eq!(default.from.to_string(), "2026-12-01");
        let swapped = Period::from_form(Some("2026-12-31"), Some("2026-01-01"), default);
        assert_eq!(swapped.from.to_string(), "2026-01-01");
        let kept = Period::from_form(Some("nesmysl"), None, default);
        assert_eq!(kept, default);
        assert!(kept.contains(day("2026-12-04")));
    }
}
