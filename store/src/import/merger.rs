//! Adding or updating one record of a file import, inside the import's transaction. A record is
//! matched by IČO (providers) or register id (services), else by name; a new one is added, a
//! present one takes what the file says differently unless staff edited that field since its
//! last import (`domain::import::merge`). A record that breaks a rule is refused with its
//! reason and the import goes on; the file as a whole stands or falls in one transaction, and a
//! file that changes nothing writes nothing (no record is even marked).

use super::Writer;
use super::summary::{Counts, ImportSummary};
use crate::StoreError;
use crate::editing::audit::{Actor, edited_since_import, mark_imported};
use crate::editing::names::municipality_names;
use crate::editing::{organization, service};
use crate::places;
use crate::rows;
use domain::admin::audit::RecordKind;
use domain::capacity::Capacity;
use domain::import::{
    Merged, Notes, OrganizationEntry, Refusal, ServiceEntry, merge_organization, merge_service,
};

pub(crate) struct Merger {
    writer: Writer,
    /// Who the audit log says made the changes: `import mpsv`.
    source: &'static str,
    now: i64,
    summary: ImportSummary,
    /// Whether anything has been written: a run that wrote nothing is rolled back.
    touched: bool,
    /// The source a changed service counts as confirmed by (the register: the provider's own
    /// filing with the regional authority); `None` for a file staff import.
    confirms: Option<domain::verification::Source>,
}

impl Merger {
    pub(crate) async fn begin(
        pool: &sqlx::AnyPool,
        source: &'static str,
        now: i64,
    ) -> Result<Merger, StoreError> {
        let mut writer = Writer::begin(pool).await?;
        writer.known_municipalities().await?;
        Ok(Merger {
            writer,
            source,
            now,
            summary: ImportSummary::default(),
            touched: false,
            confirms: None,
        })
    }

    /// Services this import changes count as confirmed by `source`.
    pub(crate) fn confirming(self, source: domain::verification::Source) -> Merger {
        Merger {
            confirms: Some(source),
            ..self
        }
    }

    /// The transaction, for what the importer writes itself; [`Merger::touch`] says it did.
    pub(crate) fn conn(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.writer.tx
    }

    pub(crate) fn touch(&mut self) {
        self.touched = true;
    }

    pub(crate) fn summary(&mut self) -> &mut ImportSummary {
        &mut self.summary
    }

    /// A change as the audit log records it, made by this import now.
    pub(crate) fn change(
        &self,
        kind: RecordKind,
        record_id: i64,
    ) -> crate::editing::audit::Change<'static> {
        crate::editing::audit::Change {
            kind,
            record_id,
            by: Actor::Program(self.source),
            at: self.now,
        }
    }

    pub(crate) fn refuse(&mut self, refusal: Refusal) {
        self.summary.refused.push(refusal.to_string());
    }

    pub(crate) fn note(&mut self, notes: &mut Notes) {
        self.summary.skipped.append(notes);
    }

    /// The provider's id in the directory, added or updated; `None` when it was refused.
    pub(crate) async fn organization(
        &mut self,
        entry: &OrganizationEntry,
    ) -> Result<Option<i64>, StoreError> {
        let found = existing_organization(&mut self.writer, entry).await?;
        let Some(id) = found else {
            let added = self.writer.organization(entry).await;
            return self.added(RecordKind::Organization, added).await;
        };
        let conn = &mut *self.writer.tx;
        let Some(stored) = organization::read(conn, id).await? else {
            return Ok(None);
        };
        let staff = edited_since_import(conn, RecordKind::Organization, id).await?;
        let codes = [stored.municipality, entry.municipality];
        let names = municipality_names(conn, codes.into_iter().flatten()).await?;
        let merged = merge_organization(&stored, entry, &|c| names.name(c), &|label| {
            staff.iter().any(|f| f == label)
        });
        if !merged.changed.is_empty() {
            let by = Actor::Program(self.source);
            organization::apply(conn, Some(id), Some(&stored), &merged.record, by, self.now)
                .await?;
        }
        self.settle(
            RecordKind::Organization,
            id,
            &stored.name,
            &merged,
            !staff.is_empty(),
        )
        .await?;
        Ok(Some(id))
    }

    pub(crate) async fn service(
        &mut self,
        organization_id: i64,
        organization_name: &str,
        entry: &ServiceEntry,
    ) -> Result<(), StoreError> {
        let found = existing_service(&mut self.writer, organization_id, entry).await?;
        let Some(id) = found else {
            let added = self
                .writer
                .service(organization_id, organization_name, entry)
                .await;
            return self.added(RecordKind::Service, added).await.map(|_| ());
        };
        let conn = &mut *self.writer.tx;
        let Some(stored) = service::read(conn, id).await? else {
            return Ok(());
        };
        let staff = edited_since_import(conn, RecordKind::Service, id).await?;
        let codes = stored
            .edit
            .places()
            .chain(entry.area.iter().copied())
            .chain(entry.locations.iter().map(|l| l.municipality));
        let names = municipality_names(conn, codes).await?;
        let mut merged = merge_service(&stored.edit, entry, &|c| names.name(c), &|label| {
            staff.iter().any(|f| f == label)
        });
        if !merged.changed.is_empty() {
            let record = &merged.record;
            let places: Vec<_> = record.locations.iter().map(|l| l.municipality).collect();
            if let Some(problem) = self.writer.service_problem(
                &record.forms,
                &record.target_groups,
                &places,
                &record.area,
            ) {
                self.refuse(Refusal::service(&entry.name, "po změně", problem));
                return Ok(());
            }
            let change = self.change(RecordKind::Service, id);
            service::apply(
                &mut self.writer.tx,
                id,
                &stored.edit,
                &merged.record,
                &change,
            )
            .await?;
            if let Some(source) = self.confirms {
                let by = source.label();
                crate::providers::log_verification(&mut self.writer.tx, &change, source, by)
                    .await?;
            }
        }
        if self.capacities(id, &entry.capacities).await? {
            merged.changed.push("registrovaná kapacita");
        }
        let refined = places::refine_positions(&mut self.writer.tx, id, &entry.locations).await?;
        if refined > 0 {
            merged.changed.push("poloha na mapě");
        }
        self.settle(
            RecordKind::Service,
            id,
            &stored.edit.name,
            &merged,
            !staff.is_empty(),
        )
        .await
    }

    /// Writes the file's capacities over the stored ones when they differ; whether it did.
    async fn capacities(&mut self, id: i64, file: &[Capacity]) -> Result<bool, StoreError> {
        let stored: String = sqlx::query_scalar("SELECT capacities FROM services WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *self.writer.tx)
            .await?;
        let stored: Vec<Capacity> = rows::list(&stored, "kapacita", id)?;
        if stored == file {
            return Ok(false);
        }
        sqlx::query("UPDATE services SET capacities = $1 WHERE id = $2")
            .bind(rows::json(file))
            .bind(id)
            .execute(&mut *self.writer.tx)
            .await?;
        let said = |list: &[Capacity]| {
            list.iter()
                .map(|c| c.describe())
                .collect::<Vec<_>>()
                .join("; ")
        };
        self.change(RecordKind::Service, id)
            .log(
                &mut self.writer.tx,
                "registrovaná kapacita",
                &said(&stored),
                &said(file),
            )
            .await?;
        Ok(true)
    }

    /// Counts the record and, when nothing of the file is left out, marks it imported. A record
    /// that neither changed nor was edited by staff since its mark keeps its mark unwritten.
    async fn settle<T>(
        &mut self,
        kind: RecordKind,
        id: i64,
        name: &str,
        merged: &Merged<T>,
        edited_by_staff: bool,
    ) -> Result<(), StoreError> {
        let what = match kind {
            RecordKind::Organization => "poskytovatel",
            _ => "služba",
        };
        let counts: &mut Counts = match kind {
            RecordKind::Organization => &mut self.summary.organizations,
            _ => &mut self.summary.services,
        };
        if merged.changed.is_empty() {
            counts.unchanged += 1;
        } else {
            counts.changed += 1;
            self.summary
                .changes
                .push(format!("{what} „{name}“: {}", merged.changed.join(", ")));
        }
        for field in &merged.conflicts {
            self.summary.conflicts.push(format!(
                "{what} „{name}“, pole „{field}“: upraveno v portálu po posledním importu, soubor říká jinak — ponecháno"
            ));
        }
        // Whatever changed was written, marked or not.
        self.touched |= !merged.changed.is_empty();
        // A conflict keeps the record unmarked, so the next import reports it again.
        if merged.conflicts.is_empty() && (edited_by_staff || !merged.changed.is_empty()) {
            mark_imported(&mut self.writer.tx, kind, id, self.now).await?;
            self.touched = true;
        }
        Ok(())
    }

    /// A new record is counted and marked imported; a refusal of the writer (a rule the
    /// record breaks) is reported; other errors end the import.
    async fn added(
        &mut self,
        kind: RecordKind,
        written: Result<i64, StoreError>,
    ) -> Result<Option<i64>, StoreError> {
        match written {
            Ok(id) => {
                match kind {
                    RecordKind::Organization => self.summary.organizations.added += 1,
                    _ => self.summary.services.added += 1,
                }
                mark_imported(&mut self.writer.tx, kind, id, self.now).await?;
                self.touched = true;
                Ok(Some(id))
            }
            Err(StoreError::Import(refusal)) => {
                self.summary.refused.push(refusal.to_string());
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }

    /// Commits, or (dry run, or nothing written) rolls back.
    pub(crate) async fn finish(mut self, dry_run: bool) -> Result<ImportSummary, StoreError> {
        if dry_run || !self.touched {
            self.writer.abandon().await?;
        } else {
            self.writer.commit().await?;
            self.summary.written = true;
        }
        Ok(self.summary)
    }
}

async fn existing_organization(
    writer: &mut Writer,
    entry: &OrganizationEntry,
) -> Result<Option<i64>, StoreError> {
    let ico = entry.ico.as_ref().map(|i| i.as_str());
    Ok(sqlx::query_scalar::<_, i64>(
        r#"SELECT id FROM organizations
           WHERE ($1 IS NOT NULL AND ico = $1) OR ($1 IS NULL AND ico IS NULL AND name = $2)
           LIMIT 1"#,
    )
    .bind(ico)
    .bind(&entry.name)
    .fetch_optional(&mut *writer.tx)
    .await?)
}

async fn existing_service(
    writer: &mut Writer,
    organization: i64,
    entry: &ServiceEntry,
) -> Result<Option<i64>, StoreError> {
    let register = entry.register_id.as_ref().map(|r| r.as_str());
    Ok(sqlx::query_scalar::<_, i64>(
        r#"SELECT id FROM services
           WHERE ($1 IS NOT NULL AND register_id = $1)
              OR ($1 IS NULL AND organization_id = $2 AND name = $3)
           LIMIT 1"#,
    )
    .bind(register)
    .bind(organization)
    .bind(&entry.name)
    .fetch_optional(&mut *writer.tx)
    .await?)
}
