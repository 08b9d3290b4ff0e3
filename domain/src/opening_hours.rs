//! Opening hours written the way Czech offices write them: "po–pá 8:00–12:00, 13:00–16:00; st 8:00–17:00",
//! or "nonstop" for a crisis line.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("neznámý den „{0}“ (použijte po, út, st, čt, pá, so, ne)")]
    Day(String),
    #[error("čas „{0}“ zapište jako 8:00–16:00")]
    Time(String),
    #[error("u „{0}“ chybí dny nebo čas")]
    Incomplete(String),
    #[error("otevírací doba je příliš dlouhá")]
    TooLong,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub const fn abbreviation(self) -> &'static str {
        match self {
            Weekday::Mon => "po",
            Weekday::Tue => "út",
            Weekday::Wed => "st",
            Weekday::Thu => "čt",
            Weekday::Fri => "pá",
            Weekday::Sat => "so",
            Weekday::Sun => "ne",
        }
    }

    /// The day as iCalendar (and HSDS schedules) write it.
    pub const fn rrule(self) -> &'static str {
        match self {
            Weekday::Mon => "MO",
            Weekday::Tue => "TU",
            Weekday::Wed => "WE",
            Weekday::Thu => "TH",
            Weekday::Fri => "FR",
            Weekday::Sat => "SA",
            Weekday::Sun => "SU",
        }
    }

    fn parse(input: &str) -> Result<Self, HoursError> {
        let folded = crate::text::fold(input.trim());
        Weekday::ALL
            .into_iter()
            .find(|d| crate::text::fold(d.abbreviation()) == folded)
            .ok_or_else(|| HoursError::Day(input.trim().chars().take(20).collect()))
    }
}

/// Minutes after midnight, 0..=1440.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Minutes(u16);

impl Minutes {
    fn parse(input: &str) -> Result<Self, HoursError> {
        let err = || HoursError::Time(input.trim().chars().take(20).collect());
        let (h, m) = input.trim().split_once([':', '.']).ok_or_else(err)?;
        let (h, m): (u16, u16) = (h.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
        if m >= 60 || h > 24 || (h == 24 && m != 0) {
            return Err(err());
        }
        Ok(Minutes(h * 60 + m))
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// One line of opening hours: a run of days and the times they are open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Runs of days, e.g. po–pá, or út and čt.
    days: Vec<(Weekday, Weekday)>,
    times: Vec<(Minutes, Minutes)>,
}

/// A week's opening hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningHours {
    /// Always reachable, e.g. a crisis line.
    NonStop,
    Weekly(Vec<Rule>),
}

const DASHES: [char; 3] = ['-', '–', '—'];

impl OpeningHours {
    pub fn parse(input: &str) -> Result<Self, HoursError> {
        if input.len() > 500 {
            return Err(HoursError::TooLong);
        }
        let input = input.trim();
        if crate::text::fold(input) == "nonstop" {
            return Ok(OpeningHours::NonStop);
        }
        input
            .split(';')
            .filter(|part| !part.trim().is_empty())
            .map(Rule::parse)
            .collect::<Result<Vec<_>, _>>()
            .and_then(|rules| {
                if rules.is_empty() {
                    Err(HoursError::Incomplete(String::new()))
                } else {
                    Ok(OpeningHours::Weekly(rules))
                }
            })
    }

    /// Each opening as the iCalendar-style weekly slot HSDS schedules use: the days
    /// (`MO`, `TU`...), opening and closing (`08:00`, `16:00`). Empty for nonstop.
    pub fn weekly_slots(&self) -> Vec<(Vec<&'static str>, String, String)> {
        let OpeningHours::Weekly(rules) = self else {
            return Vec::new();
        };
        let clock = |m: Minutes| format!("{:02}:{:02}", m.0 / 60, m.0 % 60);
        rules
            .iter()
            .flat_map(|rule| {
                let days: Vec<&'static str> = Weekday::ALL
                    .into_iter()
                    .filter(|d| rule.covers(*d))
                    .map(Weekday::rrule)
                    .collect();
                rule.times
                    .iter()
                    .map(move |(from, to)| (days.clone(), clock(*from), clock(*to)))
            })
            .collect()
    }

    /// Is it open at this day and minute of the day?
    pub fn is_open(&self, day: Weekday, hour: u8, minute: u8) -> bool {
        let now = Minutes(u16::from(hour) * 60 + u16::from(minute));
        match self {
            OpeningHours::NonStop => true,
            OpeningHours::Weekly(rules) => rules.iter().any(|r| {
                r.covers(day) && r.times.iter().any(|(from, to)| *from <= now && now < *to)
            }),
        }
    }
}

impl Rule {
    fn parse(part: &str) -> Result<Self, HoursError> {
        let part = part.trim();
        let incomplete = || HoursError::Incomplete(part.chars().take(40).collect());
        let split = part
            .find(|c: char| c.is_ascii_digit())
            .ok_or_else(incomplete)?;
        let (days, times) = part.split_at(split);
        let days = days
            .split(',')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|run| {
                let (first, last) = match run.split_once(DASHES) {
                    Some((a, b)) => (Weekday::parse(a)?, Weekday::parse(b)?),
                    None => {
                        let day = Weekday::parse(run)?;
                        (day, day)
                    }
                };
                if last < first {
                    return Err(HoursError::Day(run.to_owned()));
                }
                Ok((first, last))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if days.is_empty() {
            return Err(incomplete());
        }
        let times = times
            .split(',')
            .map(|span| {
                let (from, to) = span
                    .split_once(DASHES)
                    .ok_or_else(|| HoursError::Time(span.trim().to_owned()))?;
                let (from, to) = (Minutes::parse(from)?, Minutes::parse(to)?);
                if from >= to {
                    return Err(HoursError::Time(span.trim().to_owned()));
                }
                Ok((from, to))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Rule { days, times })
    }

    fn covers(&self, day: Weekday) -> bool {
        self.days
            .iter()
            .any(|(first, last)| *first <= day && day <= *last)
    }
}

impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpeningHours::NonStop => f.write_str("nonstop"),
            OpeningHours::Weekly(rules) => {
                for (i, rule) in rules.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    for (j, (first, last)) in rule.days.iter().enumerate() {
                        if j > 0 {
                            f.write_str(", ")?;
                        }
                        f.write_str(first.abbreviation())?;
                        if last != first {
                            write!(f, "–{}", last.abbreviation())?;
                        }
                    }
                    for (j, (from, to)) in rule.times.iter().enumerate() {
                        write!(f, "{}{from}–{to}", if j == 0 { " " } else { ", " })?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::str::FromStr for OpeningHours {
    type Err = HoursError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OpeningHours::parse(s)
    }
}

impl Serialize for OpeningHours {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OpeningHours {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        OpeningHours::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_hours_parse_and_print_canonically() {
        let hours = OpeningHours::parse("Po-Pa 8:00-12:00, 13:00-16:00; st 8.00-17:00").unwrap();
        assert_eq!(
            hours.to_string(),
            "po–pá 8:00–12:00, 13:00–16:00; st 8:00–17:00"
        );
        assert_eq!(OpeningHours::parse(&hours.to_string()).unwrap(), hours);
    }

    #[test]
    fn open_now_follows_the_rules() {
        let hours = OpeningHours::parse("po–pá 8:00–12:00, 13:00–16:00").unwrap();
        assert!(hours.is_open(Weekday::Tue, 9, 30));
        assert!(!hours.is_open(Weekday::Tue, 12, 30));
        assert!(!hours.is_open(Weekday::Sat, 9, 30));
        assert!(
            OpeningHours::parse("NONSTOP")
                .unwrap()
                .is_open(Weekday::Sun, 3, 0)
        );
        let two_days = OpeningHours::parse("út, čt 9:00–17:00").unwrap();
        assert_eq!(two_days.to_string(), "út, čt 9:00–17:00");
        assert!(two_days.is_open(Weekday::Thu, 10, 0));
        assert!(!two_days.is_open(Weekday::Wed, 10, 0));
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(
            OpeningHours::parse("xy 8:00-9:00"),
            Err(HoursError::Day("xy".into()))
        );
        assert!(matches!(
            OpeningHours::parse("po 8:00"),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            OpeningHours::parse("po 16:00-8:00"),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            OpeningHours::parse("po 8:61-9:00"),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            OpeningHours::parse("pá-po 8:00-9:00"),
            Err(HoursError::Day(_))
        ));
        assert!(matches!(
            OpeningHours::parse(""),
            Err(HoursError::Incomplete(_))
        ));
        assert!(matches!(
            OpeningHours::parse("po"),
            Err(HoursError::Incomplete(_))
        ));
        assert!(matches!(
            OpeningHours::parse("8:00-9:00"),
            Err(HoursError::Incomplete(_))
        ));
    }
}
