//! A service as staff edit it: read into the edit form, written back with an audit row per changed
//! field, its places rewritten (a location keeps its map position while its address stays), its
//! search stems rebuilt, and the catalogue version bumped so every index reloads.

use super::audit::{Actor, Change};
use super::names::municipality_names;
use super::once::{made_before, remember};
use crate::places::{self, NewLocation};
use crate::{Store, StoreError, rows};
use domain::admin::audit::RecordKind;
use domain::admin::contacts::Contacts;
use domain::admin::service_edit::{LocationEdit, ServiceEdit};
use domain::admin::views::AdminServiceRow;
use domain::catalog::OrganizationRef;
use domain::staff::StaffUser;
use domain::{Coordinates, DeliveryForm, MunicipalityCode, ServiceLanguage, TargetGroup};
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct ReadRow {
    name: String,
    description: String,
    keywords: String,
    phones: String,
    emails: String,
    web: Option<String>,
    hours: Option<String>,
    cost: Option<String>,
    contact_note: Option<String>,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
    verified_at: Option<i64>,
    verified_by: Option<String>,
    service_type: Option<String>,
    forms: i64,
    languages: i64,
    target_groups: i64,
    register_ended_on: Option<String>,
    register_end_reason: Option<String>,
    organization_id: i64,
    organization: String,
}

#[derive(sqlx::FromRow)]
struct LocationRow {
    name: Option<String>,
    street: Option<String>,
    municipality_code: i64,
    postcode: Option<String>,
    hours: Option<String>,
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    municipality_code: i64,
    street: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    #[sqlx(try_from = "crate::rows::Flag")]
    approximate: bool,
}

#[derive(sqlx::FromRow)]
struct CentreRow {
    lat: f64,
    lon: f64,
}

#[derive(sqlx::FromRow)]
struct ReindexRow {
    name: String,
    keywords: String,
    description: String,
    service_type: Option<String>,
    forms: i64,
    target_groups: i64,
    organization: String,
}

/// A service as the editor opens it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedService {
    pub id: i64,
    pub organization: OrganizationRef,
    pub edit: ServiceEdit,
    pub verified_at: Option<i64>,
    pub verified_by: Option<String>,
    /// The day the register ended it or stopped listing it, and why (`2026-10-31: …`).
    pub register_ended: Option<String>,
}

/// What the admin list shows: text in the name or organisation, drafts or published only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceListFilter {
    pub text: String,
    pub published: Option<bool>,
}

/// A stored location's address and map position.
struct StoredPosition {
    municipality: i64,
    street: Option<String>,
    at: Option<Coordinates>,
    approximate: bool,
}

/// The services of the admin lists, before the clause that picks them.
pub(super) const SERVICE_LISTED: &str =
    "SELECT s.id, s.name, o.name AS organization, s.published, s.verified_at
     FROM services s JOIN organizations o ON o.id = s.organization_id";

/// A row of [`SERVICE_LISTED`].
#[derive(sqlx::FromRow)]
pub(super) struct ServiceListed {
    id: i64,
    name: String,
    organization: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
    verified_at: Option<i64>,
}

impl From<ServiceListed> for AdminServiceRow {
    fn from(r: ServiceListed) -> AdminServiceRow {
        AdminServiceRow {
            id: r.id,
            name: r.name,
            organization: r.organization,
            published: r.published,
            verified_at: r.verified_at,
        }
    }
}

impl Store {
    pub async fn service_for_edit(&self, id: i64) -> Result<Option<EditedService>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read(&mut conn, id).await
    }

    /// A new draft service of a provider, named; the editor fills in the rest. `None`: no such
    /// provider. A repeated creation (the same one-time key) answers with the service the first
    /// one made.
    #[tracing::instrument(skip(self, by), fields(staff = %by.username))]
    pub async fn create_service(
        &self,
        organization_id: i64,
        name: &str,
        once: &str,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await?;
        if let Some(made) = made_before(&mut tx, RecordKind::Service, once).await? {
            return Ok(Some(made));
        }
        let sort = domain::text::sort_key(name);
        let Some(id) = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO services (organization_id, name, forms, target_groups, published,
               sort_key)
               SELECT id, $1, 0, 0, 0, $2 FROM organizations WHERE id = $3
               RETURNING id"#,
        )
        .bind(name)
        .bind(&sort)
        .bind(organization_id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(None);
        };
        remember(&mut tx, RecordKind::Service, once, id, now).await?;
        Change {
            kind: RecordKind::Service,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        }
        .log(&mut tx, "založeno", "", name)
        .await?;
        reindex(&mut tx, id).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Writes the edit (and, when `verified` names a source, today's verification, approved by
    /// `by`). `None`: no such service. Unchanged fields write nothing to the log.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn update_service(
        &self,
        id: i64,
        edit: &ServiceEdit,
        verified: Option<domain::verification::Source>,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(before) = read(&mut tx, id).await? else {
            return Ok(None);
        };
        let change = Change {
            kind: RecordKind::Service,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        apply(&mut tx, id, &before.edit, edit, &change).await?;
        if let Some(source) = verified {
            let name = by.username.as_str();
            crate::providers::log_verification(&mut tx, &change, source, name).await?;
        }
        crate::catalog::bump_version(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(()))
    }

    /// Services for the admin list, by name.
    pub async fn admin_services(
        &self,
        filter: &ServiceListFilter,
    ) -> Result<Vec<AdminServiceRow>, StoreError> {
        let needle = domain::text::fold(filter.text.trim());
        let all = filter.published.is_none();
        let published = filter.published.unwrap_or(true);
        let sql = format!("{SERVICE_LISTED} WHERE ($1 OR s.published = $2) ORDER BY s.sort_key");
        let rows = sqlx::query_as::<_, ServiceListed>(&sql)
            .bind(all)
            .bind(i64::from(published))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .filter(|r| {
                needle.is_empty()
                    || domain::text::fold(&format!("{} {}", r.name, r.organization))
                        .contains(&needle)
            })
            .map(AdminServiceRow::from)
            .collect())
    }

    /// Services not verified since `before` (never verified first, then oldest first).
    pub async fn unverified_services(
        &self,
        before: i64,
        limit: i64,
    ) -> Result<Vec<AdminServiceRow>, StoreError> {
        let sql = format!(
            "{SERVICE_LISTED} WHERE s.verified_at IS NULL OR s.verified_at < $1
             ORDER BY s.verified_at IS NOT NULL, s.verified_at, s.sort_key LIMIT $2"
        );
        let rows = sqlx::query_as::<_, ServiceListed>(&sql)
            .bind(before)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(AdminServiceRow::from).collect())
    }
}

pub(crate) async fn read(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<EditedService>, StoreError> {
    let Some(row) = sqlx::query_as::<_, ReadRow>(
        r#"SELECT s.name, s.description, s.keywords, s.phones, s.emails, s.web, s.hours, s.cost,
           s.contact_note, s.published AS published, s.verified_at, s.verified_by,
           s.service_type, s.forms, s.languages, s.target_groups, s.register_ended_on, s.register_end_reason,
           o.id AS organization_id, o.name AS organization
           FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id = $1"#,
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let area = sqlx::query_scalar::<_, i64>(
        r#"SELECT municipality_code FROM service_areas WHERE service_id = $1 ORDER BY
           municipality_code"#,
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|code| rows::municipality_code(code, id))
    .collect::<Result<Vec<_>, _>>()?;
    let locations = sqlx::query_as::<_, LocationRow>(
        r#"SELECT name, street, municipality_code, postcode, hours FROM locations
         WHERE service_id = $1 ORDER BY position"#,
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|l| {
        Ok(LocationEdit {
            name: l.name,
            street: l.street,
            municipality: rows::municipality_code(l.municipality_code, id)?,
            postcode: rows::parsed(l.postcode, "PSČ", id)?,
            hours: rows::parsed(l.hours, "otevírací doba", id)?,
            position: None,
        })
    })
    .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(Some(EditedService {
        id,
        organization: OrganizationRef {
            id: row.organization_id,
            name: row.organization,
        },
        edit: ServiceEdit {
            name: row.name,
            description: row.description,
            keywords: row.keywords,
            contacts: Contacts {
                phones: rows::list(&row.phones, "telefon", id)?,
                emails: rows::list(&row.emails, "e-mail", id)?,
                web: rows::parsed(row.web, "web", id)?,
            },
            hours: rows::parsed(row.hours, "otevírací doba", id)?,
            cost: row.cost,
            contact_note: row.contact_note,
            service_type: rows::parsed(row.service_type, "druh služby", id)?,
            target_groups: TargetGroup::from_mask(row.target_groups),
            forms: DeliveryForm::from_mask(row.forms),
            languages: ServiceLanguage::from_mask(row.languages),
            area,
            locations,
            published: row.published,
        },
        verified_at: row.verified_at,
        verified_by: row.verified_by,
        register_ended: row
            .register_ended_on
            .map(|on| format!("{on}: {}", row.register_end_reason.unwrap_or_default())),
    }))
}

/// Writes a service's edit over `before`, logging each changed field as `change` says, and
/// rebuilds its places and search stems. The editor and the import both save through here.
pub(crate) async fn apply(
    conn: &mut AnyConnection,
    id: i64,
    before: &ServiceEdit,
    edit: &ServiceEdit,
    change: &Change<'_>,
) -> Result<(), StoreError> {
    let codes = before.places().chain(edit.places());
    let names = municipality_names(&mut *conn, codes).await?;
    let place = |code| names.name(code);
    change
        .log_changes(
            &mut *conn,
            Some(&before.audit_values(&place)),
            &edit.audit_values(&place),
        )
        .await?;
    let phones = rows::json(&edit.contacts.phones);
    let emails = rows::json(&edit.contacts.emails);
    let web = edit.contacts.web.as_ref().map(|w| w.as_str());
    let hours = edit.hours.as_ref().map(ToString::to_string);
    let sort = domain::text::sort_key(&edit.name);
    let service_type = edit.service_type.map(|t| t.slug());
    let forms = DeliveryForm::mask(&edit.forms);
    let target_groups = TargetGroup::mask(&edit.target_groups);
    let languages = ServiceLanguage::mask(&edit.languages);
    sqlx::query(
        r#"UPDATE services SET name = $1, description = $2, keywords = $3, phones = $4, emails =
           $5, web = $6,
           hours = $7, cost = $8, contact_note = $9, published = $10, sort_key = $11,
           service_type = $12, forms = $13, target_groups = $14, languages = $15
           WHERE id = $16"#,
    )
    .bind(&edit.name)
    .bind(&edit.description)
    .bind(&edit.keywords)
    .bind(&phones)
    .bind(&emails)
    .bind(web)
    .bind(&hours)
    .bind(&edit.cost)
    .bind(&edit.contact_note)
    .bind(i64::from(edit.published))
    .bind(&sort)
    .bind(service_type)
    .bind(forms)
    .bind(target_groups)
    .bind(languages)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    write_places(conn, id, edit).await?;
    reindex(conn, id).await
}

/// Rewrites the service's locations and area. A location whose municipality and street are
/// unchanged keeps its map position; a new or moved one gets its municipality's centre, marked
/// approximate.
async fn write_places(
    conn: &mut AnyConnection,
    id: i64,
    edit: &ServiceEdit,
) -> Result<(), StoreError> {
    let stored: Vec<StoredPosition> = sqlx::query_as::<_, StoredRow>(
        r#"SELECT municipality_code, street, lat, lon, position_approximate AS approximate
           FROM locations WHERE service_id = $1 ORDER BY position"#,
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| StoredPosition {
        municipality: r.municipality_code,
        street: r.street,
        at: rows::position(r.lat, r.lon),
        approximate: r.approximate,
    })
    .collect();
    sqlx::query("DELETE FROM locations WHERE service_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM service_areas WHERE service_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (position, location) in edit.locations.iter().enumerate() {
        let code = i64::from(location.municipality.number());
        let kept = stored.iter().find_map(|s| {
            (s.municipality == code && s.street == location.street)
                .then_some(s.at.map(|at| (at, s.approximate)))
                .flatten()
        });
        let (at, approximate) = match (location.position, kept) {
            (Some(known), _) => (known, false),
            (None, Some(kept)) => kept,
            (None, None) => (centre(conn, location.municipality).await?, true),
        };
        let new = NewLocation {
            name: location.name.as_deref(),
            street: location.street.as_deref(),
            municipality: location.municipality,
            postcode: location.postcode.as_ref().map(|p| p.as_str()),
            at,
            approximate,
            hours: location.hours.as_ref().map(ToString::to_string),
        };
        places::insert_location(conn, id, position, &new).await?;
    }
    places::insert_area(conn, id, edit.area.iter().copied()).await?;
    places::refresh_places(conn, id).await
}

async fn centre(
    conn: &mut AnyConnection,
    code: MunicipalityCode,
) -> Result<Coordinates, StoreError> {
    let number = i64::from(code.number());
    let row = sqlx::query_as::<_, CentreRow>("SELECT lat, lon FROM municipalities WHERE code = $1")
        .bind(number)
        .fetch_optional(conn)
        .await?;
    row.and_then(|r| Coordinates::new(r.lat, r.lon).ok())
        .ok_or_else(|| StoreError::Corrupt {
            what: "kód obce",
            id: number,
            detail: "obec není v seznamu obcí".into(),
        })
}

/// Rebuilds the search stems of one service from what is stored.
pub(crate) async fn reindex(conn: &mut AnyConnection, id: i64) -> Result<(), StoreError> {
    let row = sqlx::query_as::<_, ReindexRow>(
        r#"SELECT s.name, s.keywords, s.description, s.service_type, s.forms, s.target_groups,
                  o.name AS organization
           FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id = $1"#,
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let places = sqlx::query_scalar::<_, String>(
        r#"SELECT m.name FROM locations l JOIN municipalities m ON m.code = l.municipality_code
         WHERE l.service_id = $1 ORDER BY l.position"#,
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let stems = crate::fts::service_stems(&crate::fts::ServiceText {
        name: &row.name,
        organization: &row.organization,
        keywords: &row.keywords,
        description: &row.description,
        service_type: rows::parsed(row.service_type, "druh služby", id)?,
        forms: &DeliveryForm::from_mask(row.forms),
        target_groups: &TargetGroup::from_mask(row.target_groups),
        places: &places,
    });
    crate::fts::replace(conn, "service_search", id, &stems).await
}
