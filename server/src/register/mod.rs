//! The national register from the command line. `server import --format mpsv DIR` reads a
//! download on disk; `server sync-register` (`sync.rs`) fetches one from MPSV first
//! (`download.rs`). Both read and check the whole download before anything is written, and
//! both keep a record of every run for staff (`/sprava/registr`).

pub mod download;
pub mod sync;

use domain::admin::register_runs::{RegisterRun, RunOutcome};
use sha2::{Digest, Sha256};
use std::path::Path;
use store::{ImportSummary, Progress, RegisterError, RegisterRead, RegisterSource, Store};

/// What the caller asks of one import of a download on disk.
pub struct Import<'a> {
    pub dir: &'a Path,
    pub addresses: Option<&'a Path>,
    pub dry_run: bool,
    /// Unix seconds.
    pub now: i64,
    /// Where the download came from, for the record of the run.
    pub source: &'a str,
    /// The register's date, when the download said it.
    pub register_date: Option<String>,
    /// The download's hash when the caller has already worked it out (the daily run does, to
    /// see whether anything changed); else it is worked out once the file proved to be the
    /// register, so a file of garbage is not read twice.
    pub content_hash: Option<String>,
    /// A last check of what was read (the daily run's drop check): a reason refuses it.
    pub guard: &'a (dyn Fn(&RegisterRead) -> Option<String> + Sync),
}

/// Why an import of the register did not write.
#[derive(Debug, thiserror::Error)]
pub enum RegisterImportError {
    #[error("{0}")]
    Register(#[from] RegisterError),
    #[error("{0}")]
    Refused(String),
    #[error("databáze selhala")]
    Store(#[from] store::StoreError),
}

/// Reads, checks and applies the download; records the run (a dry run is not recorded).
pub async fn import(
    store: &Store,
    request: &Import<'_>,
    progress: &Progress,
) -> Result<ImportSummary, RegisterImportError> {
    let started = std::time::Instant::now();
    let today = domain::admin::date::iso_date(request.now);
    let mut run = RegisterRun {
        register_date: request.register_date.clone(),
        ..RegisterRun::begun(request.now, request.source)
    };
    let result = read_and_apply(store, request, &today, progress, &mut run).await;
    run.duration_ms = started.elapsed().as_millis() as i64;
    match &result {
        Ok(summary) => {
            run.content_hash = request
                .content_hash
                .clone()
                .or_else(|| download_hash(request.dir));
            run.outcome = RunOutcome::Imported;
            run.added = summary.services.added as i64;
            run.changed = summary.services.changed as i64;
            run.ended = summary.ended.len() as i64;
            run.returned = summary.returned.len() as i64;
            run.refused = summary.refused.len() as i64;
            run.conflicts = summary.conflicts.len() as i64;
        }
        Err(error) => {
            run.message = error.to_string();
            tracing::warn!(%error, "register refused");
        }
    }
    if !request.dry_run {
        store.record_register_run(&run).await?;
    }
    result
}

async fn read_and_apply(
    store: &Store,
    request: &Import<'_>,
    today: &str,
    progress: &Progress,
    run: &mut RegisterRun,
) -> Result<ImportSummary, RegisterImportError> {
    let source = RegisterSource {
        dir: request.dir,
        addresses: request.addresses,
        today,
    };
    let read = store.read_register(&source, progress).await?;
    run.region_current = Some(read.facts.region_current as i64);
    if let Some(reason) = (request.guard)(&read) {
        return Err(RegisterImportError::Refused(reason));
    }
    Ok(store
        .apply_register(read, request.dry_run, request.now, today)
        .await?)
}

/// SHA-256 of a download: of `rpss.json` and every code list present, each with its name, so
/// a download identical to the last imported one is known without reading it. `None` when
/// `rpss.json` cannot be read (the import then says why).
pub fn download_hash(dir: &Path) -> Option<String> {
    let mut hasher = Sha256::new();
    let names = std::iter::once("rpss.json".to_owned()).chain(
        domain::import::register::List::ALL
            .iter()
            .map(|l| l.file_name()),
    );
    for (i, name) in names.enumerate() {
        let Ok(mut file) = std::fs::File::open(dir.join(&name)) else {
            if i == 0 {
                return None;
            }
            continue;
        };
        hasher.update(name.as_bytes());
        std::io::copy(&mut file, &mut hasher).ok()?;
    }
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// The day a file was last written, `YYYY-MM-DD` (a download on disk says no other date).
pub fn file_date(path: &Path) -> Option<String> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let secs = modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(domain::admin::date::iso_date(secs as i64))
}

/// What the register import did, in Czech, as the commands print it: the usual counts, then
/// the region's figures, what ended or returned, and what the reader met and left out.
pub fn describe_register(summary: &ImportSummary) -> String {
    let mut text = String::new();
    if let Some(f) = &summary.register {
        text.push_str(&format!(
            "registr: {} položek; v obcích portálu {} aktuálních služeb, jinde {}\n",
            f.items, f.region_current, f.elsewhere
        ));
        for (reason, n) in &f.region_not_current {
            text.push_str(&format!("v obcích portálu neaktuální ({reason}): {n}\n"));
        }
        if f.places_elsewhere > 0 {
            text.push_str(&format!(
                "místa a obce působnosti mimo obce portálu, vynechány: {}\n",
                f.places_elsewhere
            ));
        }
        text.push_str(&format!(
            "místa na mapě: {} přesně podle adresního bodu RÚIAN, {} na středu obce\n",
            f.places_exact, f.places_approximate
        ));
    }
    for (label, lines) in [("ukončeno", &summary.ended), ("znovu", &summary.returned)] {
        for line in lines {
            text.push_str(&format!("{label}: {line}\n"));
        }
    }
    for tally in &summary.tallies {
        text.push_str(&format!("soubor registru: {tally}\n"));
    }
    text
}
