//! Services by distance: from a municipality a resident typed, or from where the phone says they
//! are (asked only when they tap "blízko mě").

use crate::geo::Coordinates;
use crate::ids::MunicipalityCode;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where distances are measured from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Origin {
    /// The centre of a municipality.
    Municipality(MunicipalityCode),
    /// A position from the browser's geolocation.
    Position(Coordinates),
}

/// A distance as people read it: metres nearby, kilometres with one decimal under ten, whole
/// kilometres beyond.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Distance(pub f64);

impl Distance {
    pub fn between(a: Coordinates, b: Coordinates) -> Distance {
        Distance(a.distance_km(b))
    }

    pub fn km(self) -> f64 {
        self.0
    }
}

impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let km = self.0.max(0.0);
        if km < 1.0 {
            let metres = ((km * 1000.0 / 50.0).round() * 50.0).max(50.0);
            write!(f, "{metres:.0} m")
        } else if km < 10.0 {
            write!(f, "{}", format!("{km:.1} km").replace('.', ","))
        } else {
            write!(f, "{km:.0} km")
        }
    }
}

/// The candidate nearest to `from`, if there is any.
pub fn nearest<T>(
    from: Coordinates,
    candidates: impl IntoIterator<Item = (Coordinates, T)>,
) -> Option<T> {
    candidates
        .into_iter()
        .map(|(at, item)| (from.distance_km(at), item))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, item)| item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates::new(lat, lon).unwrap()
    }

    #[test]
    fn distances_read_as_people_say_them() {
        assert_eq!(Distance(0.0).to_string(), "50 m");
        assert_eq!(Distance(0.34).to_string(), "350 m");
        assert_eq!(Distance(2.46).to_string(), "2,5 km");
        assert_eq!(Distance(23.6).to_string(), "24 km");
    }

    #[test]
    fn the_nearest_candidate_wins() {
        let pisek = at(49.3088, 14.1475);
        let candidates = [
            (at(49.2614, 13.9024), "Strakonice"),
            (at(49.3, 14.15), "Písek"),
            (at(49.41, 14.68), "Tábor"),
        ];
        assert_eq!(nearest(pisek, candidates), Some("Písek"));
        assert_eq!(nearest::<&str>(pisek, []), None);
    }
}
