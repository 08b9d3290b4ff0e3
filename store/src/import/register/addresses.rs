//! Exact places from RÚIAN. ČÚZK publishes every address point (adresní místo) with its
//! coordinates in S-JTSK, one CSV per municipality (`20261130_OB_549240_ADR.csv`: Windows-1250,
//! `;`-separated, a header naming the columns "Kód ADM", "Souřadnice Y", "Souřadnice X"…).
//! `--adresy` reads such a file or a folder of them, converts the points the region's
//! facilities need to WGS 84 (`domain::geo::sjtsk`) and keeps them in `address_points`, so
//! every later import, the daily one included, places those facilities exactly. A facility
//! without a known point stays on its municipality's centre, marked approximate.

use super::region::Region;
use super::{RegisterError, RegisterRead};
use domain::Coordinates;
use domain::geo::sjtsk::{Reading, Sjtsk};
use domain::import::register::Tallies;
use sqlx::AnyPool;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

#[derive(sqlx::FromRow)]
struct StoredRow {
    code: i64,
    lat: f64,
    lon: f64,
}

/// A point further than this from its municipality's centre is not believed.
const MAX_KM_FROM_CENTRE: f64 = 25.0;

const CODE: &str = "Kód ADM";
const Y: &str = "Souřadnice Y";
const X: &str = "Souřadnice X";

/// Gives each location of the read services the position of its address point, from the
/// stored points and, when given, from RÚIAN's files (whose new points the import then stores).
pub(super) async fn place(
    read: &mut RegisterRead,
    ruian: Option<&Path>,
    pool: &AnyPool,
    region: &Region,
) -> Result<(), RegisterError> {
    let needed: BTreeSet<u64> = read
        .current
        .iter()
        .flat_map(|c| c.service.locations.iter().filter_map(|l| l.address_point))
        .collect();
    let mut known = stored(pool).await?;
    if let Some(path) = ruian {
        let path = path.to_owned();
        let wanted = needed.clone();
        let towns: BTreeSet<u32> = region.towns.keys().map(|c| c.number()).collect();
        let (found, tallies) =
            tokio::task::spawn_blocking(move || read_points(&path, &wanted, &towns))
                .await
                .map_err(|e| RegisterError::Addresses(e.to_string()))??;
        read.tallies.merge(tallies);
        for (code, at) in found {
            if known.get(&code) != Some(&at) {
                read.new_points.push((code, at));
            }
            known.insert(code, at);
        }
    }
    for c in &mut read.current {
        let example = c
            .service
            .register_id
            .as_ref()
            .map(|r| format!("služba {}", r.as_str()))
            .unwrap_or_default();
        for location in &mut c.service.locations {
            let at = location
                .address_point
                .and_then(|code| known.get(&code).copied());
            let centre = region.towns.get(&location.municipality).map(|t| t.centre);
            match (at, centre) {
                (Some(at), Some(centre)) if at.distance_km(centre) <= MAX_KM_FROM_CENTRE => {
                    location.position = Some(at);
                    read.facts.places_exact += 1;
                }
                (Some(_), _) => {
                    read.tallies.add(
                        format!(
                            "adresní bod dál než {MAX_KM_FROM_CENTRE} km od středu své obce: místo na středu obce"
                        ),
                        || example.clone(),
                    );
                    read.facts.places_approximate += 1;
                }
                (None, _) => read.facts.places_approximate += 1,
            }
        }
    }
    let unknown = needed.iter().filter(|c| !known.contains_key(c)).count();
    read.tallies.add_many(
        "adresní bod, jehož souřadnice portál nezná (import s --adresy je doplní): místo na středu obce",
        unknown,
        || "viz README, Přesná místa z RÚIAN".to_owned(),
    );
    Ok(())
}

async fn stored(pool: &AnyPool) -> Result<HashMap<u64, Coordinates>, RegisterError> {
    let rows = sqlx::query_as::<_, StoredRow>("SELECT code, lat, lon FROM address_points")
        .fetch_all(pool)
        .await
        .map_err(crate::StoreError::from)?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some((
                u64::try_from(r.code).ok()?,
                Coordinates::new(r.lat, r.lon).ok()?,
            ))
        })
        .collect())
}

/// The CSV files at `path`: the file itself, or the CSV files of the folder. A file named as
/// ČÚZK names them (`…_OB_<municipality>_ADR.csv`) is skipped when the municipality is not the
/// portal's.
fn files(path: &Path, towns: &BTreeSet<u32>) -> Result<Vec<PathBuf>, RegisterError> {
    let unreadable = |source: std::io::Error| RegisterError::Read {
        path: path.display().to_string(),
        source,
    };
    if !path.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(unreadable)? {
        let file = entry.map_err(unreadable)?.path();
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.to_ascii_lowercase().ends_with(".csv") {
            continue;
        }
        let town = name
            .split('_')
            .skip_while(|part| *part != "OB")
            .nth(1)
            .and_then(|code| code.parse::<u32>().ok());
        if town.is_some_and(|t| !towns.contains(&t)) {
            continue;
        }
        files.push(file);
    }
    files.sort();
    if files.is_empty() {
        return Err(RegisterError::Addresses(format!(
            "ve složce {} není žádný soubor CSV adresních míst obcí portálu",
            path.display()
        )));
    }
    Ok(files)
}

/// Reads the wanted points of every file, converted to WGS 84.
fn read_points(
    path: &Path,
    wanted: &BTreeSet<u64>,
    towns: &BTreeSet<u32>,
) -> Result<(HashMap<u64, Coordinates>, Tallies), RegisterError> {
    let mut found = HashMap::new();
    let mut tallies = Tallies::default();
    for file in files(path, towns)? {
        read_file(&file, wanted, &mut found, &mut tallies)?;
    }
    Ok((found, tallies))
}

fn read_file(
    file: &Path,
    wanted: &BTreeSet<u64>,
    found: &mut HashMap<u64, Coordinates>,
    tallies: &mut Tallies,
) -> Result<(), RegisterError> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|source| RegisterError::Read {
        path: name.clone(),
        source,
    })?;
    // ČÚZK writes Windows-1250; a file saved again as UTF-8 reads too.
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text.trim_start_matches('\u{feff}')),
        Err(_) => {
            encoding_rs::WINDOWS_1250
                .decode_without_bom_handling(&bytes)
                .0
        }
    };
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(text.as_bytes());
    let refused = |detail: String| RegisterError::Addresses(format!("{name}: {detail}"));
    let header = csv
        .headers()
        .map_err(|e| refused(format!("nejde přečíst záhlaví ({e})")))?
        .clone();
    let column = |wanted: &str| {
        header
            .iter()
            .position(|h| h.trim() == wanted)
            .ok_or_else(|| {
                refused(format!(
                    "chybí sloupec „{wanted}“: je to CSV adresních míst RÚIAN, jak je vydává ČÚZK?"
                ))
            })
    };
    let (code_at, y_at, x_at) = (column(CODE)?, column(Y)?, column(X)?);
    for (line, record) in csv.records().enumerate() {
        let record = record.map_err(|e| refused(format!("řádek {}: {e}", line + 2)))?;
        let Some(code) = record
            .get(code_at)
            .and_then(|c| c.trim().parse::<u64>().ok())
        else {
            continue;
        };
        if !wanted.contains(&code) {
            continue;
        }
        let number = |at: usize| {
            record
                .get(at)
                .map(|v| v.trim().replace(',', "."))
                .filter(|v| !v.is_empty())
                .and_then(|v| v.parse::<f64>().ok())
        };
        let (Some(y), Some(x)) = (number(y_at), number(x_at)) else {
            tallies.add("adresní bod bez souřadnic v RÚIAN", || {
                format!("kód {code}")
            });
            continue;
        };
        match Sjtsk::read(y, x) {
            Ok((point, how)) => {
                match how {
                    Reading::AsWritten => {}
                    Reading::Negated => tallies.add(
                        "adresní bod se zápornými souřadnicemi (EPSG:5514), čten bez znamének",
                        || format!("kód {code}"),
                    ),
                    Reading::Swapped => tallies.add(
                        "adresní bod s prohozenými sloupci Y a X, čten prohozeně",
                        || format!("kód {code}"),
                    ),
                }
                found.extend(point.to_wgs84().map(|at| (code, at)));
            }
            Err(e) => tallies.add(format!("adresní bod RÚIAN vynechán: {e}"), || {
                format!("kód {code}: Y {y}, X {x}")
            }),
        }
    }
    Ok(())
}
