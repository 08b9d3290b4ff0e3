//! A still picture of the map, drawn on the server: the district's municipalities and the
//! filter's markers, projected as the tiles are (Web Mercator) at the zoom that fits the district.
//! It stands where the live map will be, so the first screen shows the map before any script runs
//! (and without JavaScript at all); the live map covers it when Leaflet is ready.

use super::cluster::pixel;
use super::marker::{cluster_disc, place_disc};
use super::{Bounds, MAX_ZOOM, MapItem};
use crate::geo::Coordinates;

/// The picture's size in CSS pixels.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 640.0;
/// Room kept free at the edges, so markers at the district's border are drawn whole.
const MARGIN: f64 = 24.0;

/// How the district is laid onto the picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preview {
    zoom: u8,
    /// The picture's top-left corner in Web Mercator pixels at `zoom`.
    left: f64,
    top: f64,
}

impl Preview {
    /// The closest zoom at which `area` fits the picture, centred on it.
    pub fn fitting(area: Bounds) -> Preview {
        let zoom = (0..=MAX_ZOOM)
            .rev()
            .find(|&zoom| {
                let (west, south) = pixel(area.south_west(), zoom);
                let (east, north) = pixel(area.north_east(), zoom);
                east - west <= WIDTH - 2.0 * MARGIN && south - north <= HEIGHT - 2.0 * MARGIN
            })
            .unwrap_or(0);
        let (west, south) = pixel(area.south_west(), zoom);
        let (east, north) = pixel(area.north_east(), zoom);
        Preview {
            zoom,
            left: (west + east - WIDTH) / 2.0,
            top: (north + south - HEIGHT) / 2.0,
        }
    }

    /// The zoom the markers should be clustered at.
    pub fn zoom(&self) -> u8 {
        self.zoom
    }

    /// The picture as an SVG document: each municipality's centre as a small ring, each marker
    /// as the live map draws it.
    pub fn svg(&self, municipalities: &[Coordinates], items: &[MapItem]) -> String {
        let mut svg = format!(
            "<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{HEIGHT}' viewBox='0 0 {WIDTH} {HEIGHT}'>\
             <rect width='{WIDTH}' height='{HEIGHT}' fill='#eef2f1'/>\
             <g fill='none' stroke='#5c6b73'>"
        );
        for &centre in municipalities {
            let (x, y) = self.point(centre);
            svg.push_str(&format!("<circle cx='{x:.1}' cy='{y:.1}' r='3'/>"));
        }
        svg.push_str("</g>");
        for item in items {
            let (x, y) = self.point(item.position());
            let disc = match item {
                MapItem::Place(place) => place_disc(x, y, place.services.len()),
                MapItem::Cluster { count, .. } => cluster_disc(x, y, *count),
            };
            svg.push_str(&disc);
        }
        svg.push_str("</svg>");
        svg
    }

    fn point(&self, at: Coordinates) -> (f64, f64) {
        let (x, y) = pixel(at, self.zoom);
        (x - self.left, y - self.top)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates::new(lat, lon).unwrap()
    }

    /// The Písek district, roughly.
    fn district() -> Bounds {
        Bounds::new(49.15, 13.85, 49.6, 14.5).unwrap()
    }

    #[test]
    fn the_district_fits_the_picture_at_the_closest_zoom() {
        let preview = Preview::fitting(district());
        assert_eq!(preview.zoom(), 10, "{preview:?}");
        for corner in [district().south_west(), district().north_east()] {
            let (x, y) = preview.point(corner);
            assert!((MARGIN..=WIDTH - MARGIN).contains(&x), "{x}");
            assert!((MARGIN..=HEIGHT - MARGIN).contains(&y), "{y}");
        }
        let (x, y) = preview.point(at(49.375, 14.175));
        assert!(
            (x - WIDTH / 2.0).abs() < 2.0 && (y - HEIGHT / 2.0).abs() < 10.0,
            "{x} {y}"
        );
    }

    #[test]
    fn a_single_place_is_drawn_at_the_closest_zoom() {
        let preview = Preview::fitting(Bounds::point(at(49.3, 14.15)));
        assert_eq!(preview.zoom(), MAX_ZOOM);
    }

    #[test]
    fn markers_and_municipalities_are_drawn() {
        let preview = Preview::fitting(district());
        let items = [MapItem::Cluster {
            position: at(49.31, 14.15),
            count: 17,
            bounds: district(),
        }];
        let svg = preview.svg(&[at(49.3, 14.1), at(49.4, 14.3)], &items);
        assert!(svg.starts_with("<svg xmlns='http://www.w3.org/2000/svg'"));
        assert_eq!(svg.matches("r='3'").count(), 2, "{svg}");
        assert!(svg.contains(">17</text>"), "{svg}");
        assert!(svg.ends_with("</svg>"));
    }
}
