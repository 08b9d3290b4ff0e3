//! Providers as staff edit them: read into the form, created, written back with an audit row per
//! changed field and the search stems of their services rebuilt (the provider's name is in them).

use super::audit::{Actor, Change};
use super::names::municipality_names;
use super::once::{Target, made_before, remember};
use super::service::reindex;
use super::service::{SERVICE_LISTED, ServiceListed};
use crate::organization_row::OrganizationRow;
use crate::{Store, StoreError, rows};
use domain::admin::audit::RecordKind;
use domain::admin::organization_edit::OrganizationEdit;
use domain::admin::views::{AdminOrganizationRow, AdminServiceRow};
use domain::staff::StaffUser;
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct OrganizationListRow {
    id: i64,
    name: String,
    ico: Option<String>,
    services: i64,
}

impl From<OrganizationListRow> for AdminOrganizationRow {
    fn from(row: OrganizationListRow) -> AdminOrganizationRow {
        AdminOrganizationRow {
            id: row.id,
            name: row.name,
            ico: row.ico,
            services: row.services,
        }
    }
}

const KIND: RecordKind = RecordKind::Organization;

/// How saving a provider ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganizationSaved {
    Saved(i64),
    NotFound,
    /// Another provider has this IČO already.
    IcoTaken {
        holder: String,
    },
}

impl Store {
    pub async fn organization_for_edit(
        &self,
        id: i64,
    ) -> Result<Option<OrganizationEdit>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read(&mut conn, id).await
    }

    /// Providers whose name or IČO contains the text, by name, with their number of services.
    pub async fn admin_organizations(
        &self,
        text: &str,
    ) -> Result<Vec<AdminOrganizationRow>, StoreError> {
        let needle = domain::text::fold(text.trim());
        let rows = sqlx::query_as::<_, OrganizationListRow>(
            r#"SELECT o.id AS id, o.name, o.ico,
                      (SELECT COUNT(*) FROM services s WHERE s.organization_id = o.id) AS services
               FROM organizations o ORDER BY o.sort_key"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(AdminOrganizationRow::from)
        .collect::<Vec<_>>();
        Ok(rows
            .into_iter()
            .filter(|r| {
                needle.is_empty()
                    || domain::text::fold(&r.name).contains(&needle)
                    || r.ico.as_deref().is_some_and(|i| i.contains(&needle))
            })
            .collect())
    }

    /// The provider's services, drafts included, for its editor.
    pub async fn organization_services(&self, id: i64) -> Result<Vec<AdminServiceRow>, StoreError> {
        let sql = format!("{SERVICE_LISTED} WHERE o.id = $1 ORDER BY s.sort_key");
        let rows = sqlx::query_as::<_, ServiceListed>(&sql)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(AdminServiceRow::from).collect())
    }

    /// Creates a provider or writes one back, logging each changed field. A repeated creation
    /// (the same one-time key) answers with the provider the first one made.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn save_organization(
        &self,
        target: Target<'_>,
        edit: &OrganizationEdit,
        by: &StaffUser,
        now: i64,
    ) -> Result<OrganizationSaved, StoreError> {
        let mut tx = self.pool.begin().await?;
        let id = match target {
            Target::Existing(id) => Some(id),
            Target::New { once } => match made_before(&mut tx, KIND, once).await? {
                Some(made) => return Ok(OrganizationSaved::Saved(made)),
                None => None,
            },
        };
        let ico = edit.ico.as_ref().map(|i| i.as_str());
        let holder = sqlx::query_scalar::<_, String>(
            "SELECT name FROM organizations WHERE ico = $1 AND id IS DISTINCT FROM $2",
        )
        .bind(ico)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(holder) = holder {
            return Ok(OrganizationSaved::IcoTaken { holder });
        }
        let before = match id {
            Some(id) => match read(&mut tx, id).await? {
                Some(before) => Some(before),
                None => return Ok(OrganizationSaved::NotFound),
            },
            None => None,
        };
        let id = apply(&mut tx, id, before.as_ref(), edit, Actor::Staff(by), now).await?;
        if let Target::New { once } = target {
            remember(&mut tx, KIND, once, id, now).await?;
        }
        crate::catalog::bump_version(&mut *tx).await?;
        tx.commit().await?;
        Ok(OrganizationSaved::Saved(id))
    }
}

/// Writes a provider (a new one when `id` is `None`) over `before`, logging each changed field,
/// and re-stems its services when its name changed. The editor and the import save through here.
pub(crate) async fn apply(
    conn: &mut AnyConnection,
    id: Option<i64>,
    before: Option<&OrganizationEdit>,
    edit: &OrganizationEdit,
    by: Actor<'_>,
    now: i64,
) -> Result<i64, StoreError> {
    let id = write(conn, id, edit).await?;
    let change = Change {
        kind: KIND,
        record_id: id,
        by,
        at: now,
    };
    let codes = [before.and_then(|b| b.municipality), edit.municipality];
    let names = municipality_names(&mut *conn, codes.into_iter().flatten()).await?;
    let place = |code| names.name(code);
    let old = before.map(|b| b.audit_values(&place));
    change
        .log_changes(&mut *conn, old.as_deref(), &edit.audit_values(&place))
        .await?;
    if before.is_some_and(|b| b.name != edit.name) {
        let services =
            sqlx::query_scalar::<_, i64>("SELECT id FROM services WHERE organization_id = $1")
                .bind(id)
                .fetch_all(&mut *conn)
                .await?;
        for service in services {
            reindex(&mut *conn, service).await?;
        }
    }
    Ok(id)
}

async fn write(
    conn: &mut AnyConnection,
    id: Option<i64>,
    edit: &OrganizationEdit,
) -> Result<i64, StoreError> {
    let ico = edit.ico.as_ref().map(|i| i.as_str());
    let municipality = edit.municipality.map(|c| i64::from(c.number()));
    let postcode = edit.postcode.as_ref().map(|p| p.as_str());
    let phones = rows::json(&edit.contacts.phones);
    let emails = rows::json(&edit.contacts.emails);
    let web = edit.contacts.web.as_ref().map(|w| w.as_str());
    let sort = domain::text::sort_key(&edit.name);
    // An existing provider is updated in place, a new one gets its id from the database; the
    // values bind in the same order for both.
    let sql = if id.is_some() {
        r#"UPDATE organizations SET
             name = $1, ico = $2, legal_form = $3, description = $4, street = $5,
             municipality_code = $6, postcode = $7, phones = $8, emails = $9, web = $10,
             contact_note = $11, sort_key = $12
           WHERE id = $13 RETURNING id"#
    } else {
        r#"INSERT INTO organizations
             (name, ico, legal_form, description, street, municipality_code, postcode, phones,
              emails, web, contact_note, sort_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           RETURNING id"#
    };
    let mut query = sqlx::query_scalar::<_, i64>(sql)
        .bind(&edit.name)
        .bind(ico)
        .bind(&edit.legal_form)
        .bind(&edit.description)
        .bind(&edit.street)
        .bind(municipality)
        .bind(postcode)
        .bind(&phones)
        .bind(&emails)
        .bind(web)
        .bind(&edit.contact_note)
        .bind(&sort);
    if let Some(id) = id {
        query = query.bind(id);
    }
    Ok(query.fetch_one(conn).await?)
}

pub(crate) async fn read(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<OrganizationEdit>, StoreError> {
    let Some(row) = OrganizationRow::read(conn, id).await? else {
        return Ok(None);
    };
    Ok(Some(OrganizationEdit {
        ico: row.ico(id)?,
        municipality: row
            .municipality_code
            .map(|code| rows::municipality_code(code, id))
            .transpose()?,
        postcode: row.postcode(id)?,
        contacts: row.contacts(id)?,
        name: row.name,
        legal_form: row.legal_form,
        description: row.description,
        street: row.street,
        contact_note: row.contact_note,
    }))
}
