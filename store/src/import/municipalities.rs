//! The list of Czech municipalities (code, district, region, postcode, centre), as CSV.

use super::ImportError;
use crate::StoreError;
use domain::{Coordinates, MunicipalityCode};
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct StoredTownsRow {
    code: i64,
    name: String,
    lat: f64,
    lon: f64,
    district_code: String,
}

/// One municipality as the CSV lists it.
#[derive(Debug, Clone)]
pub(crate) struct MunicipalityRecord {
    pub code: MunicipalityCode,
    pub name: String,
    pub district: String,
    pub district_code: String,
    pub region: String,
    pub postcode: Option<domain::Postcode>,
    pub centre: Coordinates,
}

#[derive(serde::Deserialize)]
struct Row {
    #[serde(rename = "Obec")]
    name: String,
    #[serde(rename = "Kód obce")]
    code: String,
    #[serde(rename = "Okres")]
    district: String,
    #[serde(rename = "Kód okresu")]
    district_code: String,
    #[serde(rename = "Kraj")]
    region: String,
    #[serde(rename = "PSČ")]
    postcode: String,
    #[serde(rename = "Latitude")]
    lat: f64,
    #[serde(rename = "Longitude")]
    lon: f64,
}

/// Reads the CSV with the header `Obec,Kód obce,Okres,Kód okresu,Kraj,Kód kraje,PSČ,Latitude,Longitude`.
pub(crate) fn parse_municipalities(csv_text: &str) -> Result<Vec<MunicipalityRecord>, ImportError> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    reader
        .deserialize::<Row>()
        .map(|row| {
            let row = row.map_err(|e| ImportError::Municipalities {
                line: e.position().map_or(0, |p| p.line()),
                detail: e.to_string(),
            })?;
            let invalid = |detail: String| ImportError::Municipalities {
                line: 0,
                detail: format!("{}: {detail}", row.name),
            };
            Ok(MunicipalityRecord {
                code: MunicipalityCode::parse(&row.code).map_err(|e| invalid(e.to_string()))?,
                centre: Coordinates::new(row.lat, row.lon).map_err(|e| invalid(e.to_string()))?,
                postcode: domain::Postcode::parse(&row.postcode).ok(),
                name: row.name,
                district: row.district,
                district_code: row.district_code,
                region: row.region,
            })
        })
        .collect()
}

/// A municipality as the imports know it: its name, its centre and its district.
#[derive(Debug, Clone)]
pub(crate) struct Town {
    pub name: String,
    pub centre: Coordinates,
    pub district_code: String,
}

/// The municipalities in the database, by code.
pub(crate) async fn stored_towns<'e, E>(
    db: E,
) -> Result<HashMap<MunicipalityCode, Town>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query_as::<_, StoredTownsRow>(
        "SELECT code, name, lat, lon, district_code FROM municipalities",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let code = crate::rows::municipality_code(row.code, row.code).ok()?;
            let centre = Coordinates::new(row.lat, row.lon).ok()?;
            Some((
                code,
                Town {
                    name: row.name,
                    centre,
                    district_code: row.district_code,
                },
            ))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lists_parse() {
        let pisek = parse_municipalities(super::super::sample::PISEK_MUNICIPALITIES).unwrap();
        assert_eq!(pisek.len(), 75);
        assert!(pisek.iter().all(|m| m.district == "Písek"));
        let country = parse_municipalities(crate::generate::CZECH_MUNICIPALITIES).unwrap();
        assert_eq!(country.len(), 6259);
    }

    #[test]
    fn a_broken_row_is_named() {
        let csv = "Obec,Kód obce,Okres,Kód okresu,Kraj,Kód kraje,PSČ,Latitude,Longitude\nX,12,Písek,CZ0314,Jihočeský kraj,CZ031,39701,49.3,14.1\n";
        let err = parse_municipalities(csv).unwrap_err().to_string();
        assert!(err.contains("X") && err.contains("kód obce"), "{err}");
    }
}
