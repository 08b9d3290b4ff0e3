//! Importing the HSDS CSV datapackage (`server export --format hsds-csv` writes one): the child
//! tables are read first and filed by their parent's id, then each provider and, one row at a
//! time, each service is nested into the JSON form's objects and goes the same way as an HSDS
//! JSON import. A table the portal does not write (`languages.csv`…) is reported, not read.

use super::FileError;
use super::hsds::{organization_of, services_of};
use super::merger::Merger;
use super::summary::{ImportSummary, Progress};
use crate::Store;
use domain::hsds::tabular::{Children, ORGANIZATIONS, Record, SERVICES, TABLES, TAXONOMIES};
use domain::import::Notes;
use std::collections::HashMap;
use std::path::Path;

impl Store {
    #[tracing::instrument(skip(self, progress))]
    pub async fn import_hsds_csv(
        &self,
        dir: &Path,
        dry_run: bool,
        now: i64,
        progress: &Progress,
    ) -> Result<ImportSummary, FileError> {
        let mut children = Children::default();
        for table in TABLES {
            if [ORGANIZATIONS, SERVICES, TAXONOMIES].contains(&table) {
                continue;
            }
            let path = dir.join(table.file());
            if path.exists() {
                for record in records(&path, None)? {
                    children.add(table, record?);
                }
            }
        }
        let mut merger = Merger::begin(&self.pool, "import hsds-csv", now).await?;
        let mut notes = unknown_tables(dir);
        let mut providers = HashMap::new();
        let path = dir.join(ORGANIZATIONS.file());
        for record in records(&path, None)? {
            let record = record?;
            match children.organization(&record) {
                Ok(organization) => {
                    organization_of(&mut merger, &mut providers, &organization, &mut notes).await?
                }
                Err(e) => merger.refuse(row_refusal(&path, &record, e)),
            }
        }
        let path = dir.join(SERVICES.file());
        for record in records(&path, Some(progress))? {
            let record = record?;
            match children.service(&record) {
                Ok(service) => services_of(&mut merger, &providers, &service, &mut notes).await?,
                Err(e) => merger.refuse(row_refusal(&path, &record, e)),
            }
        }
        progress.finish();
        merger.note(&mut notes);
        Ok(merger.finish(dry_run).await?)
    }
}

/// The rows of a CSV file with a header, each as column → cell; `progress` follows the bytes.
fn records<'a>(
    path: &'a Path,
    progress: Option<&'a Progress>,
) -> Result<impl Iterator<Item = Result<Record, FileError>> + 'a, FileError> {
    let failed = move |detail: String| FileError::Csv {
        path: path.display().to_string(),
        detail,
    };
    let file = std::fs::File::open(path).map_err(|source| FileError::Read {
        path: path.display().to_string(),
        source,
    })?;
    if let Some(progress) = progress {
        progress.start(file.metadata().map(|m| m.len()).unwrap_or(0));
    }
    let mut reader = csv::Reader::from_reader(std::io::BufReader::new(file));
    let header = reader.headers().map_err(|e| failed(e.to_string()))?.clone();
    let mut read = 0;
    Ok(reader.into_records().map(move |row| {
        let row = row.map_err(|e| failed(e.to_string()))?;
        if let (Some(progress), Some(at)) = (progress, row.position()) {
            progress.advance(at.byte() - read);
            read = at.byte();
        }
        Ok(header
            .iter()
            .zip(row.iter())
            .map(|(column, cell)| (column.to_owned(), cell.to_owned()))
            .collect())
    }))
}

/// A row that does not make an HSDS object, named by its name (or id) and file.
fn row_refusal(path: &Path, record: &Record, error: serde_json::Error) -> domain::import::Refusal {
    let name = ["name", "id"]
        .iter()
        .find_map(|c| record.get(*c).filter(|v| !v.is_empty()))
        .map_or("bez jména", String::as_str);
    let file = path.file_name().map_or(path, Path::new).display();
    domain::import::Refusal {
        record: format!("řádek „{name}“ v {file}"),
        detail: error.to_string(),
    }
}

/// CSV files beside the tables the portal reads: named, since they are not read.
fn unknown_tables(dir: &Path) -> Notes {
    let known: Vec<String> = TABLES.iter().map(|t| t.file()).collect();
    let mut unknown: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".csv") && !known.contains(name))
        .collect();
    unknown.sort();
    if unknown.is_empty() {
        Vec::new()
    } else {
        vec![format!("tabulky {} portál nečte", unknown.join(", "))]
    }
}
