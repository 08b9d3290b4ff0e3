//! An organisation's published services as its editor reads them and as residents see them, for
//! the verification message and the provider's pages.

use crate::StoreError;
use crate::editing::EditedService;
use crate::editing::names::municipality_names;
use domain::mail::provider::ListedService;
use sqlx::AnyConnection;

/// Organisation `organization_id`'s published services by name (or only service `only`, if it
/// is one of them): each as stored, and as listed.
pub(super) async fn published(
    conn: &mut AnyConnection,
    organization_id: i64,
    only: Option<i64>,
) -> Result<Vec<(EditedService, ListedService)>, StoreError> {
    let ids = match only {
        None => sqlx::query_scalar::<_, i64>(
            "SELECT id FROM services WHERE organization_id = $1 AND published = 1 ORDER BY sort_key",
        )
        .bind(organization_id),
        Some(id) => sqlx::query_scalar::<_, i64>(
            "SELECT id FROM services WHERE organization_id = $1 AND published = 1 AND id = $2",
        )
        .bind(organization_id)
        .bind(id),
    }
    .fetch_all(&mut *conn)
    .await?;
    let mut services = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(stored) = crate::editing::service::read(conn, id).await? {
            let places = stored.edit.locations.iter().map(|l| l.municipality);
            let names = municipality_names(conn, places).await?;
            let listed = ListedService::of(&stored.edit, &|code| names.name(code));
            services.push((stored, listed));
        }
    }
    Ok(services)
}

impl crate::Store {
    /// Organisation `organization_id`'s published services as residents see them.
    pub async fn listed_services(
        &self,
        organization_id: i64,
    ) -> Result<Vec<ListedService>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        Ok(published(&mut conn, organization_id, None)
            .await?
            .into_iter()
            .map(|(_, listed)| listed)
            .collect())
    }
}
