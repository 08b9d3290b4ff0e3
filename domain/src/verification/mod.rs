//! How current a service's record is: when staff or the provider last confirmed it, and what
//! residents are told when that is long ago (a directory people trust is one whose phone numbers
//! work).

pub mod cycle;
pub mod overview;

use crate::admin::date::{DAY, czech_date};
use serde::{Deserialize, Serialize};

/// Who confirmed a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// The provider itself: "Vše platí", or its edits approved by staff.
    Provider,
    /// Staff, ticking "ověřeno" in the editor.
    Staff,
    /// The national register's import brought the provider's own filing.
    Register,
}

impl Source {
    /// As stored.
    pub fn key(self) -> &'static str {
        match self {
            Source::Provider => "poskytovatel",
            Source::Staff => "sprava",
            Source::Register => "registr",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [Source::Provider, Source::Staff, Source::Register]
            .into_iter()
            .find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Source::Provider => "poskytovatel",
            Source::Staff => "správa portálu",
            Source::Register => "registr poskytovatelů",
        }
    }
}

/// A record last confirmed longer ago than this tells residents so on its page.
pub const STALE_AFTER_SECS: i64 = 365 * DAY;

/// One confirmation of a service, as its log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub at: i64,
    pub source: Source,
    /// The staff member, the provider's address, or the register.
    pub by: String,
}

/// A service record's verification as its page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verification {
    /// Never confirmed with the provider.
    Never,
    /// Confirmed within [`STALE_AFTER_SECS`] (Unix seconds).
    Recent(i64),
    /// Confirmed, but longer ago than that.
    LongAgo(i64),
}

impl Verification {
    /// The state at `now` of a record last verified at `verified_at` (both Unix seconds).
    pub fn at(verified_at: Option<i64>, now: i64) -> Self {
        match verified_at {
            None => Verification::Never,
            Some(at) if now - at > STALE_AFTER_SECS => Verification::LongAgo(at),
            Some(at) => Verification::Recent(at),
        }
    }

    /// The line at the foot of the page.
    pub fn footnote(self) -> String {
        match self {
            Verification::Never => "Údaje zatím nebyly ověřeny u poskytovatele.".to_owned(),
            Verification::Recent(at) | Verification::LongAgo(at) => {
                format!("Údaje ověřeny dne {}.", czech_date(at))
            }
        }
    }

    /// The warning beside the contacts, for a record confirmed long ago.
    pub fn warning(self) -> Option<String> {
        match self {
            Verification::LongAgo(at) => Some(format!(
                "Údaje služby nikdo neověřil déle než rok (naposledy {}). Než se za službou vydáte, ověřte si kontakt telefonicky.",
                czech_date(at)
            )),
            Verification::Never | Verification::Recent(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_601_600; // 7. 12. 2026

    #[test]
    fn a_record_older_than_a_year_warns_residents() {
        let fresh = Verification::at(Some(NOW - 30 * DAY), NOW);
        assert!(matches!(fresh, Verification::Recent(_)));
        assert_eq!(fresh.warning(), None);
        let year = Verification::at(Some(NOW - STALE_AFTER_SECS), NOW);
        assert_eq!(year.warning(), None, "exactly a year is still current");
        let old = Verification::at(Some(NOW - STALE_AFTER_SECS - DAY), NOW);
        let warning = old.warning().unwrap();
        assert!(
            warning.contains("déle než rok (naposledy 6. 12. 2025)"),
            "{warning}"
        );
        assert_eq!(old.footnote(), "Údaje ověřeny dne 6. 12. 2025.");
    }

    #[test]
    fn a_record_never_verified_says_so_at_its_foot() {
        let never = Verification::at(None, NOW);
        assert_eq!(never.warning(), None);
        assert!(never.footnote().contains("nebyly ověřeny"));
    }
}
