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

/// Why a project could not join the pool.
#[derive(Debug, thiserror::Error)]
pub enum ProposalError {
    #[error("portál zatím nemá plán, do jehož zásobníku by projekt patřil")]
    NoPlan,
    #[error("{0}")]
    Plan(#[from] domain::plan::PlanError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Adds `project` to the current plan's project pool, the plan checked whole again.
    pub async fn add_project(&self, project: domain::plan::Project) -> Result<(), ProposalError> {
        let mut tx = self.pool.begin().await.map_err(StoreError::from)?;
        let row = sqlx::query_as::<_, CurrentPlanRow>(
            "SELECT id, data FROM plans ORDER BY to_year DESC, id DESC LIMIT 1",
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(StoreError::from)?
        .ok_or(ProposalError::NoPlan)?;
        let mut plan: Plan = serde_json::from_str(&row.data).map_err(|e| StoreError::Corrupt {
            what: "plán",
            id: row.id,
            detail: e.to_string(),
        })?;
        plan.projects.push(project);
        plan.check()?;
        let data = serde_json::to_string(&plan).map_err(|e| StoreError::Corrupt {
            what: "plán",
            id: row.id,
            detail: e.to_string(),
        })?;
        sqlx::query("UPDATE plans SET data = $1 WHERE id = $2")
            .bind(data)
            .bind(row.id)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from)?;
        tx.commit().await.map_err(StoreError::from)?;
        // The pool is part of the site search.
        self.reindex_content().await?;
        Ok(())
    }
}
