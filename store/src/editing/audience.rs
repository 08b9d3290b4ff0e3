//! Audiences as staff edit them: name, description and the target groups they stand for. The
//! catalogue version is bumped, since the index and every page's menu read audiences.

use super::audit::{Actor, Change};
use crate::{Store, StoreError};
use domain::TargetGroup;
use domain::admin::audience_edit::AudienceEdit;
use domain::admin::audit::RecordKind;
use domain::staff::StaffUser;

#[derive(sqlx::FromRow)]
struct AudienceForEditRow {
    id: i64,
    name: String,
    description: String,
    target_groups: i64,
    translations: String,
}

impl Store {
    /// The audience with this slug, as its form shows it, with its id.
    pub async fn audience_for_edit(
        &self,
        slug: &str,
    ) -> Result<Option<(i64, AudienceEdit)>, StoreError> {
        sqlx::query_as::<_, AudienceForEditRow>(
            "SELECT id, name, description, target_groups, translations FROM audiences
             WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        .map(|r| -> Result<_, StoreError> {
            Ok((
                r.id,
                AudienceEdit {
                    translations: crate::rows::translations(
                        &r.translations,
                        "překlady skupiny",
                        r.id,
                    )?,
                    name: r.name,
                    description: r.description,
                    target_groups: TargetGroup::from_mask(r.target_groups),
                },
            ))
        })
        .transpose()
    }

    /// Writes the audience back, logging each changed field. `None`: no such audience.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn update_audience(
        &self,
        slug: &str,
        edit: &AudienceEdit,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let Some((id, before)) = self.audience_for_edit(slug).await? else {
            return Ok(None);
        };
        let mut tx = self.pool.begin().await?;
        let mask = TargetGroup::mask(&edit.target_groups);
        sqlx::query(
            "UPDATE audiences SET name = $1, description = $2, target_groups = $3, translations = $4
             WHERE id = $5",
        )
        .bind(&edit.name)
        .bind(&edit.description)
        .bind(mask)
        .bind(edit.translations.to_json())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let change = Change {
            kind: RecordKind::Audience,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        change
            .log_changes(&mut tx, Some(&before.audit_values()), &edit.audit_values())
            .await?;
        crate::catalog::bump_version(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(()))
    }
}
