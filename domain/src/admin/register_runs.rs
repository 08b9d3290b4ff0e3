//! Runs of the register import and of its daily download, as staff read them at
//! `/sprava/registr`, and the rule that stops a download from emptying the catalogue.

use serde::{Deserialize, Serialize};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunOutcome {
    /// The register was read and the catalogue brought in line with it.
    Imported,
    /// The register had not changed since the last import: nothing was read or written.
    Unchanged,
    /// The download or the file was refused; the catalogue stayed as it was.
    Refused,
}

impl RunOutcome {
    pub const fn slug(self) -> &'static str {
        match self {
            RunOutcome::Imported => "imported",
            RunOutcome::Unchanged => "unchanged",
            RunOutcome::Refused => "refused",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RunOutcome> {
        [
            RunOutcome::Imported,
            RunOutcome::Unchanged,
            RunOutcome::Refused,
        ]
        .into_iter()
        .find(|o| o.slug() == slug)
    }

    pub const fn label(self) -> &'static str {
        match self {
            RunOutcome::Imported => "načteno",
            RunOutcome::Unchanged => "beze změny",
            RunOutcome::Refused => "odmítnuto",
        }
    }
}

/// One run: when, of what, and what it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterRun {
    /// Unix seconds.
    pub started_at: i64,
    pub duration_ms: i64,
    /// The download's address or the folder read.
    pub source: String,
    /// The day the register's file was published (its `Last-Modified`), when known.
    pub register_date: Option<String>,
    pub outcome: RunOutcome,
    /// SHA-256 of the `rpss.json` read, so an identical download is not read again.
    pub content_hash: Option<String>,
    /// Services current in the portal's municipalities according to the file.
    pub region_current: Option<i64>,
    pub added: i64,
    pub changed: i64,
    pub ended: i64,
    pub returned: i64,
    pub refused: i64,
    pub conflicts: i64,
    /// Why it was refused, or what staff should know.
    pub message: String,
}

impl RegisterRun {
    /// A run just begun at `started_at` on `source`: refused until it says otherwise.
    pub fn begun(started_at: i64, source: &str) -> RegisterRun {
        RegisterRun {
            started_at,
            duration_ms: 0,
            source: source.to_owned(),
            register_date: None,
            outcome: RunOutcome::Refused,
            content_hash: None,
            region_current: None,
            added: 0,
            changed: 0,
            ended: 0,
            returned: 0,
            refused: 0,
            conflicts: 0,
            message: String::new(),
        }
    }
}

/// A service the register ended or stopped listing, unpublished by the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndedService {
    pub id: i64,
    pub name: String,
    pub ended_on: String,
    pub reason: String,
    /// Staff published it again since: it stays as they left it.
    pub published: bool,
}

/// What `/sprava/registr` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterOverview {
    pub runs: Vec<RegisterRun>,
    pub ended: Vec<EndedService>,
}

/// How much the region's current services may drop between two good runs before a download is
/// refused as probably broken.
pub const MAX_DROP_PERCENT: i64 = 5;

/// Why a download with `now` current services in the region is refused after a good run that
/// had `before`: a drop of more than [`MAX_DROP_PERCENT`] per cent.
pub fn drop_refusal(before: i64, now: i64) -> Option<String> {
    (before > 0 && (before - now) * 100 > before * MAX_DROP_PERCENT).then(|| {
        format!(
            "v obcích portálu by ubylo služeb z {before} na {now} (o {} %, povoleno nejvýše {MAX_DROP_PERCENT} %): \
             stažený registr je nejspíš neúplný, katalog zůstal, jak byl",
            (before - now) * 100 / before
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drop_of_more_than_five_per_cent_is_refused() {
        assert_eq!(drop_refusal(100, 95), None);
        assert_eq!(drop_refusal(100, 120), None);
        assert_eq!(
            drop_refusal(0, 0),
            None,
            "the first run has nothing to compare with"
        );
        let refusal = drop_refusal(100, 60).unwrap();
        assert!(refusal.contains("z 100 na 60"), "{refusal}");
        assert!(refusal.contains("o 40 %"), "{refusal}");
        assert!(drop_refusal(100, 94).is_some());
    }

    #[test]
    fn outcomes_read_back_from_their_slugs() {
        for o in [
            RunOutcome::Imported,
            RunOutcome::Unchanged,
            RunOutcome::Refused,
        ] {
            assert_eq!(RunOutcome::from_slug(o.slug()), Some(o));
        }
        assert_eq!(RunOutcome::from_slug("x"), None);
    }
}
