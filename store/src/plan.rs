//! The medium-term plan: stored whole, read whole.

use crate::{Store, StoreError};
use domain::plan::Plan;

#[derive(sqlx::FromRow)]
struct CurrentPlanRow {
    id: i64,
    data: String,
}

impl Store {
    /// The plan with the latest period, if there is one.
    pub async fn current_plan(&self) -> Result<Option<Plan>, StoreError> {
        let Some(row) = sqlx::query_as::<_, CurrentPlanRow>(
            "SELECT id, data FROM plans ORDER BY to_year DESC, id DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        serde_json::from_str(&row.data)
            .map(Some)
            .map_err(|e| StoreError::Corrupt {
                what: "plán",
                id: row.id,
                detail: e.to_string(),
            })
    }
}
