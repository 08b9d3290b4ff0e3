//! How many field services reach each municipality of the district, so planners see the white
//! spots at a glance.

use crate::catalog::MunicipalityRef;
use crate::geo::Coordinates;
use serde::{Deserialize, Serialize};

/// A municipality and the number of matching field services that reach it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub municipality: MunicipalityRef,
    pub position: Coordinates,
    pub services: u32,
}

/// The colour band of a municipality on the coverage map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CoverageLevel {
    /// No field service reaches it: a white spot.
    None,
    One,
    Two,
    ThreeOrMore,
}

impl CoverageLevel {
    pub const ALL: [CoverageLevel; 4] = [
        CoverageLevel::None,
        CoverageLevel::One,
        CoverageLevel::Two,
        CoverageLevel::ThreeOrMore,
    ];

    pub fn of(services: u32) -> CoverageLevel {
        match services {
            0 => CoverageLevel::None,
            1 => CoverageLevel::One,
            2 => CoverageLevel::Two,
            _ => CoverageLevel::ThreeOrMore,
        }
    }

    /// The style class of its colour; its number (0–3) also names the legend's message.
    pub fn class(self) -> &'static str {
        match self {
            CoverageLevel::None => "coverage-0",
            CoverageLevel::One => "coverage-1",
            CoverageLevel::Two => "coverage-2",
            CoverageLevel::ThreeOrMore => "coverage-3",
        }
    }
}

impl Coverage {
    pub fn level(&self) -> CoverageLevel {
        CoverageLevel::of(self.services)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_band_the_counts() {
        assert_eq!(CoverageLevel::of(0), CoverageLevel::None);
        assert_eq!(CoverageLevel::of(1), CoverageLevel::One);
        assert_eq!(CoverageLevel::of(2), CoverageLevel::Two);
        assert_eq!(CoverageLevel::of(7), CoverageLevel::ThreeOrMore);
    }
}
