//! The population by age band, imported from ČSÚ's census table (`domain::needs::population`)
//! and replaced whole in one transaction: rows of municipalities the portal does not know are
//! skipped and counted.

use crate::{Store, StoreError};
use domain::MunicipalityCode;
use domain::needs::population::{BandCount, Header, PopulationError};
use domain::needs::supply::AgeRange;
use std::collections::{HashMap, HashSet};
use std::io::Read;

/// What an import read and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PopulationImport {
    /// Municipalities of the portal with their bands stored.
    pub municipalities: usize,
    /// Band counts stored.
    pub bands: usize,
    /// People in them.
    pub people: u64,
    /// Band counts of municipalities the portal does not know, left out.
    pub skipped: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum PopulationImportError {
    #[error(transparent)]
    Shape(#[from] PopulationError),
    #[error("soubor se nedá přečíst jako CSV (řádek {line}): {detail}")]
    Csv { line: u64, detail: String },
    #[error("řádek {line}: obec {municipality} má věkovou skupinu od {age_from} let dvakrát")]
    Repeated {
        line: u64,
        municipality: MunicipalityCode,
        age_from: u8,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(sqlx::FromRow)]
struct BandRow {
    municipality_code: i64,
    age_from: i64,
    people: i64,
}

/// Reads every kept row of the file, refusing the whole file at the first wrong one.
fn read_bands(file: impl Read) -> Result<Vec<(u64, BandCount)>, PopulationImportError> {
    let csv_error = |e: csv::Error| PopulationImportError::Csv {
        line: e.position().map_or(0, |p| p.line()),
        detail: e.to_string(),
    };
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let header = Header::find(reader.headers().map_err(csv_error)?.iter())?;
    let mut bands = Vec::new();
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(csv_error)? {
        let line = record.position().map_or(0, |p| p.line());
        let fields: Vec<&str> = record.iter().collect();
        if let Some(band) = header.read(line, &fields)? {
            bands.push((line, band));
        }
    }
    if bands.is_empty() {
        return Err(PopulationError::NoMunicipalities.into());
    }
    Ok(bands)
}

/// The sample data's population: the Písek district in ČSÚ's shape, the numbers made up
/// (`scripts/sample-population.py`).
const SAMPLE: &str = include_str!("../../data/sample-population-pisek.csv");

impl Store {
    /// Fills the population with the sample data's.
    pub(crate) async fn import_sample_population(&self) -> Result<PopulationImport, StoreError> {
        self.import_population(SAMPLE.as_bytes())
            .await
            .map_err(|error| match error {
                PopulationImportError::Store(error) => error,
                other => StoreError::Corrupt {
                    what: "ukázkové obyvatelstvo",
                    id: 0,
                    detail: other.to_string(),
                },
            })
    }

    /// Replaces the population with the file's (ČSÚ's `sldb2021_vek5_pohlavi.csv`).
    pub async fn import_population(
        &self,
        file: impl Read,
    ) -> Result<PopulationImport, PopulationImportError> {
        let bands = read_bands(file)?;
        let known: HashSet<i64> = sqlx::query_scalar::<_, i64>("SELECT code FROM municipalities")
            .fetch_all(&self.pool)
            .await
            .map_err(StoreError::from)?
            .into_iter()
            .collect();
        let mut seen = HashSet::new();
        let mut summary = PopulationImport {
            municipalities: 0,
            bands: 0,
            people: 0,
            skipped: 0,
        };
        let mut tx = self.pool.begin().await.map_err(StoreError::from)?;
        sqlx::query("DELETE FROM population")
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from)?;
        let mut places = HashSet::new();
        for (line, band) in bands {
            let code = i64::from(band.municipality.number());
            if !known.contains(&code) {
                summary.skipped += 1;
                continue;
            }
            if !seen.insert((code, band.age_from)) {
                return Err(PopulationImportError::Repeated {
                    line,
                    municipality: band.municipality,
                    age_from: band.age_from,
                });
            }
            sqlx::query(
                "INSERT INTO population (municipality_code, age_from, people) VALUES ($1, $2, $3)",
            )
            .bind(code)
            .bind(i64::from(band.age_from))
            .bind(i64::from(band.people))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::from)?;
            places.insert(code);
            summary.bands += 1;
            summary.people += u64::from(band.people);
        }
        tx.commit().await.map_err(StoreError::from)?;
        summary.municipalities = places.len();
        tracing::info!(?summary, "population imported");
        Ok(summary)
    }

    /// Inhabitants of `ages` per municipality; empty before an import.
    pub async fn people_of(
        &self,
        ages: AgeRange,
    ) -> Result<HashMap<MunicipalityCode, u64>, StoreError> {
        let rows = sqlx::query_as::<_, BandRow>(
            "SELECT municipality_code, age_from, people FROM population",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut people = HashMap::new();
        for row in rows {
            let in_range = u8::try_from(row.age_from).is_ok_and(|a| ages.contains(a));
            if in_range {
                let code = crate::rows::municipality_code(row.municipality_code, row.age_from)?;
                *people.entry(code).or_default() += u64::try_from(row.people).unwrap_or(0);
            }
        }
        Ok(people)
    }
}
