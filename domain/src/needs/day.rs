//! Days as the signals count them: whole UTC days since 1970-01-01, written `2026-12-07`; weeks
//! begin on Monday; signals are kept for at most 25 months.

use crate::admin::date::{civil, iso_date_start};
use serde::{Deserialize, Serialize};

const SECS_PER_DAY: i64 = 86_400;

/// How many whole months before the current one the signals are kept: with the current month,
/// at most 25 months.
pub const KEPT_MONTHS: i64 = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Day(pub i32);

impl Day {
    /// The day a moment (Unix seconds) falls on.
    pub fn of(unix_secs: i64) -> Day {
        Day(unix_secs.div_euclid(SECS_PER_DAY) as i32)
    }

    /// Reads `2026-12-07`.
    pub fn parse(iso: &str) -> Option<Day> {
        iso_date_start(iso.trim()).map(Day::of)
    }

    /// The Monday of its week (1970-01-01 was a Thursday).
    pub fn week_start(self) -> Day {
        Day(self.0 - (self.0 + 3).rem_euclid(7))
    }

    pub fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// The first day kept when today is `self`: the first of the month 24 months back.
    pub fn oldest_kept(self) -> Day {
        let (year, month, _) = civil(i64::from(self.0));
        let months = year * 12 + i64::from(month) - 1 - KEPT_MONTHS;
        let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
        Day::parse(&format!("{y:04}-{m:02}-01")).unwrap_or(self)
    }

    /// `7. 12. 2026`.
    pub fn czech(self) -> String {
        crate::admin::date::czech_date(i64::from(self.0) * SECS_PER_DAY)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = civil(i64::from(self.0));
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_and_write_iso() {
        let day = Day::parse("2026-12-07").unwrap();
        assert_eq!(day.to_string(), "2026-12-07");
        assert_eq!(
            Day::of(1_796_601_600 + 86_399),
            Day::parse("2026-12-07").unwrap()
        );
        assert_eq!(Day::parse("2026-02-30"), None);
        assert_eq!(day.czech(), "7. 12. 2026");
    }

    #[test]
    fn weeks_begin_on_monday() {
        // 2026-12-07 is a Monday, 2026-12-13 a Sunday.
        let monday = Day::parse("2026-12-07").unwrap();
        assert_eq!(monday.week_start(), monday);
        assert_eq!(Day::parse("2026-12-13").unwrap().week_start(), monday);
        assert_eq!(
            Day::parse("2026-12-14").unwrap().week_start(),
            monday.plus(7)
        );
        assert_eq!(
            Day::parse("1970-01-01").unwrap().week_start().to_string(),
            "1969-12-29"
        );
    }

    #[test]
    fn twenty_five_months_at_most_are_kept() {
        let today = Day::parse("2026-12-07").unwrap();
        assert_eq!(today.oldest_kept().to_string(), "2024-12-01");
        let january = Day::parse("2026-01-31").unwrap();
        assert_eq!(january.oldest_kept().to_string(), "2024-01-01");
    }
}
