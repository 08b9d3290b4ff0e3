//! Signals counted in the process's memory and added to the database in one transaction per
//! flush (`counted = counted + n`, so several servers on one database add up). Counting takes a
//! lock and a map entry, no IO: a resident's request never waits for the database because of it.

use crate::{Store, StoreError};
use domain::needs::report::{DayTotal, MIN_SHOWN, Period, SubjectTotal, Tally};
use domain::needs::{Day, Signal, SignalKind};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// At most this many different (day, kind, subject) wait for a flush; beyond it new ones are
/// not counted (known ones still are), so memory stays bounded whatever is searched for.
const MAX_PENDING: usize = 50_000;

type Key = (Day, SignalKind, String);

/// The counts not yet written.
#[derive(Debug, Default)]
pub struct PendingSignals {
    counts: Mutex<HashMap<Key, u64>>,
}

impl PendingSignals {
    fn add(&self, key: Key, n: u64) -> bool {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let full = counts.len() >= MAX_PENDING;
        match counts.get_mut(&key) {
            Some(count) => *count += n,
            None if full => return false,
            None => {
                counts.insert(key, n);
            }
        }
        true
    }

    fn take(&self) -> HashMap<Key, u64> {
        std::mem::take(&mut *self.counts.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

#[derive(sqlx::FromRow)]
struct DayRow {
    day: String,
    kind: String,
    counted: i64,
}

#[derive(sqlx::FromRow)]
struct SubjectRow {
    kind: String,
    subject: String,
    counted: i64,
}

/// Tallies of periods that ended before today, which change only when a flush brings counts
/// of their days late (a server's last minute before midnight): the public page asks for the
/// same one all day. A handful at most; the oldest are dropped wholesale.
#[derive(Debug, Default)]
pub struct TallyCache {
    tallies: Mutex<HashMap<Period, Arc<Tally>>>,
    /// Held while a finished period is summed, so the visitors who ask at once wait for one
    /// sum instead of each starting their own (a national year takes seconds).
    summing: tokio::sync::Mutex<()>,
}

impl TallyCache {
    /// Forgets the tallies of periods reaching `day` or later.
    fn forget_from(&self, day: Day) {
        let mut tallies = self.tallies.lock().unwrap_or_else(|e| e.into_inner());
        tallies.retain(|period, _| period.to < day);
    }
}

const CACHED_TALLIES: usize = 16;

impl Store {
    /// Counts `signal` on the day of `now` (Unix seconds), in memory until the next flush.
    pub fn count_signal(&self, signal: Signal, now: i64) {
        if !self
            .signals
            .add((Day::of(now), signal.kind, signal.subject), 1)
        {
            tracing::warn!("too many different signals waiting; this one is not counted");
        }
    }

    /// Adds the counts waiting in memory to the database; on failure they wait for the next.
    pub async fn flush_signals(&self) -> Result<usize, StoreError> {
        let pending = self.signals.take();
        if pending.is_empty() {
            return Ok(0);
        }
        let earliest = pending.keys().map(|(day, _, _)| *day).min();
        // Days before today are in the public report: its pages must be made again.
        let late = earliest.is_some_and(|day| day < Day::of(crate::now()));
        match self.write_signals(&pending, late).await {
            Ok(()) => {
                if let Some(earliest) = earliest {
                    self.tallies.forget_from(earliest);
                }
                if late && let Err(error) = self.refresh_content_version().await {
                    tracing::warn!(%error, "reading the content version failed");
                }
                Ok(pending.len())
            }
            Err(error) => {
                for (key, n) in pending {
                    self.signals.add(key, n);
                }
                Err(error)
            }
        }
    }

    async fn write_signals(
        &self,
        pending: &HashMap<Key, u64>,
        late: bool,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        if late {
            crate::content_version::bump(&mut tx, self.backend).await?;
        }
        for ((day, kind, subject), n) in pending {
            sqlx::query(
                r#"INSERT INTO signals (day, kind, subject, counted) VALUES ($1, $2, $3, $4)
                   ON CONFLICT (day, kind, subject)
                   DO UPDATE SET counted = signals.counted + excluded.counted"#,
            )
            .bind(day.to_string())
            .bind(kind.code())
            .bind(subject)
            .bind(i64::try_from(*n).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Deletes the days older than 25 months before `today`; returns how many rows went.
    pub async fn forget_old_signals(&self, today: Day) -> Result<u64, StoreError> {
        Ok(sqlx::query("DELETE FROM signals WHERE day < $1")
            .bind(today.oldest_kept().to_string())
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// What the period's signals add up to (`domain::needs::report::Tally`), summed by the
    /// database; a period that ended before `today` is summed once and kept.
    pub async fn signal_tally(&self, period: Period, today: Day) -> Result<Arc<Tally>, StoreError> {
        let complete = period.to < today;
        let cached = || {
            let tallies = self
                .tallies
                .tallies
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            tallies.get(&period).cloned()
        };
        let _turn = if complete {
            if let Some(tally) = cached() {
                return Ok(tally);
            }
            let turn = self.tallies.summing.lock().await;
            if let Some(tally) = cached() {
                return Ok(tally);
            }
            Some(turn)
        } else {
            None
        };
        let (from, to) = (period.from.to_string(), period.to.to_string());
        let days = sqlx::query_as::<_, DayRow>(
            r#"SELECT day, kind, CAST(SUM(counted) AS BIGINT) AS counted FROM signals
               WHERE day >= $1 AND day <= $2 GROUP BY day, kind ORDER BY day, kind"#,
        )
        .bind(&from)
        .bind(&to)
        .fetch_all(&self.pool)
        .await?;
        let free: Vec<&str> = SignalKind::ALL
            .iter()
            .filter(|k| !k.listed_whole())
            .map(|k| k.code())
            .collect();
        let subjects = sqlx::query_as::<_, SubjectRow>(
            r#"SELECT kind, subject, CAST(SUM(counted) AS BIGINT) AS counted FROM signals
               WHERE day >= $1 AND day <= $2 GROUP BY kind, subject
               HAVING SUM(counted) >= $3 OR kind NOT IN ($4, $5, $6)"#,
        )
        .bind(&from)
        .bind(&to)
        .bind(i64::try_from(MIN_SHOWN).unwrap_or(i64::MAX))
        .bind(free.first().copied().unwrap_or_default())
        .bind(free.get(1).copied().unwrap_or_default())
        .bind(free.get(2).copied().unwrap_or_default())
        .fetch_all(&self.pool)
        .await?;
        // A kind this build does not know (written by a newer one) is left out.
        let tally = Arc::new(Tally {
            days: days
                .into_iter()
                .filter_map(|row| {
                    Some(DayTotal {
                        day: Day::parse(&row.day)?,
                        kind: SignalKind::parse(&row.kind)?,
                        count: u64::try_from(row.counted).unwrap_or(0),
                    })
                })
                .collect(),
            subjects: subjects
                .into_iter()
                .filter_map(|row| {
                    Some(SubjectTotal {
                        kind: SignalKind::parse(&row.kind)?,
                        subject: row.subject,
                        count: u64::try_from(row.counted).unwrap_or(0),
                    })
                })
                .collect(),
        });
        if complete {
            let mut cached = self
                .tallies
                .tallies
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if cached.len() >= CACHED_TALLIES {
                cached.clear();
            }
            cached.insert(period, tally.clone());
        }
        Ok(tally)
    }
}
