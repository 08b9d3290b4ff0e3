//! A rectangle of the map, written in URLs and server-function calls as `south,west,north,east`.

use crate::geo::Coordinates;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BoundsError {
    #[error("výřez mapy má mít čtyři čísla oddělená čárkou (jih, západ, sever, východ)")]
    Shape,
    #[error("výřez mapy je mimo rozsah zeměpisných souřadnic")]
    Range,
    #[error("jih výřezu mapy leží severněji než jeho sever")]
    Inverted,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    south_west: Coordinates,
    north_east: Coordinates,
}

impl Bounds {
    pub fn new(south: f64, west: f64, north: f64, east: f64) -> Result<Self, BoundsError> {
        let (Ok(south_west), Ok(north_east)) =
            (Coordinates::new(south, west), Coordinates::new(north, east))
        else {
            return Err(BoundsError::Range);
        };
        if south > north || west > east {
            return Err(BoundsError::Inverted);
        }
        Ok(Bounds {
            south_west,
            north_east,
        })
    }

    /// A rectangle of one position.
    pub fn point(p: Coordinates) -> Bounds {
        Bounds {
            south_west: p,
            north_east: p,
        }
    }

    /// The smallest rectangle holding every position; `None` for none.
    pub fn around(positions: impl IntoIterator<Item = Coordinates>) -> Option<Self> {
        positions.into_iter().fold(None, |bounds, p| {
            Some(bounds.map_or(Bounds::point(p), |b: Bounds| b.union(Bounds::point(p))))
        })
    }

    pub fn union(self, other: Bounds) -> Bounds {
        Bounds::clamped(
            self.south().min(other.south()),
            self.west().min(other.west()),
            self.north().max(other.north()),
            self.east().max(other.east()),
        )
    }

    pub fn contains(self, p: Coordinates) -> bool {
        (self.south()..=self.north()).contains(&p.lat())
            && (self.west()..=self.east()).contains(&p.lon())
    }

    /// The same rectangle grown by `fraction` of its size on every side, so markers just outside
    /// the view are there before a small pan shows them.
    pub fn padded(self, fraction: f64) -> Bounds {
        let dlat = (self.north() - self.south()) * fraction;
        let dlon = (self.east() - self.west()) * fraction;
        Bounds::clamped(
            self.south() - dlat,
            self.west() - dlon,
            self.north() + dlat,
            self.east() + dlon,
        )
    }

    pub fn south_west(self) -> Coordinates {
        self.south_west
    }

    pub fn north_east(self) -> Coordinates {
        self.north_east
    }

    pub fn south(self) -> f64 {
        self.south_west.lat()
    }

    pub fn west(self) -> f64 {
        self.south_west.lon()
    }

    pub fn north(self) -> f64 {
        self.north_east.lat()
    }

    pub fn east(self) -> f64 {
        self.north_east.lon()
    }

    /// Bounds from numbers computed from valid bounds, held inside the globe.
    fn clamped(south: f64, west: f64, north: f64, east: f64) -> Bounds {
        Bounds::new(
            south.max(-90.0),
            west.max(-180.0),
            north.min(90.0),
            east.min(180.0),
        )
        .unwrap_or(Bounds {
            south_west: Coordinates::ORIGIN,
            north_east: Coordinates::ORIGIN,
        })
    }
}

impl fmt::Display for Bounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:.5},{:.5},{:.5},{:.5}",
            self.south(),
            self.west(),
            self.north(),
            self.east()
        )
    }
}

impl FromStr for Bounds {
    type Err = BoundsError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let numbers: Vec<f64> = s
            .split(',')
            .map(|part| part.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| BoundsError::Shape)?;
        match numbers[..] {
            [south, west, north, east] if numbers.iter().all(|n| n.is_finite()) => {
                Bounds::new(south, west, north, east)
            }
            [_, _, _, _] => Err(BoundsError::Range),
            _ => Err(BoundsError::Shape),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates::new(lat, lon).unwrap()
    }

    #[test]
    fn bounds_read_what_they_write() {
        let b: Bounds = "49.2,14.0,49.5,14.4".parse().unwrap();
        assert_eq!(b.to_string(), "49.20000,14.00000,49.50000,14.40000");
        assert_eq!(b.to_string().parse::<Bounds>().unwrap(), b);
    }

    #[test]
    fn malformed_bounds_say_what_is_wrong() {
        assert_eq!("1,2,3".parse::<Bounds>(), Err(BoundsError::Shape));
        assert_eq!("a,b,c,d".parse::<Bounds>(), Err(BoundsError::Shape));
        assert_eq!("NaN,1,2,3".parse::<Bounds>(), Err(BoundsError::Range));
        assert_eq!("0,0,95,1".parse::<Bounds>(), Err(BoundsError::Range));
        assert_eq!("50,14,49,15".parse::<Bounds>(), Err(BoundsError::Inverted));
    }

    #[test]
    fn around_holds_every_position_and_padding_grows_it() {
        let b = Bounds::around([at(49.3, 14.1), at(49.1, 14.5), at(49.2, 14.2)]).unwrap();
        assert_eq!(b, Bounds::new(49.1, 14.1, 49.3, 14.5).unwrap());
        assert!(b.contains(at(49.2, 14.3)));
        assert!(!b.contains(at(49.35, 14.3)));
        assert!(b.padded(0.5).contains(at(49.35, 14.3)));
        assert_eq!(Bounds::around([]), None);
    }
}
