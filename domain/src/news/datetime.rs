//! Local date and time of an event in Písek (`YYYY-MM-DDTHH:MM`), and calendar months. No time
//! zone arithmetic is needed: events are shown and exported in Europe/Prague local time.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("datum a čas musí být ve tvaru RRRR-MM-DDTHH:MM")]
pub struct DateTimeError;

/// A wall-clock time in Písek. Ordered as time goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocalDateTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

impl LocalDateTime {
    pub fn parse(input: &str) -> Result<LocalDateTime, DateTimeError> {
        let input = input.trim();
        let (date, time) = input.split_once(['T', ' ']).ok_or(DateTimeError)?;
        let mut d = date.split('-');
        let mut t = time.split(':');
        let next =
            |parts: &mut std::str::Split<'_, char>, len: usize| -> Result<u32, DateTimeError> {
                let part = parts.next().ok_or(DateTimeError)?;
                if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(DateTimeError);
                }
                part.parse().map_err(|_| DateTimeError)
            };
        let year = next(&mut d, 4)?;
        let month = next(&mut d, 2)?;
        let day = next(&mut d, 2)?;
        let hour = next(&mut t, 2)?;
        let minute = next(&mut t, 2)?;
        if d.next().is_some() || t.next().is_some() {
            return Err(DateTimeError);
        }
        let month_ok = (1..=12).contains(&month);
        if !month_ok
            || day == 0
            || day > u32::from(days_in_month(year as i32, month as u8))
            || hour > 23
            || minute > 59
        {
            return Err(DateTimeError);
        }
        Ok(LocalDateTime {
            year: year as i32,
            month: month as u8,
            day: day as u8,
            hour: hour as u8,
            minute: minute as u8,
        })
    }

    /// The start of the (UTC) day of a moment in Unix seconds: "today" for the server's clock.
    /// A day boundary an hour or two off Písek's shows yesterday's events a little longer.
    pub fn day_start(unix_secs: i64) -> LocalDateTime {
        use crate::admin::date::{DAY, civil};
        let (year, month, day) = civil(unix_secs.div_euclid(DAY));
        LocalDateTime {
            year: year as i32,
            month: month as u8,
            day: day as u8,
            hour: 0,
            minute: 0,
        }
    }

    /// `20261124T120501Z`: a moment in Unix seconds as iCalendar's UTC time (`DTSTAMP`).
    pub fn ical_utc(unix_secs: i64) -> String {
        let day = LocalDateTime::day_start(unix_secs);
        let seconds = unix_secs.rem_euclid(crate::admin::date::DAY);
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            day.year,
            day.month,
            day.day,
            seconds / 3600,
            seconds % 3600 / 60,
            seconds % 60
        )
    }

    /// `20261203T170000`, as iCalendar writes a local time.
    pub fn ical(self) -> String {
        format!(
            "{:04}{:02}{:02}T{:02}{:02}00",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }

    /// `3. 12. 2026 17:00`.
    pub fn label(self) -> String {
        format!(
            "{}. {}. {} {}:{:02}",
            self.day, self.month, self.year, self.hour, self.minute
        )
    }

    /// `17:00`.
    pub fn time_label(self) -> String {
        format!("{}:{:02}", self.hour, self.minute)
    }

    pub fn month(self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }
}

impl TryFrom<String> for LocalDateTime {
    type Error = DateTimeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        LocalDateTime::parse(&value)
    }
}

impl From<LocalDateTime> for String {
    fn from(value: LocalDateTime) -> String {
        value.to_string()
    }
}

impl std::fmt::Display for LocalDateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

/// `2026-12-03` as `3. 12. 2026`; anything else as it is.
pub fn date_label(iso: &str) -> String {
    match LocalDateTime::parse(&format!("{iso}T00:00")) {
        Ok(d) => format!("{}. {}. {}", d.day, d.month, d.year),
        Err(_) => iso.to_owned(),
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A calendar month (`?mesic=2026-12`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    pub month: u8,
}

impl Month {
    pub fn parse(input: &str) -> Option<Month> {
        let d = LocalDateTime::parse(&format!("{}-01T00:00", input.trim())).ok()?;
        Some(d.month())
    }

    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// `prosinec 2026`.
    pub fn label(self) -> String {
        let name = crate::lang::month_name(crate::Lang::Cs, u32::from(self.month));
        format!("{name} {}", self.year)
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                month: self.month + 1,
                ..self
            }
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                month: self.month - 1,
                ..self
            }
        }
    }

    pub fn days(self) -> u8 {
        days_in_month(self.year, self.month)
    }

    /// The weekday of the first day, Monday = 0 (Zeller's congruence).
    pub fn first_weekday(self) -> u8 {
        let (mut y, mut m) = (self.year, i32::from(self.month));
        if m < 3 {
            m += 12;
            y -= 1;
        }
        let (k, j) = (y % 100, y / 100);
        let h = (1 + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j).rem_euclid(7);
        // h: 0 = Saturday … 6 = Friday.
        ((h + 5) % 7) as u8
    }

    /// The first moment of the month and of the next, for a query of the month's events.
    pub fn range(self) -> (LocalDateTime, LocalDateTime) {
        let first = |m: Month| LocalDateTime {
            year: m.year,
            month: m.month,
            day: 1,
            hour: 0,
            minute: 0,
        };
        (first(self), first(self.next()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_parse_strictly_and_sort() {
        let a = LocalDateTime::parse("2026-12-03T17:00").unwrap();
        let b = LocalDateTime::parse("2026-12-03 18:30").unwrap();
        assert!(a < b);
        assert_eq!(a.ical(), "20261203T170000");
        assert_eq!(b.label(), "3. 12. 2026 18:30");
        for bad in [
            "2026-02-30T10:00",
            "2026-13-01T10:00",
            "2026-1-01T10:00",
            "2026-12-03T24:00",
            "x",
        ] {
            assert!(LocalDateTime::parse(bad).is_err(), "{bad}");
        }
        assert!(LocalDateTime::parse("2028-02-29T10:00").is_ok());
    }

    #[test]
    fn months_know_their_first_weekday_and_neighbours() {
        // 1 December 2026 is a Tuesday; 1 February 2027 a Monday.
        assert_eq!(Month::parse("2026-12").unwrap().first_weekday(), 1);
        assert_eq!(Month::parse("2027-02").unwrap().first_weekday(), 0);
        assert_eq!(Month::parse("2026-12").unwrap().next().key(), "2027-01");
        assert_eq!(
            Month::parse("2026-01").unwrap().previous().label(),
            "prosinec 2025"
        );
        assert!(Month::parse("2026-00").is_none());
        let (first, next) = Month::parse("2026-12").unwrap().range();
        assert_eq!(
            (first.to_string(), next.to_string()),
            ("2026-12-01T00:00".into(), "2027-01-01T00:00".into())
        );
    }

    #[test]
    fn the_server_clock_gives_today_and_the_ical_stamp() {
        // 2026-11-24 12:05:01 UTC.
        let now = 1_795_521_901;
        assert_eq!(
            LocalDateTime::day_start(now).to_string(),
            "2026-11-24T00:00"
        );
        assert_eq!(LocalDateTime::ical_utc(now), "20261124T120501Z");
    }
}
