//! The catalogue search: one page of services for a filter, name hits first when there is text.

use super::criteria::Criteria;
use super::facets::facets;
use crate::{PER_PAGE, Store, StoreError, rows};
use domain::catalog::{OrganizationRef, SearchPage, ServiceSummary};
use domain::{DeliveryForm, Filter, Phone};
use sqlx::QueryBuilder;
use std::collections::HashMap;

/// Characters of the description shown in a result list.
const EXCERPT_CHARS: usize = 180;

#[derive(sqlx::FromRow)]
pub(crate) struct SummaryRow {
    pub(super) id: i64,
    pub(super) name: String,
    pub(super) description: String,
    pub(super) service_type: Option<String>,
    pub(super) forms: i64,
    pub(super) phones: String,
    pub(super) organization_id: i64,
    pub(super) organization_name: String,
    pub(super) reaches: i64,
}

impl Store {
    /// One page of the services that match `filter`, with the facet counts and the total. A page
    /// beyond the last gives the last page.
    #[tracing::instrument(skip(self), fields(query = %filter.to_query()))]
    pub async fn search(&self, filter: &Filter) -> Result<SearchPage, StoreError> {
        let audiences = self.audiences().await?;
        let districts = self.district_codes_json().await?;
        let criteria = Criteria::new(filter, &audiences);
        let (facets, total) = facets(&self.pool, &criteria, &audiences, &districts).await?;
        let page_count = total.div_ceil(PER_PAGE).max(1);
        let page = filter.page.clamp(1, page_count);

        let mut qb = QueryBuilder::new("");
        criteria.push_hits(&mut qb);
        qb.push(
            "SELECT s.id, s.name, s.description, s.service_type, s.forms, s.phones, \
             o.id AS organization_id, o.name AS organization_name, \
             (SELECT COUNT(*) FROM service_areas a WHERE a.service_id = s.id) AS reaches",
        );
        criteria.push_from(&mut qb);
        qb.push(" JOIN organizations o ON o.id = s.organization_id");
        criteria.push_where(&mut qb, None);
        qb.push(" ORDER BY ");
        if let Some(text) = &criteria.text {
            qb.push("s.id IN (SELECT rowid FROM service_search WHERE service_search MATCH ")
                .push_bind(text.in_name.clone())
                .push(") DESC, h.score, ");
        }
        qb.push("s.sort_key, s.id LIMIT ")
            .push_bind(i64::from(PER_PAGE))
            .push(" OFFSET ")
            .push_bind(i64::from((page - 1) * PER_PAGE));
        let found = qb
            .build_query_as::<SummaryRow>()
            .fetch_all(&self.pool)
            .await?;
        let items = self.summaries(found).await?;
        Ok(SearchPage {
            items,
            total,
            page,
            per_page: PER_PAGE,
            facets,
        })
    }

    /// Turns rows into list entries, adding the municipalities where each service is delivered.
    pub(crate) async fn summaries(
        &self,
        found: Vec<SummaryRow>,
    ) -> Result<Vec<ServiceSummary>, StoreError> {
        let ids = serde_json::to_string(&found.iter().map(|r| r.id).collect::<Vec<_>>())
            .unwrap_or_default();
        let mut places: HashMap<i64, Vec<String>> = HashMap::new();
        for place in sqlx::query!(
            r#"SELECT DISTINCT l.service_id AS "service_id!: i64", m.name AS "name!: String", MIN(l.position) AS "first!: i64"
               FROM locations l JOIN municipalities m ON m.code = l.municipality_code
               WHERE l.service_id IN (SELECT value FROM json_each(?))
               GROUP BY l.service_id, m.name
               ORDER BY 1, 3"#,
            ids
        )
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
