//! The page of one service and the page of one organisation.

use super::search::{SUMMARY, SummaryRow};
use crate::{Store, StoreError, rows};
use domain::catalog::{
    AudienceRef, Location, MunicipalityRef, OrganizationDetail, OrganizationRef, ServiceDetail,
    ServiceRef,
};
use domain::{DeliveryForm, TargetGroup};

impl Store {
    /// A published service, or `None`.
    #[tracing::instrument(skip(self))]
    pub async fn service(&self, id: i64) -> Result<Option<ServiceDetail>, StoreError> {
        let Some(row) = crate::rows::record!(
            r#"SELECT s.id AS id, s.name, s.description, s.service_type, s.register_id, s.forms, s.target_groups,
                      s.hours, s.phones, s.emails, s.web, s.cost, s.contact_note, s.verified_at,
                      s.keywords, s.key, s.capacities, o.id AS organization_id, o.name AS organization_name
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE s.id = $1 AND s.published = 1"#,
            Row {
                name: String,
                description: String,
                service_type: Option::<String>,
                register_id: Option::<String>,
                forms: i64,
                target_groups: i64,
                hours: Option::<String>,
                phones: String,
                emails: String,
                web: Option::<String>,
                cost: Option::<String>,
                contact_note: Option::<String>,
                verified_at: Option::<i64>,
                keywords: String,
                key: Option::<String>,
                capacities: String,
                organization_id: i64,
                organization_name: String,
            },
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };

        let locations = crate::rows::record!(
            r#"SELECT l.name, l.street, l.municipality_code, m.name AS municipality_name, l.postcode, l.lat, l.lon,
                      l.position_approximate AS approximate, l.hours
               FROM locations l JOIN municipalities m ON m.code = l.municipality_code
               WHERE l.service_id = $1 ORDER BY l.position"#,
            Row {
                name: Option::<String>,
                street: Option::<String>,
                municipality_code: i64,
                municipality_name: String,
                postcode: Option::<String>,
                lat: Option::<f64>,
                lon: Option::<f64>,
                #[sqlx(try_from = "crate::rows::Flag")]
                approximate: bool,
                hours: Option::<String>,
            },
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|l| {
            Ok(Location {
                municipality: MunicipalityRef { code: rows::municipality_code(l.municipality_code, id)?, name: l.municipality_name },
                postcode: rows::parsed(l.postcode, "PSČ", id)?,
                position: rows::position(l.lat, l.lon),
                position_approximate: l.approximate,
                hours: rows::parsed(l.hours, "otevírací doba místa", id)?,
                name: l.name,
                street: l.street,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;

        let area = crate::rows::record!(
            r#"SELECT m.code AS code, m.name FROM service_areas a JOIN municipalities m ON m.code = a.municipality_code
               WHERE a.service_id = $1 ORDER BY m.sort_key"#,
            Row {
                code: i64,
                name: String,
            },
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|m| Ok(MunicipalityRef { code: rows::municipality_code(m.code, id)?, name: m.name }))
        .collect::<Result<Vec<_>, StoreError>>()?;

        let audiences = self
            .audiences()
            .await?
            .into_iter()
            .filter(|a| a.covers(row.target_groups))
            .map(|a| AudienceRef {
                slug: a.slug,
                name: a.name,
            })
            .collect();

        // `+published`: without it SQLite walks the (published, sort_key) index over every
        // published service to save a sort, instead of the provider's few (5 ms → 0.1 ms at
        // national size).
        let other_services = crate::rows::record!(
            r#"SELECT id, name, service_type FROM services
               WHERE organization_id = $1 AND id != $2 AND +published = 1 ORDER BY sort_key"#,
            Row {
                id: i64,
                name: String,
                service_type: Option::<String>
            }
        )
        .bind(row.organization_id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|s| {
            Ok(ServiceRef {
                service_type: rows::parsed(s.service_type, "druh služby", s.id)?,
                id: s.id,
                name: s.name,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;

        Ok(Some(ServiceDetail {
            service_type: rows::parsed(row.service_type, "druh služby", id)?,
            register_id: rows::parsed(row.register_id, "identifikátor", id)?,
            forms: DeliveryForm::from_mask(row.forms),
            target_groups: TargetGroup::from_mask(row.target_groups),
            hours: rows::parsed(row.hours, "otevírací doba", id)?,
            capacities: rows::list(&row.capacities, "kapacita", id)?,
            phones: rows::list(&row.phones, "telefon", id)?,
            emails: rows::list(&row.emails, "e-mail", id)?,
            web: rows::parsed(row.web, "web", id)?,
            organization: OrganizationRef {
                id: row.organization_id,
                name: row.organization_name,
            },
            audiences,
            locations,
            area,
            other_services,
            id,
            name: row.name,
            description: row.description,
            cost: row.cost,
            contact_note: row.contact_note,
            verified_at: row.verified_at,
            keywords: row.keywords,
            key: rows::parsed(row.key, "klíč služby", id)?,
        }))
    }

    /// An organisation with its published services, or `None`.
    #[tracing::instrument(skip(self))]
    pub async fn organization(&self, id: i64) -> Result<Option<OrganizationDetail>, StoreError> {
        let Some(row) = crate::rows::record!(
            r#"SELECT o.id AS id, o.name, o.ico, o.legal_form, o.description, o.street, o.municipality_code,
                      m.name AS municipality_name, o.postcode, o.phones, o.emails, o.web, o.contact_note
               FROM organizations o LEFT JOIN municipalities m ON m.code = o.municipality_code
               WHERE o.id = $1"#,
            Row {
                name: String,
                ico: Option::<String>,
                legal_form: Option::<String>,
                description: String,
                street: Option::<String>,
                municipality_code: Option::<i64>,
                municipality_name: Option::<String>,
                postcode: Option::<String>,
                phones: String,
                emails: String,
                web: Option::<String>,
                contact_note: Option::<String>,
            },
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let sql = format!("{SUMMARY} WHERE o.id = $1 AND +s.published = 1 ORDER BY s.sort_key");
        let services = sqlx::query_as::<_, SummaryRow>(&sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let municipality = match (row.municipality_code, row.municipality_name) {
            (Some(code), Some(name)) => Some(MunicipalityRef {
                code: rows::municipality_code(code, id)?,
                name,
            }),
            _ => None,
        };
        Ok(Some(OrganizationDetail {
            ico: rows::parsed(row.ico, "IČO", id)?,
            postcode: rows::parsed(row.postcode, "PSČ", id)?,
            phones: rows::list(&row.phones, "telefon", id)?,
            emails: rows::list(&row.emails, "e-mail", id)?,
            web: rows::parsed(row.web, "web", id)?,
            services: self.summaries(services).await?,
            municipality,
            id,
            name: row.name,
            legal_form: row.legal_form,
            description: row.description,
            street: row.street,
            contact_note: row.contact_note,
        }))
    }
}
