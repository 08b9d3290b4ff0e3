//! Moments as Unix seconds (UTC) and how Czech pages print them. Civil dates are computed here
//! (Howard Hinnant's days-from-civil algorithm) so this crate needs no date library.

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Six months, for "not verified for six months": 183 days.
pub const HALF_YEAR_SECS: i64 = 183 * DAY;

/// `23. 11. 2026`
pub fn czech_date(unix_secs: i64) -> String {
    let (y, m, d) = civil(unix_secs.div_euclid(DAY));
    format!("{d}. {m}. {y}")
}

/// `23. 11. 2026 14:05` (UTC)
pub fn czech_date_time(unix_secs: i64) -> String {
    let seconds = unix_secs.rem_euclid(DAY);
    format!(
        "{} {}:{:02}",
        czech_date(unix_secs),
        seconds / 3600,
        seconds % 3600 / 60
    )
}

/// `2026-11-23`, as ISO 8601 and HSDS write a date.
pub fn iso_date(unix_secs: i64) -> String {
    let (y, m, d) = civil(unix_secs.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The start (00:00 UTC) of a `YYYY-MM-DD` day in Unix seconds; `None` for anything else.
pub fn iso_date_start(iso: &str) -> Option<i64> {
    let day = crate::news::LocalDateTime::parse(&format!("{iso}T00:00")).ok()?;
    let (m, d) = (i64::from(day.month), i64::from(day.day));
    let y = i64::from(day.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * DAY)
}

/// Year, month, day of the `days`-th day after 1970-01-01.
pub(crate) fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(czech_date(0), "1. 1. 1970");
        assert_eq!(czech_date(951_782_400), "29. 2. 2000");
        assert_eq!(czech_date(1_795_392_000), "23. 11. 2026");
        assert_eq!(czech_date(-1), "31. 12. 1969");
    }

    #[test]
    fn iso_days_go_back_to_their_start() {
        assert_eq!(iso_date_start("2026-11-23"), Some(1_795_392_000));
        assert_eq!(iso_date_start("1970-01-01"), Some(0));
        assert_eq!(iso_date_start("2000-02-29"), Some(951_782_400));
        assert_eq!(iso_date_start("2026-02-30"), None);
    }

    #[test]
    fn time_of_day() {
        assert_eq!(
            czech_date_time(1_795_392_000 + 14 * 3600 + 5 * 60 + 59),
            "23. 11. 2026 14:05"
        );
    }
}
