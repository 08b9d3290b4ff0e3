//! The catalogue index: what the search needs to know of every published service (type, forms,
//! target groups, the words of its name) and where each one is present within the site's
//! districts, held in memory so that filtering and facet counting take microseconds.
//!
//! It is a cache of the database, labelled with the catalogue version that every write bumps
//! (`site_meta.catalog_version`). Each search reads the version first and rebuilds the index when
//! it changed, so several server processes on one database never serve a stale catalogue.

use crate::{Store, StoreError, rows};
use domain::catalog::MunicipalityRef;
use domain::{Audience, ServiceType};
use std::sync::{Arc, RwLock};

/// A published service as the search sees it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: i64,
    pub service_type: Option<ServiceType>,
    pub forms: i64,
    pub target_groups: i64,
    /// The stems of the name and of the keywords, to rank the results of a text search.
    name_stems: Vec<String>,
    keyword_stems: Vec<String>,
}

/// How well a service matches the search terms: terms found in its name, then in its keywords.
/// More is better; services whose name holds every term come first.
pub(crate) type Relevance = (usize, usize);

impl Entry {
    pub fn relevance(&self, terms: &[String]) -> Relevance {
        let found = |words: &[String]| {
            terms
                .iter()
                .filter(|t| words.iter().any(|w| w.starts_with(t.as_str())))
                .count()
        };
        (found(&self.name_stems), found(&self.keyword_stems))
    }
}

#[derive(Debug)]
pub(crate) struct CatalogIndex {
    version: i64,
    pub audiences: Vec<Audience>,
    /// Published services in catalogue order (Czech alphabetical by name).
    pub entries: Vec<Entry>,
    /// The municipalities of the site's districts, each with the positions (in `entries`) of the
    /// services present there.
    pub district: Vec<(MunicipalityRef, Vec<usize>)>,
}

/// The index shared by all clones of a [`Store`].
#[derive(Debug, Default)]
pub(crate) struct IndexCache {
    current: RwLock<Option<Arc<CatalogIndex>>>,
    rebuild: tokio::sync::Mutex<()>,
}

impl IndexCache {
    fn get(&self, version: i64) -> Option<Arc<CatalogIndex>> {
        let current = self
            .current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        current
            .as_ref()
            .filter(|index| index.version == version)
            .cloned()
    }

    fn set(&self, index: Arc<CatalogIndex>) {
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(index);
    }
}

impl Store {
    /// The index for the catalogue as it is in the database now.
    pub(crate) async fn catalog_index(&self) -> Result<Arc<CatalogIndex>, StoreError> {
        let version = catalog_version(&self.pool).await?;
        if let Some(index) = self.index.get(version) {
            return Ok(index);
        }
        let _one_rebuild_at_a_time = self.index.rebuild.lock().await;
        if let Some(index) = self.index.get(catalog_version(&self.pool).await?) {
            return Ok(index);
        }
        let index = Arc::new(self.load_index().await?);
        tracing::debug!(
            version = index.version,
            services = index.entries.len(),
            "catalogue index built"
        );
        self.index.set(index.clone());
        Ok(index)
    }

    /// Reads everything in one transaction, so the version matches the data read.
    async fn load_index(&self) -> Result<CatalogIndex, StoreError> {
        let mut tx = self.pool.begin().await?;
        let version = catalog_version(&mut *tx).await?;
        let entries = sqlx::query!(
            r#"SELECT id AS "id!: i64", name, keywords, service_type, forms, target_groups
               FROM services WHERE published = 1 ORDER BY sort_key, id"#
        )
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|row| {
            Ok(Entry {
                service_type: rows::parsed(row.service_type, "druh služby", row.id)?,
                forms: row.forms,
                target_groups: row.target_groups,
                name_stems: stems(&row.name),
                keyword_stems: stems(&row.keywords),
                id: row.id,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let position: std::collections::HashMap<i64, usize> =
            entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();

        let districts = self.district_codes_json(&mut *tx).await?;
        let mut district = sqlx::query!(
            r#"SELECT code AS "code!: i64", name FROM municipalities
               WHERE district_code IN (SELECT value FROM json_each(?)) ORDER BY sort_key"#,
            districts
        )
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|m| {
            Ok((
                MunicipalityRef {
                    code: rows::municipality_code(m.code, m.code)?,
                    name: m.name,
                },
                Vec::new(),
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let slot: std::collections::HashMap<i64, usize> = district
            .iter()
            .enumerate()
            .map(|(i, (m, _))| (i64::from(m.code.number()), i))
            .collect();
        for place in sqlx::query!(
            r#"SELECT p.municipality_code AS "municipality_code!: i64", p.service_id AS "service_id!: i64"
               FROM service_places p JOIN municipalities m ON m.code = p.municipality_code
               WHERE m.district_code IN (SELECT value FROM json_each(?))"#,
            districts
        )
        .fetch_all(&mut *tx)
        .await?
        {
            if let (Some(s), Some(e)) = (slot.get(&place.municipality_code), position.get(&place.service_id)) {
                district[*s].1.push(*e);
            }
        }
        let audiences = self.audiences_from(&mut *tx).await?;
        tx.commit().await?;
        Ok(CatalogIndex {
            version,
            audiences,
            entries,
            district,
        })
    }
}

/// Marks the catalogue as changed; every write to services, places or audiences calls this inside
/// its transaction.
pub(crate) async fn bump_version<'e>(
    executor: impl sqlx::SqliteExecutor<'e>,
) -> Result<(), StoreError> {
    sqlx::query!(
        "INSERT INTO site_meta (key, value) VALUES ('catalog_version', '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
    )
    .execute(executor)
    .await?;
    Ok(())
}

fn stems(text: &str) -> Vec<String> {
    domain::text::stems(text)
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The catalogue version: 0 before the first import.
async fn catalog_version<'e>(executor: impl sqlx::SqliteExecutor<'e>) -> Result<i64, StoreError> {
    let value = sqlx::query_scalar!("SELECT value FROM site_meta WHERE key = 'catalog_version'")
        .fetch_optional(executor)
        .await?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevance_counts_terms_that_start_a_word_of_the_name_then_of_the_keywords() {
        let entry = Entry {
            id: 1,
            service_type: None,
            forms: 0,
            target_groups: 0,
            name_stems: stems("Dluhové poradenství THEIA"),
            keyword_stems: stems("exekuce, insolvence"),
        };
        let terms = domain::text::search_terms;
        assert_eq!(entry.relevance(&terms("dluhy poradenství")), (2, 0));
        assert_eq!(entry.relevance(&terms("dluhy exekuce")), (1, 1));
        assert_eq!(entry.relevance(&terms("heia")), (0, 0));
    }
}
