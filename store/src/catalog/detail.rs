//! The page of one service and the page of one organisation.

use super::search::{SUMMARY, SummaryRow};
use crate::organization_row::OrganizationRow;
use crate::{Store, StoreError, rows};
use domain::catalog::{
    AudienceRef, Location, MunicipalityRef, OrganizationDetail, OrganizationRef, ServiceDetail,
    ServiceRef,
};
use domain::{DeliveryForm, ServiceLanguage, TargetGroup};

#[derive(sqlx::FromRow)]
struct ServiceRow {
    name: String,
    description: String,
    service_type: Option<String>,
    register_id: Option<String>,
    forms: i64,
    languages: i64,
    target_groups: i64,
    hours: Option<String>,
    phones: String,
    emails: String,
    web: Option<String>,
    cost: Option<String>,
    contact_note: Option<String>,
    verified_at: Option<i64>,
    keywords: String,
    key: Option<String>,
    capacities: String,
    organization_id: i64,
    organization_name: String,
}

#[derive(sqlx::FromRow)]
struct LocationRow {
    name: Option<String>,
    street: Option<String>,
    municipality_code: i64,
    municipality_name: String,
    postcode: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    #[sqlx(try_from = "crate::rows::Flag")]
    approximate: bool,
    hours: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AreaRow {
    code: i64,
    name: String,
}

#[derive(sqlx::FromRow)]
struct OtherServiceRow {
    id: i64,
    name: String,
    service_type: Option<String>,
}

impl Store {
    /// A published service, or `None`.
    #[tracing::instrument(skip(self))]
    pub async fn service(&self, id: i64) -> Result<Option<ServiceDetail>, StoreError> {
        let Some(row) = sqlx::query_as::<_, ServiceRow>(
            r#"SELECT s.id AS id, s.name, s.description, s.service_type, s.register_id, s.forms,
               s.languages, s.target_groups,
               s.hours, s.phones, s.emails, s.web, s.cost, s.contact_note, s.verified_at,
               s.keywords, s.key, s.capacities, o.id AS organization_id, o.name AS
               organization_name
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE s.id = $1 AND s.published = 1"#,
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };

        let locations = sqlx::query_as::<_, LocationRow>(
            r#"SELECT l.name, l.street, l.municipality_code, m.name AS municipality_name,
               l.postcode, l.lat, l.lon,
               l.position_approximate AS approximate, l.hours
               FROM locations l JOIN municipalities m ON m.code = l.municipality_code
               WHERE l.service_id = $1 ORDER BY l.position"#,
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|l| {
            Ok(Location {
                municipality: MunicipalityRef {
                    code: rows::municipality_code(l.municipality_code, id)?,
                    name: l.municipality_name,
                },
                postcode: rows::parsed(l.postcode, "PSČ", id)?,
                position: rows::position(l.lat, l.lon),
                position_approximate: l.approximate,
                hours: rows::parsed(l.hours, "otevírací doba místa", id)?,
                name: l.name,
                street: l.street,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;

        let area = sqlx::query_as::<_, AreaRow>(
            r#"SELECT m.code AS code, m.name FROM service_areas a JOIN municipalities m ON m.code
               = a.municipality_code
               WHERE a.service_id = $1 ORDER BY m.sort_key"#,
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|m| {
            Ok(MunicipalityRef {
                code: rows::municipality_code(m.code, id)?,
                name: m.name,
            })
        })
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
        let other_services = sqlx::query_as::<_, OtherServiceRow>(
            r#"SELECT id, name, service_type FROM services
               WHERE organization_id = $1 AND id != $2 AND +published = 1 ORDER BY sort_key"#,
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
            languages: ServiceLanguage::from_mask(row.languages),
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
        let Some(row) = OrganizationRow::read(&self.pool, id).await? else {
            return Ok(None);
        };
        let sql = format!("{SUMMARY} WHERE o.id = $1 AND +s.published = 1 ORDER BY s.sort_key");
        let services = sqlx::query_as::<_, SummaryRow>(&sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let contacts = row.contacts(id)?;
        Ok(Some(OrganizationDetail {
            ico: row.ico(id)?,
            postcode: row.postcode(id)?,
            phones: contacts.phones,
            emails: contacts.emails,
            web: contacts.web,
            services: self.summaries(services).await?,
            municipality: row.municipality(id)?,
            id,
            name: row.name,
            legal_form: row.legal_form,
            description: row.description,
            street: row.street,
            contact_note: row.contact_note,
        }))
    }
}
