//! Writing a register download that has been read and checked, in one transaction: address
//! points, providers and services through the `Merger` (as every import), and then the
//! register's word on which services exist. A service the register ended, or no longer lists
//! for the region, is unpublished with the day and the reason — never deleted, and only once,
//! so staff may publish it again; one the register lists again is published again when it was
//! the import that unpublished it.

use super::{RegisterError, RegisterRead};
use crate::import::ImportSummary;
use crate::import::merger::Merger;
use domain::admin::audit::RecordKind;
use domain::admin::published_label;
use sqlx::AnyPool;
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct StoredRow {
    id: i64,
    name: String,
    register_id: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    published: bool,
    ended_on: Option<String>,
    reason: Option<String>,
}

pub(super) async fn apply(
    pool: &AnyPool,
    read: RegisterRead,
    dry_run: bool,
    now: i64,
    today: &str,
) -> Result<ImportSummary, RegisterError> {
    let mut merger = Merger::begin(pool, "import mpsv", now)
        .await?
        .confirming(domain::verification::Source::Register);
    for (code, at) in &read.new_points {
        sqlx::query(
            r#"INSERT INTO address_points (code, lat, lon) VALUES ($1, $2, $3)
               ON CONFLICT (code) DO UPDATE SET lat = excluded.lat, lon = excluded.lon"#,
        )
        .bind(i64::try_from(*code).unwrap_or(i64::MAX))
        .bind(at.lat())
        .bind(at.lon())
        .execute(&mut *merger.conn())
        .await?;
        merger.touch();
    }
    // Providers met so far, by IČO or name: their id and name in the directory.
    let mut providers: HashMap<String, Option<(i64, String)>> = HashMap::new();
    for current in &read.current {
        let organization = &current.organization;
        let key = organization
            .ico
            .as_ref()
            .map_or_else(|| organization.name.clone(), |i| i.as_str().to_owned());
        let provider = match providers.get(&key) {
            Some(known) => known.clone(),
            None => {
                let id = merger.organization(organization).await?;
                let known = id.map(|id| (id, organization.name.clone()));
                providers.insert(key, known.clone());
                known
            }
        };
        match provider {
            Some((id, name)) => merger.service(id, &name, &current.service).await?,
            None => merger.summary().refused.push(format!(
                "služba „{}“: její poskytovatel byl odmítnut, vynechána",
                current.service.name
            )),
        }
    }
    settle_the_registers_word(&mut merger, &read, today).await?;
    let mut summary = merger.finish(dry_run).await?;
    summary.refused.extend(read.refused);
    summary.tallies = read.tallies.list();
    summary.register = Some(read.facts);
    Ok(summary)
}

/// Unpublishes the services the register ended or stopped listing, and publishes again those
/// it lists again.
async fn settle_the_registers_word(
    merger: &mut Merger,
    read: &RegisterRead,
    today: &str,
) -> Result<(), RegisterError> {
    let stored = sqlx::query_as::<_, StoredRow>(
        r#"SELECT id, name, register_id, published, register_ended_on AS ended_on,
                  register_end_reason AS reason
           FROM services WHERE register_id IS NOT NULL ORDER BY id"#,
    )
    .fetch_all(&mut *merger.conn())
    .await?;
    for s in stored {
        let listed = read.listed.contains(&s.register_id);
        match (listed, &s.ended_on) {
            (true, Some(on)) => {
                set_ended(merger, s.id, None, true).await?;
                if !s.published {
                    log_state(merger, s.id, false, true).await?;
                }
                let was = format!("{on}: {}", s.reason.unwrap_or_default());
                log_ending(merger, s.id, &was, "").await?;
                merger.summary().returned.push(format!(
                    "služba „{}“: registr ji znovu uvádí, zveřejněna",
                    s.name
                ));
            }
            (false, None) if s.published => {
                let (on, reason) = match read.ended.get(&s.register_id) {
                    Some((on, reason)) => (on.clone(), reason.clone()),
                    None if read.outside.contains(&s.register_id) => (
                        today.to_owned(),
                        "registr jí už nedává místo ani působnost v obcích portálu".to_owned(),
                    ),
                    None => (today.to_owned(), "registr ji už neuvádí".to_owned()),
                };
                set_ended(merger, s.id, Some((&on, &reason)), false).await?;
                log_state(merger, s.id, true, false).await?;
                log_ending(merger, s.id, "", &format!("{on}: {reason}")).await?;
                merger
                    .summary()
                    .ended
                    .push(format!("služba „{}“: {reason}, nezveřejněna", s.name));
            }
            _ => {}
        }
    }
    Ok(())
}

async fn set_ended(
    merger: &mut Merger,
    id: i64,
    ended: Option<(&str, &str)>,
    published: bool,
) -> Result<(), RegisterError> {
    sqlx::query(
        r#"UPDATE services SET register_ended_on = $1, register_end_reason = $2, published = $3
           WHERE id = $4"#,
    )
    .bind(ended.map(|(on, _)| on))
    .bind(ended.map(|(_, reason)| reason))
    .bind(i64::from(published))
    .bind(id)
    .execute(&mut *merger.conn())
    .await?;
    merger.touch();
    Ok(())
}

async fn log_state(
    merger: &mut Merger,
    id: i64,
    before: bool,
    after: bool,
) -> Result<(), RegisterError> {
    let change = merger.change(RecordKind::Service, id);
    change
        .log(
            merger.conn(),
            "stav",
            published_label(before),
            published_label(after),
        )
        .await?;
    Ok(())
}

async fn log_ending(
    merger: &mut Merger,
    id: i64,
    before: &str,
    after: &str,
) -> Result<(), RegisterError> {
    let change = merger.change(RecordKind::Service, id);
    change
        .log(merger.conn(), "ukončení v registru", before, after)
        .await?;
    Ok(())
}
