//! Every run of the register import and of its daily download, kept for staff: when, of what,
//! how it ended and what it did. The last imported run is the yardstick of the next download
//! (its content hash, its count of the region's services).

use crate::{Store, StoreError};
use domain::admin::register_runs::{EndedService, RegisterOverview, RegisterRun, RunOutcome};

#[derive(sqlx::FromRow)]
struct EndedServiceRow {
    id: i64,
    name: String,
    ended_on: String,
    reason: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
}

impl From<EndedServiceRow> for EndedService {
    fn from(row: EndedServiceRow) -> EndedService {
        EndedService {
            id: row.id,
            name: row.name,
            ended_on: row.ended_on,
            reason: row.reason,
            published: row.published,
        }
    }
}

#[derive(sqlx::FromRow)]
struct RunsRow {
    started_at: i64,
    duration_ms: i64,
    source: String,
    register_date: Option<String>,
    outcome: String,
    content_hash: Option<String>,
    region_current: Option<i64>,
    added: i64,
    changed: i64,
    ended: i64,
    returned: i64,
    refused: i64,
    conflicts: i64,
    message: String,
}

/// How many runs `/sprava/registr` lists.
const SHOWN: i64 = 60;

impl Store {
    pub async fn record_register_run(&self, run: &RegisterRun) -> Result<(), StoreError> {
        sqlx::query(
            r#"INSERT INTO register_runs
               (started_at, duration_ms, source, register_date, outcome, content_hash,
               region_current,
               added, changed, ended, returned, refused, conflicts, message)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"#,
        )
        .bind(run.started_at)
        .bind(run.duration_ms)
        .bind(&run.source)
        .bind(&run.register_date)
        .bind(run.outcome.slug())
        .bind(&run.content_hash)
        .bind(run.region_current)
        .bind(run.added)
        .bind(run.changed)
        .bind(run.ended)
        .bind(run.returned)
        .bind(run.refused)
        .bind(run.conflicts)
        .bind(&run.message)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The last run that brought the catalogue in line with the register.
    pub async fn last_imported_register_run(&self) -> Result<Option<RegisterRun>, StoreError> {
        Ok(self.runs("WHERE outcome = 'imported'", 1).await?.pop())
    }

    /// The newest run of any outcome.
    pub async fn last_register_run(&self) -> Result<Option<RegisterRun>, StoreError> {
        Ok(self.runs("", 1).await?.pop())
    }

    /// The runs, newest first, and the services the register ended.
    pub async fn register_overview(&self) -> Result<RegisterOverview, StoreError> {
        let ended = sqlx::query_as::<_, EndedServiceRow>(
            r#"SELECT id, name, register_ended_on AS ended_on,
                      COALESCE(register_end_reason, '') AS reason, published
               FROM services WHERE register_ended_on IS NOT NULL
               ORDER BY register_ended_on DESC, sort_key"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(EndedService::from)
        .collect::<Vec<_>>();
        Ok(RegisterOverview {
            runs: self.runs("", SHOWN).await?,
            ended,
        })
    }

    async fn runs(&self, filter: &str, limit: i64) -> Result<Vec<RegisterRun>, StoreError> {
        let sql = format!(
            r#"SELECT started_at, duration_ms, source, register_date, outcome, content_hash,
               region_current,
               added, changed, ended, returned, refused, conflicts, message
               FROM register_runs {filter} ORDER BY started_at DESC, id DESC LIMIT $1"#
        );
        let rows = sqlx::query_as::<_, RunsRow>(&sql)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|r| {
                let outcome =
                    RunOutcome::from_slug(&r.outcome).ok_or_else(|| StoreError::Corrupt {
                        what: "výsledek běhu registru",
                        id: r.started_at,
                        detail: r.outcome.clone(),
                    })?;
                Ok(RegisterRun {
                    started_at: r.started_at,
                    duration_ms: r.duration_ms,
                    source: r.source,
                    register_date: r.register_date,
                    outcome,
                    content_hash: r.content_hash,
                    region_current: r.region_current,
                    added: r.added,
                    changed: r.changed,
                    ended: r.ended,
                    returned: r.returned,
                    refused: r.refused,
                    conflicts: r.conflicts,
                    message: r.message,
                })
            })
            .collect()
    }
}
