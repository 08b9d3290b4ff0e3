//! Positions on the map and the distances between them.

pub mod sjtsk;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("souřadnice mimo rozsah (zeměpisná šířka −90 až 90, délka −180 až 180)")]
pub struct CoordinatesError;

/// A WGS 84 position.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "(f64, f64)", into = "(f64, f64)")]
pub struct Coordinates {
    lat: f64,
    lon: f64,
}

impl Coordinates {
    /// Where the equator meets the prime meridian.
    pub const ORIGIN: Coordinates = Coordinates { lat: 0.0, lon: 0.0 };

    pub fn new(lat: f64, lon: f64) -> Result<Self, CoordinatesError> {
        if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
            Ok(Coordinates { lat, lon })
        } else {
            Err(CoordinatesError)
        }
    }

    pub fn lat(self) -> f64 {
        self.lat
    }

    pub fn lon(self) -> f64 {
        self.lon
    }

    /// Great-circle distance in kilometres.
    pub fn distance_km(self, other: Coordinates) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }

    /// A link that opens the position in the phone's map application.
    pub fn map_link(self, label: &str) -> String {
        let label: String = label
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_string()
                } else {
                    "+".to_owned()
                }
            })
            .collect();
        format!(
            "geo:{:.6},{:.6}?q={:.6},{:.6}({label})",
            self.lat, self.lon, self.lat, self.lon
        )
    }
}

impl TryFrom<(f64, f64)> for Coordinates {
    type Error = CoordinatesError;
    fn try_from((lat, lon): (f64, f64)) -> Result<Self, Self::Error> {
        Coordinates::new(lat, lon)
    }
}

impl From<Coordinates> for (f64, f64) {
    fn from(c: Coordinates) -> Self {
        (c.lat, c.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pisek_to_milevsko_is_about_twenty_kilometres() {
        let pisek = Coordinates::new(49.3088, 14.1475).unwrap();
        let milevsko = Coordinates::new(49.4509, 14.36).unwrap();
        let d = pisek.distance_km(milevsko);
        assert!((21.0..23.5).contains(&d), "{d}");
        assert_eq!(pisek.distance_km(pisek), 0.0);
    }

    #[test]
    fn out_of_range_positions_are_refused() {
        assert!(Coordinates::new(91.0, 0.0).is_err());
        assert!(Coordinates::new(0.0, -181.0).is_err());
        assert!(Coordinates::new(f64::NAN, 0.0).is_err());
    }
}
