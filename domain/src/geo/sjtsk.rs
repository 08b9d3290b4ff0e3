//! The Czech national grid S-JTSK (Křovák's projection on the Bessel 1841 ellipsoid) and WGS 84,
//! converted both ways without a network service: RÚIAN publishes address points in S-JTSK, the
//! map speaks WGS 84.
//!
//! The projection is EPSG's method 9819 (Krovak, south-orientated: `X` grows to the south, `Y`
//! to the west, both positive over Czechia, `Y < X` everywhere there), with the formulas of
//! IOGP Guidance Note 7-2. The datum shift is a 7-parameter Helmert transformation with ČÚZK's
//! global key for S-JTSK → ETRS89 (position-vector convention), good to about a metre; ETRS89
//! and WGS 84 agree within that for a map.

use super::Coordinates;

/// A point of the S-JTSK grid within Czechia, in metres, as RÚIAN writes it: `y` westing, `x`
/// southing. Made only by [`Sjtsk::read`] or [`Sjtsk::from_wgs84`], so it always converts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sjtsk {
    y: f64,
    x: f64,
}

/// Why a pair of numbers is not a point of Czechia in S-JTSK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SjtskError {
    #[error("souřadnice nejsou čísla")]
    NotANumber,
    #[error("souřadnice leží mimo Česko (Y 400–950 km, X 900–1 250 km)")]
    OutsideCzechia,
}

/// How a pair read from a file was turned into a grid point: as it stood, or with the signs of
/// the north-orientated variant (EPSG:5514, both negative) dropped, or with the two swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    AsWritten,
    Negated,
    Swapped,
}

/// Czechia's extent in the grid, with a margin: every point of the country lies inside.
const Y_RANGE: std::ops::RangeInclusive<f64> = 400_000.0..=950_000.0;
const X_RANGE: std::ops::RangeInclusive<f64> = 900_000.0..=1_250_000.0;

impl Sjtsk {
    pub fn y(self) -> f64 {
        self.y
    }

    pub fn x(self) -> f64 {
        self.x
    }

    /// The point a file's "Souřadnice Y" and "Souřadnice X" give. The signs and the order are
    /// checked against the grid's extent, not assumed: a pair written negative (EPSG:5514) is
    /// read without its signs, a pair whose Y is the larger is read swapped, and the caller
    /// learns which happened.
    pub fn read(y: f64, x: f64) -> Result<(Sjtsk, Reading), SjtskError> {
        if !y.is_finite() || !x.is_finite() {
            return Err(SjtskError::NotANumber);
        }
        let reading = match (y < 0.0 && x < 0.0, y.abs() > x.abs()) {
            (_, true) => Reading::Swapped,
            (true, false) => Reading::Negated,
            (false, false) => Reading::AsWritten,
        };
        let (y, x) = match reading {
            Reading::Swapped => (x.abs(), y.abs()),
            _ => (y.abs(), x.abs()),
        };
        if Y_RANGE.contains(&y) && X_RANGE.contains(&x) {
            Ok((Sjtsk { y, x }, reading))
        } else {
            Err(SjtskError::OutsideCzechia)
        }
    }

    /// The WGS 84 position of the grid point; `None` rather than a panic should the arithmetic
    /// ever leave the numbers (a point of [`Sjtsk::read`] always converts).
    pub fn to_wgs84(self) -> Option<Coordinates> {
        let (lat, lon) = krovak_inverse(self);
        let bessel = ecef(lat, lon, &BESSEL);
        let wgs = HELMERT.apply(bessel);
        let (lat, lon) = geodetic(wgs, &WGS84);
        Coordinates::new(lat.to_degrees(), lon.to_degrees()).ok()
    }

    /// The grid point of a WGS 84 position (the inverse of [`Sjtsk::to_wgs84`]).
    pub fn from_wgs84(at: Coordinates) -> Sjtsk {
        let wgs = ecef(at.lat().to_radians(), at.lon().to_radians(), &WGS84);
        let bessel = HELMERT.invert(wgs);
        let (lat, lon) = geodetic(bessel, &BESSEL);
        krovak_forward(lat, lon)
    }
}

struct Ellipsoid {
    a: f64,
    e2: f64,
}

impl Ellipsoid {
    const fn new(a: f64, inverse_flattening: f64) -> Ellipsoid {
        let f = 1.0 / inverse_flattening;
        Ellipsoid {
            a,
            e2: 2.0 * f - f * f,
        }
    }
}

const BESSEL: Ellipsoid = Ellipsoid::new(6_377_397.155, 299.152_812_8);
const WGS84: Ellipsoid = Ellipsoid::new(6_378_137.0, 298.257_223_563);

/// Křovák's constants (EPSG:5513): the projection centre, the cone's axis, the pseudo standard
/// parallel with its scale, and the longitude of origin, 24°50′ east of Greenwich.
const LAT_C: f64 = 49.5;
const LON_0: f64 = 24.0 + 50.0 / 60.0;
const ALPHA_C: f64 = 30.0 + 17.0 / 60.0 + 17.303_11 / 3600.0;
const LAT_P: f64 = 78.5;
const K_P: f64 = 0.9999;

/// The constants of the projection derived from those above (GN 7-2, 3.5.2).
struct Cone {
    e: f64,
    b: f64,
    t0: f64,
    n: f64,
    r0: f64,
}

fn cone() -> Cone {
    let e2 = BESSEL.e2;
    let e = e2.sqrt();
    let phi_c = LAT_C.to_radians();
    let a = BESSEL.a * (1.0 - e2).sqrt() / (1.0 - e2 * phi_c.sin().powi(2));
    let b = (1.0 + e2 * phi_c.cos().powi(4) / (1.0 - e2)).sqrt();
    let gamma0 = (phi_c.sin() / b).asin();
    let t0 = (FRAC_PI_4 + gamma0 / 2.0).tan()
        * ((1.0 + e * phi_c.sin()) / (1.0 - e * phi_c.sin())).powf(e * b / 2.0)
        / (FRAC_PI_4 + phi_c / 2.0).tan().powf(b);
    let phi_p = LAT_P.to_radians();
    Cone {
        e,
        b,
        t0,
        n: phi_p.sin(),
        r0: K_P * a / phi_p.tan(),
    }
}

use std::f64::consts::FRAC_PI_4;

/// Bessel latitude and longitude (radians) to the grid.
fn krovak_forward(lat: f64, lon: f64) -> Sjtsk {
    let c = cone();
    let alpha = ALPHA_C.to_radians();
    let phi_p = LAT_P.to_radians();
    let esin = c.e * lat.sin();
    let u = 2.0
        * ((c.t0 * (lat / 2.0 + FRAC_PI_4).tan().powf(c.b)
            / ((1.0 + esin) / (1.0 - esin)).powf(c.e * c.b / 2.0))
        .atan()
            - FRAC_PI_4);
    let v = c.b * (LON_0.to_radians() - lon);
    let t = (alpha.cos() * u.sin() + alpha.sin() * u.cos() * v.cos()).asin();
    let d = (u.cos() * v.sin() / t.cos()).asin();
    let theta = c.n * d;
    let r =
        c.r0 * (FRAC_PI_4 + phi_p / 2.0).tan().powf(c.n) / (t / 2.0 + FRAC_PI_4).tan().powf(c.n);
    Sjtsk {
        x: r * theta.cos(),
        y: r * theta.sin(),
    }
}

/// The grid to Bessel latitude and longitude (radians).
fn krovak_inverse(p: Sjtsk) -> (f64, f64) {
    let c = cone();
    let alpha = ALPHA_C.to_radians();
    let phi_p = LAT_P.to_radians();
    let r = p.x.hypot(p.y);
    let theta = p.y.atan2(p.x);
    let d = theta / phi_p.sin();
    let t =
        2.0 * (((c.r0 / r).powf(1.0 / c.n) * (FRAC_PI_4 + phi_p / 2.0).tan()).atan() - FRAC_PI_4);
    let u = (alpha.cos() * t.sin() - alpha.sin() * t.cos() * d.cos()).asin();
    let v = (t.cos() * d.sin() / u.cos()).asin();
    let mut lat = u;
    for _ in 0..10 {
        let esin = c.e * lat.sin();
        let next = 2.0
            * ((c.t0.powf(-1.0 / c.b)
                * (u / 2.0 + FRAC_PI_4).tan().powf(1.0 / c.b)
                * ((1.0 + esin) / (1.0 - esin)).powf(c.e / 2.0))
            .atan()
                - FRAC_PI_4);
        let done = (next - lat).abs() < 1e-12;
        lat = next;
        if done {
            break;
        }
    }
    (lat, LON_0.to_radians() - v / c.b)
}

/// Earth-centred cartesian coordinates, metres.
#[derive(Debug, Clone, Copy)]
struct Ecef([f64; 3]);

fn ecef(lat: f64, lon: f64, el: &Ellipsoid) -> Ecef {
    let n = el.a / (1.0 - el.e2 * lat.sin().powi(2)).sqrt();
    Ecef([
        n * lat.cos() * lon.cos(),
        n * lat.cos() * lon.sin(),
        n * (1.0 - el.e2) * lat.sin(),
    ])
}

/// Latitude and longitude (radians) of a cartesian point, by iteration on the latitude.
fn geodetic(p: Ecef, el: &Ellipsoid) -> (f64, f64) {
    let [x, y, z] = p.0;
    let lon = y.atan2(x);
    let horizontal = x.hypot(y);
    let mut lat = z.atan2(horizontal * (1.0 - el.e2));
    for _ in 0..10 {
        let n = el.a / (1.0 - el.e2 * lat.sin().powi(2)).sqrt();
        let h = horizontal / lat.cos() - n;
        let next = z.atan2(horizontal * (1.0 - el.e2 * n / (n + h)));
        let done = (next - lat).abs() < 1e-13;
        lat = next;
        if done {
            break;
        }
    }
    (lat, lon)
}

/// A 7-parameter similarity transformation (position-vector rotation convention).
struct Helmert {
    shift: [f64; 3],
    /// Rotations about x, y, z in arc seconds.
    rotation: [f64; 3],
    scale_ppm: f64,
}

/// ČÚZK's global key S-JTSK → ETRS89.
const HELMERT: Helmert = Helmert {
    shift: [570.8285, 85.6769, 462.842],
    rotation: [4.9984, 1.5867, 5.2611],
    scale_ppm: 3.5623,
};

impl Helmert {
    fn matrix(&self) -> (f64, [f64; 3]) {
        let arc = |s: f64| (s / 3600.0).to_radians();
        (
            1.0 + self.scale_ppm * 1e-6,
            [
                arc(self.rotation[0]),
                arc(self.rotation[1]),
                arc(self.rotation[2]),
            ],
        )
    }

    fn apply(&self, p: Ecef) -> Ecef {
        let (m, [rx, ry, rz]) = self.matrix();
        let [x, y, z] = p.0;
        Ecef([
            self.shift[0] + m * (x - rz * y + ry * z),
            self.shift[1] + m * (rz * x + y - rx * z),
            self.shift[2] + m * (-ry * x + rx * y + z),
        ])
    }

    /// The inverse, exactly: the rotation matrix's inverse is its transpose to first order, and
    /// one correction step makes the round trip agree to well under a millimetre.
    fn invert(&self, p: Ecef) -> Ecef {
        let (m, [rx, ry, rz]) = self.matrix();
        let [x, y, z] = [
            (p.0[0] - self.shift[0]) / m,
            (p.0[1] - self.shift[1]) / m,
            (p.0[2] - self.shift[2]) / m,
        ];
        let first = Ecef([
            x + rz * y - ry * z,
            -rz * x + y + rx * z,
            ry * x - rx * y + z,
        ]);
        let back = self.apply(first);
        Ecef([
            first.0[0] - (back.0[0] - p.0[0]),
            first.0[1] - (back.0[1] - p.0[1]),
            first.0[2] - (back.0[2] - p.0[2]),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dms(d: f64, m: f64, s: f64) -> f64 {
        d + m / 60.0 + s / 3600.0
    }

    /// Metres between two positions (small distances).
    fn metres(a: Coordinates, b: Coordinates) -> f64 {
        a.distance_km(b) * 1000.0
    }

    #[test]
    fn the_projection_matches_the_epsg_guidance_note_example() {
        // IOGP Guidance Note 7-2, Krovak example: 50°12′32.442″ N, 16°50′59.179″ E of
        // Greenwich on Bessel 1841 is southing X = 1 050 538.63 m, westing Y = 568 990.99 m.
        let (lat, lon) = (dms(50.0, 12.0, 32.442), dms(16.0, 50.0, 59.179));
        let p = krovak_forward(lat.to_radians(), lon.to_radians());
        assert!((p.x - 1_050_538.63).abs() < 0.01, "{p:?}");
        assert!((p.y - 568_990.99).abs() < 0.015, "{p:?}");
        let (back_lat, back_lon) = krovak_inverse(Sjtsk {
            y: 568_990.99,
            x: 1_050_538.63,
        });
        assert!((back_lat.to_degrees() - lat).abs() * 111_000.0 < 0.01);
        assert!((back_lon.to_degrees() - lon).abs() * 71_000.0 < 0.015);
    }

    #[test]
    fn a_point_published_by_cuzk_lands_within_a_metre() {
        // ČÚZK's coordinate transformation service documents one point in every system it
        // converts: S-JTSK (Y, X) = (774 386.424, 1 049 151.327) is, by its exact grid-based
        // transformation, ETRS89 49°59′35.90464″ N 13°59′47.85600″ E and WGS 84
        // 49°59′35.91969″ N 13°59′47.88138″ E.
        let (grid, reading) = Sjtsk::read(774_386.424, 1_049_151.327).unwrap();
        assert_eq!(reading, Reading::AsWritten);
        let ours = grid.to_wgs84().unwrap();
        let etrs89 = Coordinates::new(dms(49.0, 59.0, 35.90464), dms(13.0, 59.0, 47.856)).unwrap();
        let wgs84 = Coordinates::new(dms(49.0, 59.0, 35.91969), dms(13.0, 59.0, 47.88138)).unwrap();
        assert!(
            metres(ours, etrs89) < 1.0,
            "{ours:?}: {} m",
            metres(ours, etrs89)
        );
        assert!(
            metres(ours, wgs84) < 1.0,
            "{ours:?}: {} m",
            metres(ours, wgs84)
        );
    }

    #[test]
    fn a_point_converted_with_the_same_key_by_proj_agrees() {
        // cs2cs with ČÚZK's key rounded to EPSG:1623's parameters (PROJ mailing list,
        // March 2006): X 1 163 530, Y 603 056 → 49°09′55.923″ N, 16°32′43.318″ E.
        let ours = Sjtsk {
            y: 603_056.0,
            x: 1_163_530.0,
        }
        .to_wgs84()
        .unwrap();
        let proj = Coordinates::new(dms(49.0, 9.0, 55.923), dms(16.0, 32.0, 43.318)).unwrap();
        assert!(
            metres(ours, proj) < 1.0,
            "{ours:?}: {} m",
            metres(ours, proj)
        );
    }

    #[test]
    fn signs_and_order_are_read_from_the_numbers() {
        let (a, ra) = Sjtsk::read(774_386.424, 1_049_151.327).unwrap();
        let (b, rb) = Sjtsk::read(-774_386.424, -1_049_151.327).unwrap();
        let (c, rc) = Sjtsk::read(1_049_151.327, 774_386.424).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(
            (ra, rb, rc),
            (Reading::AsWritten, Reading::Negated, Reading::Swapped)
        );
        assert_eq!(Sjtsk::read(0.0, 0.0), Err(SjtskError::OutsideCzechia));
        assert_eq!(Sjtsk::read(14.1, 49.3), Err(SjtskError::OutsideCzechia));
        assert_eq!(Sjtsk::read(f64::NAN, 1.0), Err(SjtskError::NotANumber));
    }

    #[test]
    fn the_round_trip_stays_within_a_millimetre_across_the_country() {
        for (lat, lon) in [
            (48.6, 12.1),
            (49.3088, 14.1475),
            (50.08, 14.42),
            (51.05, 18.85),
        ] {
            let at = Coordinates::new(lat, lon).unwrap();
            let back = Sjtsk::from_wgs84(at).to_wgs84().unwrap();
            assert!(metres(at, back) < 0.001, "{at:?} → {back:?}");
        }
    }
}
