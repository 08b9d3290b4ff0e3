//! Search across languages: the services' stems carry the Ukrainian and English words of every
//! group in `data/synonyms.toml` whose Czech words they hold, so a query in either language finds
//! what its Czech equivalent finds, through the same index and the same query.

use serde::Deserialize;
use std::sync::OnceLock;

const FILE: &str = include_str!("../data/synonyms.toml");

/// Czech stems shorter than this match too many words to stand for a group.
const MIN_CZECH_STEM: usize = 4;

#[derive(Deserialize)]
struct File {
    group: Vec<Words>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    cs: Vec<String>,
    uk: Vec<String>,
    en: Vec<String>,
}

/// A group as the index uses it: the Czech stems that find it, the other languages' stems.
struct Group {
    czech: Vec<String>,
    others: Vec<String>,
}

fn groups() -> &'static [Group] {
    static GROUPS: OnceLock<Vec<Group>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let file: File = match toml::from_str(FILE) {
            Ok(file) => file,
            Err(error) => {
                tracing::error!(%error, "synonyms file unreadable; searching in Czech only");
                return Vec::new();
            }
        };
        let stems = |words: &[String]| -> Vec<String> {
            words
                .iter()
                .flat_map(|w| domain::text::words(w))
                .map(|w| domain::text::stem(&w))
                .collect()
        };
        file.group
            .iter()
            .map(|g| Group {
                czech: stems(&g.cs)
                    .into_iter()
                    .filter(|s| s.chars().count() >= MIN_CZECH_STEM)
                    .collect(),
                others: [stems(&g.uk), stems(&g.en)].concat(),
            })
            .collect()
    })
}

/// `stems` (space-separated, as the index stores them) with the other languages' stems of every
/// group they hold a Czech word of.
pub(crate) fn expand(stems: &str) -> String {
    let tokens: Vec<&str> = stems.split(' ').collect();
    let mut expanded = stems.to_owned();
    for group in groups() {
        let found = group
            .czech
            .iter()
            .any(|czech| tokens.iter().any(|t| t.starts_with(czech.as_str())));
        if found {
            for stem in &group.others {
                expanded.push(' ');
                expanded.push_str(stem);
            }
        }
    }
    expanded
}

/// What names this file's contents, so a changed file re-indexes the services (FNV-1a).
pub(crate) fn version() -> String {
    let hash = FILE.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

impl crate::Store {
    /// Re-indexes every service when the synonyms changed since the index was written (a new
    /// release with new words, or a database from before them); returns how many it re-indexed.
    #[tracing::instrument(skip(self))]
    pub async fn refresh_synonyms(&self) -> Result<usize, crate::StoreError> {
        let wanted = version();
        let stored = sqlx::query_scalar::<_, String>(
            "SELECT value FROM site_meta WHERE key = 'synonyms_version'",
        )
        .fetch_optional(&self.pool)
        .await?;
        if stored.as_deref() == Some(wanted.as_str()) {
            return Ok(0);
        }
        let mut tx = self.pool.begin().await?;
        let ids = sqlx::query_scalar::<_, i64>("SELECT id FROM services")
            .fetch_all(&mut *tx)
            .await?;
        for id in &ids {
            crate::editing::service::reindex(&mut tx, *id).await?;
        }
        sqlx::query(
            "INSERT INTO site_meta (key, value) VALUES ('synonyms_version', $1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(&wanted)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ids.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_reads_and_has_czech_words_that_match() {
        let file: File = toml::from_str(FILE).unwrap();
        assert_eq!(groups().len(), file.group.len());
        for group in groups() {
            assert!(!group.czech.is_empty() && !group.others.is_empty());
        }
    }

    #[test]
    fn a_service_about_debt_is_found_in_ukrainian_and_english() {
        let stems = domain::text::stems("Dluhové poradenství a pomoc s exekucemi");
        let expanded = expand(&stems);
        for query in ["борги", "debt", "bankruptcy"] {
            let term = &domain::text::search_terms(query)[0];
            assert!(
                expanded.split(' ').any(|t| t.starts_with(term.as_str())),
                "{query} in {expanded}"
            );
        }
        let unrelated = expand(&domain::text::stems("Terénní program pro mládež"));
        assert!(!unrelated.contains(&domain::text::stem("борги")));
    }
}
