//! The catalogue search: the full-text hits and the municipality come from the database, the
//! filtering, facet counting and ranking from the catalogue index, and the rows of the page from
//! the database again. A text search ranks services by how many of its words their name holds,
//! then their keywords; ties keep the alphabetical order.

use super::criteria::Criteria;
use super::facets::{Tally, tally};
use super::index::CatalogIndex;
use crate::backend::Elem;
use crate::{PER_PAGE, Store, StoreError, rows};
use domain::catalog::{OrganizationRef, SearchPage, ServiceSummary};
use domain::{DeliveryForm, Filter, Phone, ServiceLanguage};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

#[derive(sqlx::FromRow)]
struct SummariesRow {
    service_id: i64,
    name: String,
}

/// Characters of the description shown in a result list.
const EXCERPT_CHARS: usize = 180;

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) description: String,
    pub(super) service_type: Option<String>,
    pub(super) forms: i64,
    pub(super) languages: i64,
    pub(super) phones: String,
    pub(super) organization_id: i64,
    pub(super) organization_name: String,
    pub(super) reaches: i64,
}

/// The published services' summaries, before the clause that picks them (the one sentence
/// the list shows, the count of municipalities a field service reaches).
pub(super) const SUMMARY: &str = "SELECT s.id, s.name, s.description, s.service_type, s.forms,
            s.languages, s.phones, o.id AS organization_id, o.name AS organization_name,
            (SELECT COUNT(*) FROM service_areas a WHERE a.service_id = s.id) AS reaches
     FROM services s JOIN organizations o ON o.id = s.organization_id";

impl Store {
    /// One page of the services that match `filter`, with the facet counts and the total. A page
    /// beyond the last gives the last page.
    #[tracing::instrument(skip(self), fields(query = %filter.to_query()))]
    pub async fn search(&self, filter: &Filter) -> Result<SearchPage, StoreError> {
        let (index, found) = self.matching(filter).await?;

        let total = u32::try_from(found.matches.len()).unwrap_or(u32::MAX);
        let page_count = total.div_ceil(PER_PAGE).max(1);
        let page = filter.page.clamp(1, page_count);
        let ids: Vec<i64> = found
            .matches
            .iter()
            .skip(((page - 1) * PER_PAGE) as usize)
            .take(PER_PAGE as usize)
            .map(|m| index.entries[m.position].id)
            .collect();
        let items = self.summaries_of(&ids).await?;
        Ok(SearchPage {
            items,
            total,
            page,
            per_page: PER_PAGE,
            facets: found.facets,
        })
    }

    /// The index and the services in it that match `filter`, in catalogue order (by relevance
    /// when there is text), with the facet counts.
    pub(crate) async fn matching(
        &self,
        filter: &Filter,
    ) -> Result<(Arc<CatalogIndex>, Tally), StoreError> {
        let index = self.catalog_index().await?;
        let criteria = Criteria::new(filter, &index.audiences);
        let text_hits = match crate::fts::query(self.backend, &criteria.terms) {
            Some(query) => Some(self.text_hits(&query).await?),
            None => None,
        };
        let in_place = match criteria.municipality {
            Some(code) => Some(self.services_in(code).await?),
            None => None,
        };
        let found = tally(&index, &criteria, text_hits.as_ref(), in_place.as_ref());
        Ok((index, found))
    }

    /// The services whose name, organisation, keywords or description hold every term. The ids
    /// come as one JSON array: a broad query finds thousands, and one row is far cheaper to
    /// fetch than thousands.
    async fn text_hits(&self, query: &str) -> Result<HashSet<i64>, StoreError> {
        let sql = format!(
            "SELECT {} FROM service_search WHERE {}",
            self.backend.json_array_agg("rowid"),
            self.backend.text_match("service_search", "$1")
        );
        let ids = sqlx::query_scalar::<_, String>(&sql)
            .bind(query)
            .fetch_one(&self.pool)
            .await?;
        rows::list(&ids, "výsledky hledání", 0).map(HashSet::from_iter)
    }

    /// Services located in or reaching a municipality.
    pub(crate) async fn services_in(&self, municipality: i64) -> Result<HashSet<i64>, StoreError> {
        Ok(sqlx::query_scalar::<_, i64>(
            "SELECT service_id AS id FROM service_places WHERE municipality_code = $1",
        )
        .bind(municipality)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .collect())
    }

    /// List entries for these services, in this order.
    pub(crate) async fn summaries_of(
        &self,
        ids: &[i64],
    ) -> Result<Vec<ServiceSummary>, StoreError> {
        let json = rows::json(ids);
        let sql = format!(
            "{SUMMARY} WHERE {}",
            self.backend.json_in("s.id", "$1", Elem::Int)
        );
        let mut found = sqlx::query_as::<_, SummaryRow>(&sql)
            .bind(&json)
            .fetch_all(&self.pool)
            .await?;
        let order: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        found.sort_by_key(|row| order.get(&row.id).copied().unwrap_or(usize::MAX));
        self.summaries(found).await
    }

    /// Turns rows into list entries, adding the municipalities where each service is delivered.
    pub(crate) async fn summaries(
        &self,
        found: Vec<SummaryRow>,
    ) -> Result<Vec<ServiceSummary>, StoreError> {
        let ids = rows::json(&found.iter().map(|r| r.id).collect::<Vec<_>>());
        let mut places: HashMap<i64, Vec<String>> = HashMap::new();
        let sql = format!(
            r#"SELECT l.service_id AS service_id, m.name AS name, MIN(l.position) AS first
               FROM locations l JOIN municipalities m ON m.code = l.municipality_code
               WHERE {}
               GROUP BY l.service_id, m.name
               ORDER BY 1, 3"#,
            self.backend.json_in("l.service_id", "$1", Elem::Int)
        );
        for place in sqlx::query_as::<_, SummariesRow>(&sql)
            .bind(&ids)
            .fetch_all(&self.pool)
            .await?
        {
            places.entry(place.service_id).or_default().push(place.name);
        }
        found
            .into_iter()
            .map(|row| {
                Ok(ServiceSummary {
                    service_type: rows::parsed(row.service_type, "druh služby", row.id)?,
                    forms: DeliveryForm::from_mask(row.forms),
                    languages: ServiceLanguage::from_mask(row.languages),
                    phone: rows::list::<Phone>(&row.phones, "telefon", row.id)?
                        .into_iter()
                        .next(),
                    places: places.remove(&row.id).unwrap_or_default(),
                    reaches: u32::try_from(row.reaches).unwrap_or(0),
                    excerpt: domain::text::excerpt(&row.description, EXCERPT_CHARS),
                    organization: OrganizationRef {
                        id: row.organization_id,
                        name: row.organization_name,
                    },
                    id: row.id,
                    name: row.name,
                })
            })
            .collect()
    }
}
