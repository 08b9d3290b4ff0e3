//! The wizard's tree and the services its outcomes name.

use crate::backend::Elem;
use crate::{Store, StoreError};
use domain::Slug;
use domain::catalog::ServiceSummary;
use domain::wizard::WizardTree;

#[derive(sqlx::FromRow)]
struct ServicesByKeyRow {
    id: i64,
    key: String,
}

impl Store {
    /// The "Potřebuji pomoc" tree, or `None` before any was stored.
    pub async fn wizard_tree(&self) -> Result<Option<WizardTree>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        crate::editing::wizard::read(&mut conn, crate::editing::wizard::PUBLISHED).await
    }

    /// Published services by their keys, in the order asked; unknown keys are left out.
    pub async fn services_by_key(&self, keys: &[Slug]) -> Result<Vec<ServiceSummary>, StoreError> {
        let wanted = crate::rows::json(keys);
        // `+published`: not by the listing's index, which SQLite would otherwise walk for every
        // published service (12.6 ms on 10,000) instead of looking up the few keys.
        let sql = format!(
            r#"SELECT id, key FROM services
               WHERE {} AND +published = 1"#,
            self.backend.json_in("key", "$1", Elem::Text)
        );
        let found = sqlx::query_as::<_, ServicesByKeyRow>(&sql)
            .bind(&wanted)
            .fetch_all(&self.pool)
            .await?;
        let ids: Vec<i64> = keys
            .iter()
            .filter_map(|k| found.iter().find(|f| f.key == k.as_str()).map(|f| f.id))
            .collect();
        self.summaries_of(&ids).await
    }
}

impl Store {
    /// Is any of the services present in `municipality` (a place there, or its area)?
    pub async fn any_present_in(
        &self,
        services: &[i64],
        municipality: domain::MunicipalityCode,
    ) -> Result<bool, StoreError> {
        let sql = format!(
            r#"SELECT COUNT(*) FROM service_places
               WHERE municipality_code = $1 AND {}"#,
            self.backend.json_in("service_id", "$2", Elem::Int)
        );
        let found: i64 = sqlx::query_scalar(&sql)
            .bind(i64::from(municipality.number()))
            .bind(crate::rows::json(services))
            .fetch_one(&self.pool)
            .await?;
        Ok(found > 0)
    }
}
