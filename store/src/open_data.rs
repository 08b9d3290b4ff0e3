//! What the open-data API (HSDS) reads beyond the catalogue's pages: every match of a filter in
//! catalogue order (the API pages them itself), providers by name, and the region addresses lie
//! in.

use crate::backend::Elem;
use crate::{Store, StoreError};
use domain::Filter;
use std::collections::HashSet;

#[derive(sqlx::FromRow)]
struct OrganizationIdsRow {
    id: i64,
    name: String,
}

#[derive(sqlx::FromRow)]
struct PlacesOfRow {
    service: i64,
    position: i64,
}

#[derive(sqlx::FromRow)]
struct ServiceCoresRow {
    id: i64,
    name: String,
    description: String,
    web: Option<String>,
    emails: String,
    cost: Option<String>,
    verified_at: Option<i64>,
    organization_id: i64,
    organization_name: String,
}

impl Store {
    /// The ids of every published service matching `filter`, in catalogue order.
    pub async fn matching_ids(&self, filter: &Filter) -> Result<Vec<i64>, StoreError> {
        let (index, found) = self.matching(filter).await?;
        Ok(found
            .matches
            .iter()
            .map(|m| index.entries[m.position].id)
            .collect())
    }

    /// The published services of a provider.
    pub async fn organization_service_ids(
        &self,
        organization: i64,
    ) -> Result<HashSet<i64>, StoreError> {
        Ok(sqlx::query_scalar::<_, i64>(
            "SELECT id FROM services WHERE organization_id = $1 AND published = 1",
        )
        .bind(organization)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .collect())
    }

    /// Providers with a published service whose name holds `text`, by name.
    pub async fn organization_ids(&self, text: &str) -> Result<Vec<i64>, StoreError> {
        let needle = domain::text::fold(text.trim());
        Ok(sqlx::query_as::<_, OrganizationIdsRow>(
            r#"SELECT o.id AS id, o.name FROM organizations o
               WHERE EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id AND
               s.published = 1)
               ORDER BY o.sort_key"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .filter(|o| needle.is_empty() || domain::text::fold(&o.name).contains(&needle))
        .map(|o| o.id)
        .collect())
    }

    /// The region (kraj) of the site's districts, as addresses name it.
    pub async fn site_region(&self) -> Result<String, StoreError> {
        let districts = self.district_codes_json(&self.pool).await?;
        Ok(sqlx::query_scalar::<_, String>(&format!(
            r#"SELECT region FROM municipalities
             WHERE {} LIMIT 1"#,
            self.backend.json_in("district_code", "$1", Elem::Text)
        ))
        .bind(&districts)
        .fetch_optional(&self.pool)
        .await?
        .unwrap_or_default())
    }
}

impl Store {
    /// The places (service, position) of these services, in their order.
    pub async fn places_of(&self, ids: &[i64]) -> Result<Vec<(i64, usize)>, StoreError> {
        let json = crate::rows::json(ids);
        let sql = format!(
            r#"SELECT service_id AS service, position FROM locations
               WHERE {} ORDER BY service_id, position"#,
            self.backend.json_in("service_id", "$1", Elem::Int)
        );
        let found = sqlx::query_as::<_, PlacesOfRow>(&sql)
            .bind(&json)
            .fetch_all(&self.pool)
            .await?;
        let mut by_service: std::collections::HashMap<i64, Vec<usize>> = Default::default();
        for row in found {
            by_service
                .entry(row.service)
                .or_default()
                .push(usize::try_from(row.position).unwrap_or_default());
        }
        Ok(ids
            .iter()
            .flat_map(|id| {
                by_service
                    .remove(id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(move |p| (*id, p))
            })
            .collect())
    }
}

impl Store {
    /// The one-to-one fields of these published services, in this order, in one query.
    pub async fn service_cores(
        &self,
        ids: &[i64],
    ) -> Result<Vec<domain::hsds::ServiceCore>, StoreError> {
        let json = crate::rows::json(ids);
        let sql = format!(
            r#"SELECT s.id AS id, s.name, s.description, s.web, s.emails, s.cost, s.verified_at,
                      o.id AS organization_id, o.name AS organization_name
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE {} AND s.published = 1"#,
            self.backend.json_in("s.id", "$1", Elem::Int)
        );
        let found = sqlx::query_as::<_, ServiceCoresRow>(&sql)
            .bind(&json)
            .fetch_all(&self.pool)
            .await?;
        let mut cores = std::collections::HashMap::with_capacity(found.len());
        for row in found {
            let emails: Vec<domain::Email> = crate::rows::list(&row.emails, "e-mail", row.id)?;
            cores.insert(
                row.id,
                domain::hsds::ServiceCore {
                    id: row.id,
                    name: row.name,
                    description: row.description,
                    web: crate::rows::parsed(row.web, "web", row.id)?,
                    email: emails.into_iter().next(),
                    cost: row.cost,
                    verified_at: row.verified_at,
                    organization: domain::catalog::OrganizationRef {
                        id: row.organization_id,
                        name: row.organization_name,
                    },
                },
            );
        }
        Ok(ids.iter().filter_map(|id| cores.remove(id)).collect())
    }
}
