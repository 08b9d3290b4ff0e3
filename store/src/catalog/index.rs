//! The catalogue index: what the search needs to know of every published service (type, forms,
//! target groups, the words of its name) and where each one is present within the site's
//! districts, held in memory so that filtering and facet counting take microseconds.
//!
//! It is a cache of the database, labelled with the catalogue version that every write bumps
//! (`site_meta.catalog_version`). Each search reads the version first and rebuilds the index when
//! it changed, so several server processes on one database never serve a stale catalogue.

use crate::backend::Elem;
use crate::{Store, StoreError, rows};
use domain::catalog::{MunicipalityRef, OrganizationRef};
use domain::{Audience, Coordinates, ServiceType};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: i64,
    name: String,
    keywords: String,
    service_type: Option<String>,
    forms: i64,
    languages: i64,
    target_groups: i64,
    organization_id: i64,
    organization_name: String,
}

#[derive(sqlx::FromRow)]
struct IndexLocationRow {
    service_id: i64,
    code: i64,
    municipality: String,
    lat: f64,
    lon: f64,
    #[sqlx(try_from = "crate::rows::Flag")]
    approximate: bool,
}

#[derive(sqlx::FromRow)]
struct DistrictRow {
    code: i64,
    name: String,
    lat: f64,
    lon: f64,
}

#[derive(sqlx::FromRow)]
struct ServiceAreaRow {
    municipality_code: i64,
    service_id: i64,
}

/// A published service as the search and the map see it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: i64,
    pub name: String,
    pub organization: OrganizationRef,
    pub service_type: Option<ServiceType>,
    pub forms: i64,
    pub languages: i64,
    pub target_groups: i64,
    /// The stems of the name and of the keywords, to rank the results of a text search.
    name_stems: Vec<String>,
    keyword_stems: Vec<String>,
    /// Where it is delivered, for the map; empty for a field service without an office.
    pub places: Vec<IndexPlace>,
}

impl Entry {
    /// The code-list values the criteria test.
    pub(crate) fn codes(&self) -> super::criteria::Codes {
        super::criteria::Codes {
            service_type: self.service_type,
            forms: self.forms,
            languages: self.languages,
            target_groups: self.target_groups,
        }
    }
}

/// A place of a service on the map.
#[derive(Debug, Clone)]
pub(crate) struct IndexPlace {
    pub position: Coordinates,
    pub municipality: MunicipalityRef,
    /// The data has no position of the building: this is the municipality's centre.
    pub approximate: bool,
}

/// A municipality of the site's districts.
#[derive(Debug, Clone)]
pub(crate) struct DistrictMunicipality {
    pub municipality: MunicipalityRef,
    pub centre: Coordinates,
    /// The positions (in `entries`) of the services present there.
    pub services: Vec<usize>,
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
    /// The municipalities of the site's districts, in Czech order.
    pub district: Vec<DistrictMunicipality>,
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
        let mut entries = sqlx::query_as::<_, EntryRow>(
            r#"SELECT s.id AS id, s.name, s.keywords, s.service_type, s.forms, s.languages,
                      s.target_groups, o.id AS organization_id, o.name AS organization_name
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE s.published = 1 ORDER BY s.sort_key, s.id"#,
        )
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|row| {
            Ok(Entry {
                service_type: rows::parsed(row.service_type, "druh služby", row.id)?,
                forms: row.forms,
                languages: row.languages,
                target_groups: row.target_groups,
                name_stems: stems(&row.name),
                keyword_stems: stems(&row.keywords),
                places: Vec::new(),
                organization: OrganizationRef {
                    id: row.organization_id,
                    name: row.organization_name,
                },
                name: row.name,
                id: row.id,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let position: HashMap<i64, usize> =
            entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();

        for place in sqlx::query_as::<_, IndexLocationRow>(
            r#"SELECT l.service_id AS service_id, m.code AS code, m.name AS municipality,
                      COALESCE(l.lat, m.lat) AS lat, COALESCE(l.lon, m.lon) AS lon,
                      (l.lat IS NULL OR l.lon IS NULL OR l.position_approximate <> 0) AS approximate
               FROM locations l JOIN municipalities m ON m.code = l.municipality_code
               ORDER BY l.service_id, l.position"#,
        )
        .fetch_all(&mut *tx)
        .await?
        {
            let (Some(&at), Some(spot)) = (
                position.get(&place.service_id),
                rows::position(Some(place.lat), Some(place.lon)),
            ) else {
                continue;
            };
            entries[at].places.push(IndexPlace {
                position: spot,
                municipality: MunicipalityRef {
                    code: rows::municipality_code(place.code, place.service_id)?,
                    name: place.municipality,
                },
                approximate: place.approximate,
            });
        }

        let districts = self.district_codes_json(&mut *tx).await?;
        let sql = format!(
            r#"SELECT code, name, lat, lon FROM municipalities
               WHERE {} ORDER BY sort_key"#,
            self.backend.json_in("district_code", "$1", Elem::Text)
        );
        let mut district = sqlx::query_as::<_, DistrictRow>(&sql)
            .bind(&districts)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .map(|m| {
                Ok(DistrictMunicipality {
                    municipality: MunicipalityRef {
                        code: rows::municipality_code(m.code, m.code)?,
                        name: m.name,
                    },
                    centre: rows::position(Some(m.lat), Some(m.lon)).ok_or_else(|| {
                        StoreError::Corrupt {
                            what: "souřadnice obce",
                            id: m.code,
                            detail: format!("{}, {}", m.lat, m.lon),
                        }
                    })?,
                    services: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let slot: HashMap<i64, usize> = district
            .iter()
            .enumerate()
            .map(|(i, d)| (i64::from(d.municipality.code.number()), i))
            .collect();
        let sql = format!(
            r#"SELECT p.municipality_code AS municipality_code, p.service_id AS service_id
               FROM service_places p JOIN municipalities m ON m.code = p.municipality_code
               WHERE {}"#,
            self.backend.json_in("m.district_code", "$1", Elem::Text)
        );
        for place in sqlx::query_as::<_, ServiceAreaRow>(&sql)
            .bind(&districts)
            .fetch_all(&mut *tx)
            .await?
        {
            if let (Some(s), Some(e)) = (
                slot.get(&place.municipality_code),
                position.get(&place.service_id),
            ) {
                district[*s].services.push(*e);
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
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
) -> Result<(), StoreError> {
    sqlx::query(
        r#"INSERT INTO site_meta (key, value) VALUES ('catalog_version', '1')
           ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(site_meta.value AS INTEGER) + 1 AS
           TEXT)"#,
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
async fn catalog_version<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
) -> Result<i64, StoreError> {
    let value = sqlx::query_scalar::<_, String>(
        "SELECT value FROM site_meta WHERE key = 'catalog_version'",
    )
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
            name: String::new(),
            organization: OrganizationRef {
                id: 1,
                name: String::new(),
            },
            places: Vec::new(),
            service_type: None,
            forms: 0,
            languages: 0,
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
