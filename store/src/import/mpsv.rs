//! Importing the national register's `rpss.json` (`domain::import::register` reads its items).
//! Each item names its provider: the first item of a provider adds or updates it, the others
//! find it by IČO. The items stream, one at a time, and everything is one transaction.

use super::FileError;
use super::merger::Merger;
use super::stream::stream;
use super::summary::{ImportSummary, Progress};
use crate::Store;
use domain::import::Notes;
use domain::import::register::{Item, entries};
use std::collections::HashMap;
use std::path::Path;

impl Store {
    /// Imports the register's file at `now`; `today` (`YYYY-MM-DD`) refuses ended services.
    #[tracing::instrument(skip(self, progress))]
    pub async fn import_register(
        &self,
        path: &Path,
        dry_run: bool,
        now: i64,
        today: &str,
        progress: &Progress,
    ) -> Result<ImportSummary, FileError> {
        let mut merger = Merger::begin(&self.pool, "import mpsv", now).await?;
        let mut notes = Notes::new();
        // Providers met so far, by IČO or name: their id and name in the directory.
        let mut providers: HashMap<String, Option<(i64, String)>> = HashMap::new();
        let mut age_groups = 0usize;
        let (mut items, parser) =
            stream::<Item>(path.to_owned(), Some("polozky"), progress.clone());
        while let Some(item) = items.recv().await {
            age_groups += usize::from(!item.vekove_skupiny.is_empty());
            let (organization, service) = match entries(&item, today, &mut notes) {
                Ok(read) => read,
                Err(refusal) => {
                    merger.refuse(refusal);
                    merger.note(&mut notes);
                    continue;
                }
            };
            let key = organization
                .ico
                .as_ref()
                .map_or_else(|| organization.name.clone(), |i| i.as_str().to_owned());
            let provider = match providers.get(&key) {
                Some(known) => known.clone(),
                None => {
                    let id = merger.organization(&organization).await?;
                    let known = id.map(|id| (id, organization.name.clone()));
                    providers.insert(key, known.clone());
                    known
                }
            };
            match provider {
                Some((id, name)) => merger.service(id, &name, &service).await?,
                None => notes.push(format!(
                    "služba „{}“: její poskytovatel byl odmítnut, vynechána",
                    service.name
                )),
            }
            merger.note(&mut notes);
        }
        parser.await.map_err(|e| FileError::Json {
            path: path.display().to_string(),
            detail: e.to_string(),
        })??;
        if age_groups > 0 {
            notes.push(format!(
                "věkové skupiny (vekoveSkupiny) portál neeviduje: vynechány u {age_groups} služeb"
            ));
            merger.note(&mut notes);
        }
        Ok(merger.finish(dry_run).await?)
    }
}
