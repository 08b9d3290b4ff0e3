//! A service as staff edit it: read into the edit form, written back with an audit row per changed
//! field, its search stems rebuilt, and the catalogue version bumped so every index reloads.

use super::audit::Change;
use crate::{Store, StoreError, rows};
use domain::admin::audit::{RecordKind, changes};
use domain::admin::service_edit::ServiceEdit;
use domain::admin::views::AdminServiceRow;
use domain::staff::StaffUser;
use domain::{DeliveryForm, TargetGroup};
use sqlx::SqliteConnection;

/// A service as the editor opens it.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedService {
    pub id: i64,
    pub organization: String,
    pub edit: ServiceEdit,
    pub verified_at: Option<i64>,
    pub verified_by: Option<String>,
}

/// What the admin list shows: text in the name or organisation, drafts or published only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceListFilter {
    pub text: String,
    pub published: Option<bool>,
}

impl Store {
    pub async fn service_for_edit(&self, id: i64) -> Result<Option<EditedService>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read(&mut conn, id).await
    }

    /// Writes the edit (and, when `verified`, today's verification by `by`). `None`: no such
    /// service. Unchanged fields write nothing to the log.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn update_service(
        &self,
        id: i64,
        edit: &ServiceEdit,
        verified: bool,
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
            by,
            at: now,
        };
        for (field, old, new) in changes(&before.edit.audit_values(), &edit.audit_values()) {
            change.log(&mut tx, field, &old, &new).await?;
        }
        let phones = rows::json(&edit.phones);
        let emails = rows::json(&edit.emails);
        let web = edit.web.as_ref().map(|w| w.as_str());
        let hours = edit.hours.as_ref().map(ToString::to_string);
        let sort = domain::text::sort_key(&edit.name);
        sqlx::query!(
            "UPDATE services SET name = ?, description = ?, keywords = ?, phones = ?, emails = ?, web = ?,
                    hours = ?, cost = ?, contact_note = ?, published = ?, sort_key = ?
             WHERE id = ?",
            edit.name,
            edit.description,
            edit.keywords,
            phones,
            emails,
            web,
            hours,
            edit.cost,
            edit.contact_note,
            edit.published,
            sort,
            id
        )
        .execute(&mut *tx)
        .await?;
        if verified {
            let old = before
                .verified_at
                .map(domain::admin::date::czech_date)
                .unwrap_or_default();
            change
                .log(
                    &mut tx,
                    "ověřeno",
                    &old,
                    &domain::admin::date::czech_date(now),
                )
                .await?;
            let name = by.username.as_str();
            sqlx::query!(
                "UPDATE services SET verified_at = ?, verified_by = ? WHERE id = ?",
                now,
                name,
                id
            )
            .execute(&mut *tx)
            .await?;
        }
        reindex(&mut tx, id).await?;
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
        let rows = sqlx::query!(
            r#"SELECT s.id AS "id!: i64", s.name, o.name AS organization, s.published AS "published!: bool", s.verified_at
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE (? OR s.published = ?)
               ORDER BY s.sort_key"#,
            all,
            published
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter(|r| {
                needle.is_empty()
                    || domain::text::fold(&format!("{} {}", r.name, r.organization))
                        .contains(&needle)
            })
            .map(|r| AdminServiceRow {
                id: r.id,
                name: r.name,
                organization: r.organization,
                published: r.published,
                verified_at: r.verified_at,
            })
            .collect())
    }

    /// Services not verified since `before` (never verified first, then oldest first).
    pub async fn unverified_services(
        &self,
        before: i64,
        limit: i64,
    ) -> Result<Vec<AdminServiceRow>, StoreError> {
        Ok(sqlx::query_as!(
            AdminServiceRow,
            r#"SELECT s.id AS "id!: i64", s.name, o.name AS organization, s.published AS "published!: bool", s.verified_at
               FROM services s JOIN organizations o ON o.id = s.organization_id
               WHERE s.verified_at IS NULL OR s.verified_at < ?
               ORDER BY s.verified_at IS NOT NULL, s.verified_at, s.sort_key
               LIMIT ?"#,
            before,
            limit
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

async fn read(conn: &mut SqliteConnection, id: i64) -> Result<Option<EditedService>, StoreError> {
    let Some(row) = sqlx::query!(
        r#"SELECT s.name, s.description, s.keywords, s.phones, s.emails, s.web, s.hours, s.cost,
                  s.contact_note, s.published AS "published!: bool", s.verified_at, s.verified_by,
                  o.name AS organization
           FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id = ?"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some(EditedService {
        id,
        organization: row.organization,
        edit: ServiceEdit {
            name: row.name,
            description: row.description,
            keywords: row.keywords,
            phones: rows::list(&row.phones, "telefon", id)?,
            emails: rows::list(&row.emails, "e-mail", id)?,
            web: rows::parsed(row.web, "web", id)?,
            hours: rows::parsed(row.hours, "otevírací doba", id)?,
            cost: row.cost,
            contact_note: row.contact_note,
            published: row.published,
        },
        verified_at: row.verified_at,
        verified_by: row.verified_by,
    }))
}

/// Rebuilds the search stems of one service from what is stored.
async fn reindex(conn: &mut SqliteConnection, id: i64) -> Result<(), StoreError> {
    let row = sqlx::query!(
        r#"SELECT s.name, s.keywords, s.description, s.service_type, s.forms, s.target_groups,
                  o.name AS organization
           FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id = ?"#,
        id
    )
    .fetch_one(&mut *conn)
    .await?;
    let places = sqlx::query_scalar!(
        "SELECT m.name FROM locations l JOIN municipalities m ON m.code = l.municipality_code
         WHERE l.service_id = ? ORDER BY l.position",
        id
    )
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
    sqlx::query!(
        "INSERT OR REPLACE INTO service_search (rowid, stems) VALUES (?, ?)",
        id,
        stems
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
