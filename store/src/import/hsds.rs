//! Importing HSDS 3.0 JSON — `organizations.json` and `services.json` as `server export` writes
//! them, or as another system following the specification does. Each object is read through
//! `domain::import` (phones, IČO, municipality codes, code lists, the portal's attributes) and
//! added or merged by the `Merger`, all in one transaction.

use super::FileError;
use super::merger::Merger;
use super::stream::stream;
use super::summary::{ImportSummary, Progress};
use crate::Store;
use domain::hsds::{Organization, Service};
use domain::import::{Notes, organization_entry, service_entry};
use std::collections::HashMap;
use std::path::Path;

impl Store {
    /// Imports `organizations.json` and `services.json` from `dir` at `now`; with `dry_run`,
    /// reports what it would do and changes nothing. The providers are read whole (they are
    /// few); the services stream, one at a time.
    #[tracing::instrument(skip(self, progress))]
    pub async fn import_hsds(
        &self,
        dir: &Path,
        dry_run: bool,
        now: i64,
        progress: &Progress,
    ) -> Result<ImportSummary, FileError> {
        let organizations: Vec<Organization> = read(&dir.join("organizations.json"))?;
        let mut merger = Merger::begin(&self.pool, "import hsds-json", now).await?;
        let mut notes = Notes::new();
        let mut providers = HashMap::new();
        for organization in &organizations {
            organization_of(&mut merger, &mut providers, organization, &mut notes).await?;
        }
        let path = dir.join("services.json");
        let (mut services, parser) = stream::<Service>(path, None, progress.clone());
        while let Some(service) = services.recv().await {
            services_of(&mut merger, &providers, &service, &mut notes).await?;
        }
        parser.await.map_err(|e| FileError::Json {
            path: dir.join("services.json").display().to_string(),
            detail: e.to_string(),
        })??;
        Ok(merger.finish(dry_run).await?)
    }
}

/// Adds or merges one provider, remembering its id by its HSDS id.
pub(super) async fn organization_of(
    merger: &mut Merger,
    providers: &mut HashMap<String, (String, i64)>,
    organization: &Organization,
    notes: &mut Notes,
) -> Result<(), FileError> {
    match organization_entry(organization, notes) {
        Ok(entry) => {
            if let Some(id) = merger.organization(&entry).await? {
                providers.insert(organization.id.clone(), (entry.name, id));
            }
        }
        Err(refusal) => merger.refuse(refusal),
    }
    merger.note(notes);
    Ok(())
}

/// Adds or merges one service of a provider read before; a service whose provider is unknown
/// is noted.
pub(super) async fn services_of(
    merger: &mut Merger,
    providers: &HashMap<String, (String, i64)>,
    service: &Service,
    notes: &mut Notes,
) -> Result<(), FileError> {
    let provider = service
        .organization_id
        .as_ref()
        .and_then(|id| providers.get(id));
    let Some((name, id)) = provider else {
        notes.push(format!(
            "služba „{}“: její poskytovatel v organizations.json není (nebo byl odmítnut), vynechána",
            service.name
        ));
        return Ok(());
    };
    match service_entry(service, notes) {
        Ok(entry) => merger.service(*id, name, &entry).await?,
        Err(refusal) => merger.refuse(refusal),
    }
    merger.note(notes);
    Ok(())
}

pub(crate) fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, FileError> {
    let text = std::fs::read(path).map_err(|source| FileError::Read {
        path: path.display().to_string(),
        source,
    })?;
    serde_json::from_slice(&text).map_err(|e| FileError::Json {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}
