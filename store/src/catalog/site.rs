//! Facts every page needs: the region, whether the data is sample data, the audiences.

use crate::{Store, StoreError};
use domain::catalog::SiteInfo;
use domain::{Audience, AudienceSlug, TargetGroup};
use sqlx::{Any, Executor};

#[derive(sqlx::FromRow)]
struct MetaRow {
    region_name: Option<String>,
    sample_data: Option<String>,
    service_count: i64,
}

#[derive(sqlx::FromRow)]
struct AudiencesFromRow {
    id: i64,
    slug: String,
    name: String,
    description: String,
    target_groups: i64,
    topics: String,
    translations: String,
}

impl Store {
    pub async fn site_info(&self) -> Result<SiteInfo, StoreError> {
        let meta = sqlx::query_as::<_, MetaRow>(
            r#"SELECT
                 (SELECT value FROM site_meta WHERE key = 'region_name') AS region_name,
                 (SELECT value FROM site_meta WHERE key = 'sample_data') AS sample_data,
                 (SELECT COUNT(*) FROM services WHERE published = 1) AS service_count"#,
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(SiteInfo {
            sample_data: meta.sample_data.as_deref() == Some("1"),
            region_name: meta.region_name.unwrap_or_default(),
            audiences: self.audiences().await?,
            topics: self.topics().await?,
            service_count: u32::try_from(meta.service_count).unwrap_or(0),
        })
    }

    /// The audiences in the order staff set, with their translations: the catalogue index's
    /// (an edit bumps its version), so the layout and the catalogue read them without a query.
    pub async fn audiences(&self) -> Result<Vec<Audience>, StoreError> {
        Ok(self.catalog_index().await?.audiences.clone())
    }

    pub(crate) async fn audiences_from<'e>(
        &self,
        executor: impl Executor<'e, Database = Any>,
    ) -> Result<Vec<Audience>, StoreError> {
        let sql = format!(
            r#"SELECT a.id, a.slug, a.name, a.description, a.target_groups, a.translations,
                      (SELECT {} FROM
                          (SELECT t.slug FROM audience_topics at JOIN topics t ON t.id = at.topic_id
                           WHERE at.audience_id = a.id ORDER BY at.position) AS ordered) AS topics
               FROM audiences a ORDER BY a.position, a.id"#,
            self.backend.json_array_agg("slug")
        );
        sqlx::query_as::<_, AudiencesFromRow>(&sql)
            .fetch_all(executor)
            .await?
            .into_iter()
            .map(|row| {
                Ok(Audience {
                    slug: AudienceSlug::parse(&row.slug).map_err(|e| StoreError::Corrupt {
                        what: "označení skupiny",
                        id: row.id,
                        detail: e.to_string(),
                    })?,
                    name: row.name,
                    description: row.description,
                    target_groups: TargetGroup::from_mask(row.target_groups),
                    topics: crate::rows::list(&row.topics, "témata skupiny", row.id)?,
                    translations: crate::rows::translations(
                        &row.translations,
                        "překlady skupiny",
                        row.id,
                    )?,
                })
            })
            .collect()
    }

    /// The districts whose municipalities the catalogue offers, as the JSON array stored.
    pub(crate) async fn district_codes_json<'e>(
        &self,
        executor: impl Executor<'e, Database = Any>,
    ) -> Result<String, StoreError> {
        let codes = sqlx::query_scalar::<_, String>(
            "SELECT value FROM site_meta WHERE key = 'district_codes'",
        )
        .fetch_optional(executor)
        .await?;
        Ok(codes.unwrap_or_else(|| "[]".to_owned()))
    }
}

impl Store {
    /// The municipalities of the site's districts, in Czech order.
    pub async fn district_municipalities(
        &self,
    ) -> Result<Vec<domain::catalog::MunicipalityRef>, StoreError> {
        Ok(self
            .catalog_index()
            .await?
            .district
            .iter()
            .map(|d| d.municipality.clone())
            .collect())
    }
}
