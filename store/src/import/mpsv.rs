//! Importing the national register's `rpss.json` (`domain::import::register` reads its items).
//! The register is national: a service with no place in the portal's municipalities is counted,
//! not imported, and places elsewhere are left out. Each item names its provider: the first item
//! of a provider adds or updates it, the others find it by IČO. The items stream, one at a time,
//! and everything is one transaction.

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
        let (mut age_groups, mut elsewhere, mut places_elsewhere) = (0usize, 0usize, 0usize);
        let (mut items, parser) =
            stream::<Item>(path.to_owned(), Some("polozky"), progress.clone());
        while let Some(item) = items.recv().await {
            age_groups += usize::from(!item.vekove_skupiny.is_empty());
            let (organization, mut service) = match entries(&item, today, &mut notes) {
                Ok(read) => read,
                Err(refusal) => {
                    merger.refuse(refusal);
                    merger.note(&mut notes);
                    continue;
                }
            };
            let before = service.locations.len() + service.area.len();
            service.locations.retain(|l| merger.knows(l.municipality));
            service.area.retain(|code| merger.knows(*code));
            if service.locations.is_empty() && service.area.is_empty() {
                elsewhere += 1;
                notes.clear();
                continue;
            }
            places_elsewhere += before - service.locations.len() - service.area.len();
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
        if elsewhere > 0 {
            notes.push(format!(
                "služby registru bez místa v obcích portálu, vynechány: {elsewhere}"
            ));
        }
        if places_elsewhere > 0 {
            notes.push(format!(
                "místa a obce působnosti mimo obce portálu, vynechány: {places_elsewhere}"
            ));
        }
        if age_groups > 0 {
            notes.push(format!(
                "věkové skupiny (vekoveSkupiny) portál neeviduje; služby, u nichž vynechány: {age_groups}"
            ));
        }
        merger.note(&mut notes);
        Ok(merger.finish(dry_run).await?)
    }
}
