//! Importing the national register as MPSV publishes it: a folder with `rpss.json` and the code
//! lists beside it (`druhy-socialni-sluzby.json`…), and optionally RÚIAN's address points.
//!
//! Two steps, so that nothing is written until the whole download has been read and checked:
//! [`Store::read_register`] reads every file (`files.rs`), keeps the services of the portal's
//! region (`region.rs`) and places their facilities (`addresses.rs`), writing nothing;
//! [`Store::apply_register`] then merges them in one transaction (`apply.rs`): providers and
//! services added or updated as every import does, services the register ended or stopped
//! listing unpublished with the reason, returning ones published again. `runs.rs` keeps every
//! run for staff.

mod addresses;
mod apply;
mod files;
mod region;
mod runs;

use super::FileError;
use super::stream::stream;
use super::summary::{Progress, RegisterFacts};
use crate::{Store, StoreError};
use domain::Coordinates;
use domain::import::register::{Current, Reader, Reading, Tallies, read};
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// At most this share of `rpss.json`'s items may lack the register's shape (each is refused
/// and named); more, and the file is refused whole as not the register.
const UNREADABLE_PER_MILLE: usize = 10;

/// Why a register download was refused; nothing of it was written.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("soubor {path} nelze přečíst: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("ve složce {dir} chybí rpss.json (registr poskytovatelů sociálních služeb)")]
    NoRegister { dir: String },
    #[error(
        "{path} je soubor: import registru čte složku, v níž je rpss.json a vedle něj číselníky (druhy-socialni-sluzby.json…)"
    )]
    NotAFolder { path: String },
    #[error("ve složce {dir} chybí číselníky registru: {}", files.join(", "))]
    MissingCodeLists { dir: String, files: Vec<String> },
    #[error("{0}")]
    CodeList(String),
    #[error("soubor {path} není soubor registru: {detail}")]
    File { path: String, detail: String },
    #[error("soubor {path} nemá žádnou položku (polozky je prázdné)")]
    Empty { path: String },
    #[error(
        "rpss.json nemá podobu, jakou registr zveřejňuje: {unreadable} z {items} položek nejde přečíst; první: {first}"
    )]
    Shape {
        unreadable: usize,
        items: usize,
        first: String,
    },
    #[error("adresní místa RÚIAN: {0}")]
    Addresses(String),
    #[error("databáze selhala")]
    Store(#[from] StoreError),
}

impl From<FileError> for RegisterError {
    fn from(e: FileError) -> Self {
        match e {
            FileError::Read { path, source } => RegisterError::Read { path, source },
            FileError::Json { path, detail } | FileError::Csv { path, detail } => {
                RegisterError::File { path, detail }
            }
            FileError::Store(e) => RegisterError::Store(e),
        }
    }
}

impl From<sqlx::Error> for RegisterError {
    fn from(e: sqlx::Error) -> Self {
        RegisterError::Store(e.into())
    }
}

/// What to read: the download's folder, RÚIAN's address points, and the day that decides
/// what is current (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy)]
pub struct RegisterSource<'a> {
    pub dir: &'a Path,
    pub addresses: Option<&'a Path>,
    pub today: &'a str,
}

/// A register download read and checked, not yet written.
#[derive(Debug, Default)]
pub struct RegisterRead {
    /// The region's current services with their providers, places positioned.
    pub(crate) current: Vec<Current>,
    /// Every item that is not current: register id → the day the register gives and why.
    pub(crate) ended: HashMap<String, (String, String)>,
    /// Register ids of current services with no place in the portal's region.
    pub(crate) outside: HashSet<String>,
    /// Register ids of the region's current services, and of items that could not be read
    /// (which are not to be unpublished for being missing).
    pub(crate) listed: HashSet<String>,
    /// Address points read from RÚIAN that the database does not hold yet.
    pub(crate) new_points: Vec<(u64, Coordinates)>,
    pub(crate) refused: Vec<String>,
    pub(crate) tallies: Tallies,
    pub facts: RegisterFacts,
}

impl Store {
    /// Reads the register download at `source` whole and checks it; writes nothing.
    #[tracing::instrument(skip(self, progress))]
    pub async fn read_register(
        &self,
        source: &RegisterSource<'_>,
        progress: &Progress,
    ) -> Result<RegisterRead, RegisterError> {
        if source.dir.is_file() {
            return Err(RegisterError::NotAFolder {
                path: source.dir.display().to_string(),
            });
        }
        let path = source.dir.join("rpss.json");
        if !path.is_file() {
            return Err(RegisterError::NoRegister {
                dir: source.dir.display().to_string(),
            });
        }
        let lists = files::code_lists(source.dir)?;
        let region = region::Region::load(&self.pool).await?;
        let reader = Reader {
            lists: &lists,
            today: source.today,
        };
        let mut out = RegisterRead::default();
        let mut unreadable = Vec::new();
        let (mut items, parser) =
            stream::<Box<RawValue>>(path.clone(), Some("polozky"), progress.clone());
        while let Some(raw) = items.recv().await {
            out.facts.items += 1;
            let item = match files::item(&raw, out.facts.items) {
                Ok(item) => item,
                Err(bad) => {
                    out.listed.extend(bad.id);
                    unreadable.push(bad.message);
                    continue;
                }
            };
            match read(&item, &reader, &mut out.tallies) {
                Ok(Reading::Current(c)) => region.take(*c, &lists, &mut out),
                Ok(Reading::Ended(e)) => region.ended(e, &mut out),
                Err(refusal) => out.refused.push(refusal.to_string()),
            }
        }
        parser.await.map_err(|e| RegisterError::File {
            path: path.display().to_string(),
            detail: e.to_string(),
        })??;
        progress.finish();
        if out.facts.items == 0 {
            return Err(RegisterError::Empty {
                path: path.display().to_string(),
            });
        }
        if let Some(first) = unreadable.first()
            && unreadable.len() * 1000 > out.facts.items * UNREADABLE_PER_MILLE
        {
            return Err(RegisterError::Shape {
                unreadable: unreadable.len(),
                items: out.facts.items,
                first: first.clone(),
            });
        }
        out.refused.extend(unreadable);
        addresses::place(&mut out, source.addresses, &self.pool, &region).await?;
        Ok(out)
    }

    /// Writes what [`Store::read_register`] read, in one transaction, at `now` (Unix seconds)
    /// on `today`; a dry run reports and rolls back. A run that changes nothing writes nothing.
    #[tracing::instrument(skip_all, fields(services = read.current.len(), dry_run))]
    pub async fn apply_register(
        &self,
        read: RegisterRead,
        dry_run: bool,
        now: i64,
        today: &str,
    ) -> Result<super::ImportSummary, RegisterError> {
        apply::apply(&self.pool, read, dry_run, now, today).await
    }
}
