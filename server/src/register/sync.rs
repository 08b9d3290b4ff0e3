//! `server sync-register [--adresy PATH]`: the daily run. It downloads the code lists and
//! `rpss.json` from `POMOC_REGISTER_URL` into `POMOC_REGISTER_DIR`, each only when it changed;
//! a download identical to the last imported one is neither read nor written. Otherwise the
//! whole download is read and checked before the database is touched, and refused — the
//! catalogue left as it was, the reason on the staff home page — when a file does not arrive,
//! is cut short or is not the register, a code list is missing, or the region's current services
//! would drop by more than 5 % against the last good run.

use super::download::{Downloader, Fetched, http_date_day};
use super::{Import, RegisterImportError};
use domain::admin::register_runs::{RegisterRun, RunOutcome, drop_refusal};
use domain::import::register::List;
use std::path::PathBuf;
use store::{ImportSummary, Progress, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRequest {
    pub addresses: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("použití: server sync-register [--adresy <CSV nebo složka adresních míst RÚIAN>]")]
    Usage,
    #[error("registr nestažen: {0}")]
    Download(String),
    #[error("registr odmítnut: {0}")]
    Import(#[from] RegisterImportError),
    #[error("databáze selhala")]
    Store(#[from] store::StoreError),
}

/// How a run ended well.
#[derive(Debug)]
pub enum Synced {
    /// The same download as the last imported one: nothing read, nothing written.
    Unchanged,
    Imported(Box<ImportSummary>),
}

pub fn parse_args(args: &[String]) -> Result<SyncRequest, SyncError> {
    match args {
        [] => Ok(SyncRequest { addresses: None }),
        [flag, path] if flag == "--adresy" => Ok(SyncRequest {
            addresses: Some(path.into()),
        }),
        _ => Err(SyncError::Usage),
    }
}

/// One run against the register at `base_url`, its files kept in `dir`, at `now`.
pub async fn sync(
    store: &Store,
    base_url: &str,
    dir: &std::path::Path,
    request: &SyncRequest,
    now: i64,
    progress: &Progress,
) -> Result<Synced, SyncError> {
    let started = std::time::Instant::now();
    let base = base_url.trim_end_matches('/');
    let source = format!("{base}/rpss/rpss.json");
    let refused = |message: String| RegisterRun {
        duration_ms: started.elapsed().as_millis() as i64,
        message,
        ..RegisterRun::begun(now, &source)
    };
    let fetched = match download(base, dir).await {
        Ok(fetched) => fetched,
        Err(message) => {
            store.record_register_run(&refused(message.clone())).await?;
            return Err(SyncError::Download(message));
        }
    };
    let hash = super::download_hash(dir);
    let last = store.last_imported_register_run().await?;
    if hash.is_some() && last.as_ref().and_then(|r| r.content_hash.as_ref()) == hash.as_ref() {
        let run = RegisterRun {
            outcome: RunOutcome::Unchanged,
            content_hash: hash,
            register_date: fetched.register_date,
            message: "registr se od posledního načtení nezměnil".into(),
            ..refused(String::new())
        };
        store.record_register_run(&run).await?;
        tracing::info!("register unchanged since the last import");
        return Ok(Synced::Unchanged);
    }
    let before = last.and_then(|r| r.region_current).unwrap_or(0);
    let guard =
        move |read: &store::RegisterRead| drop_refusal(before, read.facts.region_current as i64);
    let import = Import {
        dir,
        addresses: request.addresses.as_deref(),
        dry_run: false,
        now,
        source: &source,
        register_date: fetched.register_date,
        content_hash: hash,
        guard: &guard,
    };
    let summary = super::import(store, &import, progress).await?;
    Ok(Synced::Imported(Box::new(summary)))
}

struct Download {
    register_date: Option<String>,
}

/// Fetches every code list and `rpss.json`; a reason in Czech when one required is not there.
async fn download(base: &str, dir: &std::path::Path) -> Result<Download, String> {
    let mut downloader = Downloader::new(dir).map_err(|e| e.to_string())?;
    for list in List::ALL {
        let name = list.file_name();
        let url = format!("{base}/ciselniky/{name}");
        match downloader.fetch(&url, &name).await {
            Ok(_) => {}
            Err(e) if list.required() => {
                return Err(format!("chybí číselník {name}: {e}"));
            }
            Err(e) => tracing::info!(%e, "optional code list not fetched"),
        }
    }
    let url = format!("{base}/rpss/rpss.json");
    let fetched = downloader
        .fetch(&url, "rpss.json")
        .await
        .map_err(|e| e.to_string())?;
    let (Fetched::Fresh { last_modified } | Fetched::Unchanged { last_modified }) = fetched;
    Ok(Download {
        register_date: last_modified.as_deref().and_then(http_date_day),
    })
}
