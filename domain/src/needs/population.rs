//! The population of municipalities by five-year age band, as ČSÚ publishes it in the census's
//! open data: `sldb2021_vek5_pohlavi.csv` ("Obyvatelstvo podle pětiletých věkových skupin a
//! pohlaví"). One row is one count: `hodnota` people of the band `vek_kod`/`vek_txt` ("0 - 4
//! roky" … "100 a více let"; empty: all ages) and sex `pohlavi_kod` (empty: both) in the area
//! `uzemi_kod` of the code list `uzemi_cis` (43: municipalities). Rows of other areas, of one
//! sex and the totals are skipped; a file without these columns or without any municipality's
//! band is refused, so a different table is never read as this one.

use crate::MunicipalityCode;
use serde::{Deserialize, Serialize};

/// The columns read, by name; others are left alone.
pub const COLUMNS: [&str; 6] = [
    "hodnota",
    "uzemi_cis",
    "uzemi_kod",
    "vek_kod",
    "vek_txt",
    "pohlavi_kod",
];

/// ČSÚ's code list of municipalities (`uzemi_cis`).
const MUNICIPALITIES: &str = "43";

/// One count: people of a municipality in the band beginning at `age_from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandCount {
    pub municipality: MunicipalityCode,
    pub age_from: u8,
    pub people: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PopulationError {
    #[error(
        "v souboru chybí sloupec „{0}“: čekám tabulku ČSÚ „Obyvatelstvo podle pětiletých věkových \
         skupin a pohlaví“ (sldb2021_vek5_pohlavi.csv) se sloupci hodnota, uzemi_cis, uzemi_kod, \
         vek_kod, vek_txt, pohlavi_kod"
    )]
    MissingColumn(&'static str),
    #[error(
        "řádek {line}: věková skupina „{text}“ není pětiletá (čekám „0 - 4 roky“ … „100 a více let“)"
    )]
    Band { line: u64, text: String },
    #[error("řádek {line}: „{text}“ není počet obyvatel")]
    Count { line: u64, text: String },
    #[error("řádek {line}: „{text}“ není kód obce")]
    Municipality { line: u64, text: String },
    #[error(
        "v souboru není žádný řádek obce (uzemi_cis 43) po pětiletých věkových skupinách pro obě \
         pohlaví: je to jiná tabulka"
    )]
    NoMunicipalities,
}

/// Where the read columns are in a file's header.
#[derive(Debug, Clone, Copy)]
pub struct Header([usize; 6]);

impl Header {
    /// Finds the columns by name (a UTF-8 byte-order mark on the first is ignored).
    pub fn find<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Header, PopulationError> {
        let names: Vec<&str> = names
            .into_iter()
            .map(|n| n.trim_start_matches('\u{feff}').trim())
            .collect();
        let mut at = [0; 6];
        for (slot, wanted) in at.iter_mut().zip(COLUMNS) {
            *slot = names
                .iter()
                .position(|n| *n == wanted)
                .ok_or(PopulationError::MissingColumn(wanted))?;
        }
        Ok(Header(at))
    }

    /// One row (`line` counts from 1 with the header) as a count, or `None` for a row this
    /// import does not keep (another area, one sex, all ages).
    pub fn read(&self, line: u64, row: &[&str]) -> Result<Option<BandCount>, PopulationError> {
        let field = |i: usize| row.get(self.0[i]).map_or("", |v| v.trim());
        let (value, area_list, area, band, band_text, sex) =
            (field(0), field(1), field(2), field(3), field(4), field(5));
        if area_list != MUNICIPALITIES || !sex.is_empty() || band.is_empty() {
            return Ok(None);
        }
        let age_from = band_start(band_text).ok_or_else(|| PopulationError::Band {
            line,
            text: band_text.chars().take(40).collect(),
        })?;
        let people = value.parse::<u32>().map_err(|_| PopulationError::Count {
            line,
            text: value.chars().take(20).collect(),
        })?;
        let municipality =
            MunicipalityCode::parse(area).map_err(|_| PopulationError::Municipality {
                line,
                text: area.chars().take(20).collect(),
            })?;
        Ok(Some(BandCount {
            municipality,
            age_from,
            people,
        }))
    }
}

/// "15 - 19 let" → 15; "100 a více let" → 100; anything but a five-year band → `None`.
fn band_start(text: &str) -> Option<u8> {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let from = match numbers.as_slice() {
        [from, to] if *to == from + 4 => *from,
        [from] if text.contains("více") => *from,
        _ => return None,
    };
    (from % 5 == 0)
        .then_some(from)
        .and_then(|f| u8::try_from(f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "idhod,hodnota,ukaz_txt,vek_cis,vek_kod,pohlavi_cis,pohlavi_kod,uzemi_cis,uzemi_kod,casref_do,vek_txt,pohlavi_txt,uzemi_txt";

    fn header() -> Header {
        Header::find(HEADER.split(',')).unwrap()
    }

    fn read(line: &str) -> Result<Option<BandCount>, PopulationError> {
        let row: Vec<&str> = line.split(',').collect();
        header().read(2, &row)
    }

    #[test]
    fn municipalities_bands_of_both_sexes_are_read() {
        let row =
            "1,412,Počet obyvatel,7700,400000600005000,,,43,549240,2021-03-26,65 - 69 let,,Písek";
        let count = read(row).unwrap().unwrap();
        assert_eq!(count.age_from, 65);
        assert_eq!(count.people, 412);
        assert_eq!(count.municipality.to_string(), "549240");
        let oldest = "1,3,x,7700,410100610100000,,,43,549240,2021-03-26,100 a více let,,Písek";
        assert_eq!(read(oldest).unwrap().unwrap().age_from, 100);
    }

    #[test]
    fn other_rows_are_skipped() {
        // One sex, all ages, a district.
        for row in [
            "1,200,x,7700,400000600005000,102,1,43,549240,2021-03-26,65 - 69 let,muž,Písek",
            "1,30000,x,,,,,43,549240,2021-03-26,,,Písek",
            "1,70000,x,7700,400000600005000,,,101,40819,2021-03-26,65 - 69 let,,Písek",
        ] {
            assert_eq!(read(row), Ok(None), "{row}");
        }
    }

    #[test]
    fn another_table_is_refused_by_name() {
        let error = Header::find("idhod,hodnota,uzemi_kod,vek_txt".split(',')).unwrap_err();
        assert_eq!(error, PopulationError::MissingColumn("uzemi_cis"));
        assert!(error.to_string().contains("sldb2021_vek5_pohlavi.csv"));
        let bom = format!("\u{feff}{HEADER}");
        assert!(Header::find(bom.split(',')).is_ok());
    }

    #[test]
    fn ten_year_bands_and_bad_counts_are_refused() {
        let ten = "1,800,x,7700,1,,,43,549240,2021-03-26,60 - 69 let,,Písek";
        assert!(matches!(read(ten), Err(PopulationError::Band { .. })));
        let basic = "1,800,x,7700,1,,,43,549240,2021-03-26,15 - 64 let,,Písek";
        assert!(matches!(read(basic), Err(PopulationError::Band { .. })));
        let count = "1,dvanáct,x,7700,1,,,43,549240,2021-03-26,0 - 4 roky,,Písek";
        assert!(matches!(read(count), Err(PopulationError::Count { .. })));
    }
}
