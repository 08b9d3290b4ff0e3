//! Gathering places into clusters, so that hundreds of services stay readable on a phone: each
//! place not yet taken, north-west first, takes every free place within [`CLUSTER_RADIUS_PX`]
//! screen pixels of it at the current zoom (Web Mercator, as the tiles are drawn). One place alone
//! is drawn as itself; several as one cluster marker with their count, which zooming opens. A
//! grid of radius-sized cells finds the neighbours, so this stays linear in the places.

use super::{Bounds, MapItem, Place};
use crate::geo::Coordinates;
use std::collections::HashMap;

/// How close (in screen pixels) places must be to share a marker. Markers are drawn at least
/// 32 px wide, so two markers never cover each other much and each is an easy tap target.
pub const CLUSTER_RADIUS_PX: f64 = 48.0;
/// The closest zoom the tiles offer; there, places are never clustered.
pub const MAX_ZOOM: u8 = 18;

/// Places as the map should draw them at `zoom`, north-west first.
pub fn cluster(mut places: Vec<Place>, zoom: u8) -> Vec<MapItem> {
    places.sort_by(|a, b| {
        b.position
            .lat()
            .total_cmp(&a.position.lat())
            .then(a.position.lon().total_cmp(&b.position.lon()))
    });
    if zoom >= MAX_ZOOM {
        return places.into_iter().map(MapItem::Place).collect();
    }
    let pixels: Vec<(f64, f64)> = places.iter().map(|p| pixel(p.position, zoom)).collect();
    let cell_of = |(x, y): (f64, f64)| {
        (
            (x / CLUSTER_RADIUS_PX).floor() as i64,
            (y / CLUSTER_RADIUS_PX).floor() as i64,
        )
    };
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, px) in pixels.iter().enumerate() {
        grid.entry(cell_of(*px)).or_default().push(i);
    }

    let mut taken = vec![false; places.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..places.len() {
        if taken[i] {
            continue;
        }
        let (cx, cy) = cell_of(pixels[i]);
        let mut members = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                for &j in grid.get(&(cx + dx, cy + dy)).into_iter().flatten() {
                    let (a, b) = (pixels[i], pixels[j]);
                    if !taken[j] && (a.0 - b.0).hypot(a.1 - b.1) <= CLUSTER_RADIUS_PX {
                        taken[j] = true;
                        members.push(j);
                    }
                }
            }
        }
        members.sort_unstable();
        groups.push(members);
    }

    let mut slots: Vec<Option<Place>> = places.into_iter().map(Some).collect();
    groups
        .into_iter()
        .map(|members| {
            let mut group: Vec<Place> = members.iter().filter_map(|&i| slots[i].take()).collect();
            if group.len() == 1 {
                return MapItem::Place(group.remove(0));
            }
            let count = group.iter().map(|p| p.services.len()).sum::<usize>();
            let n = group.len() as f64;
            let (lat, lon) = group.iter().fold((0.0, 0.0), |(lat, lon), p| {
                (lat + p.position.lat() / n, lon + p.position.lon() / n)
            });
            let first = group[0].position;
            MapItem::Cluster {
                position: Coordinates::new(lat, lon).unwrap_or(first),
                count: u32::try_from(count).unwrap_or(u32::MAX),
                bounds: group.iter().fold(Bounds::point(first), |b, p| {
                    b.union(Bounds::point(p.position))
                }),
            }
        })
        .collect()
}

/// Web Mercator pixel coordinates of a position at a zoom.
pub(super) fn pixel(p: Coordinates, zoom: u8) -> (f64, f64) {
    let world = 256.0 * f64::from(1u32 << zoom.min(MAX_ZOOM));
    let x = (p.lon() + 180.0) / 360.0 * world;
    let lat = p.lat().clamp(-85.05, 85.05).to_radians();
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * world;
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{MunicipalityRef, OrganizationRef};
    use crate::ids::MunicipalityCode;
    use crate::map::{MapService, Place};

    fn place(id: i64, lat: f64, lon: f64) -> Place {
        Place {
            position: Coordinates::new(lat, lon).unwrap(),
            municipality: MunicipalityRef {
                code: MunicipalityCode::parse("549240").unwrap(),
                name: "Písek".into(),
            },
            approximate: false,
            services: vec![MapService {
                id,
                name: format!("služba {id}"),
                organization: OrganizationRef {
                    id: 1,
                    name: "poskytovatel".into(),
                },
                forms: vec![],
            }],
        }
    }

    fn counts(items: &[MapItem]) -> Vec<u32> {
        items.iter().map(MapItem::service_count).collect()
    }

    #[test]
    fn near_places_cluster_when_zoomed_out_and_part_when_zoomed_in() {
        // Two buildings in Písek 300 m apart, one in Strakonice 20 km away.
        let places = || {
            vec![
                place(1, 49.3088, 14.1475),
                place(2, 49.3110, 14.1500),
                place(3, 49.2614, 13.9024),
            ]
        };
        let far = cluster(places(), 8);
        assert_eq!(counts(&far), vec![3]);
        let district = cluster(places(), 11);
        assert_eq!(district.len(), 2);
        assert_eq!(counts(&district).iter().sum::<u32>(), 3);
        let street = cluster(places(), 17);
        assert_eq!(street.len(), 3);
    }

    #[test]
    fn a_cluster_sits_among_its_places_and_its_bounds_hold_them() {
        let items = cluster(vec![place(1, 49.30, 14.14), place(2, 49.31, 14.15)], 8);
        let MapItem::Cluster {
            position, bounds, ..
        } = &items[0]
        else {
            panic!("expected a cluster, got {items:?}");
        };
        assert!(bounds.contains(*position));
        assert!(bounds.contains(Coordinates::new(49.30, 14.14).unwrap()));
        assert!(bounds.contains(Coordinates::new(49.31, 14.15).unwrap()));
    }

    #[test]
    fn at_the_closest_zoom_nothing_is_clustered() {
        let same_spot = vec![place(1, 49.3, 14.1), place(2, 49.3, 14.1)];
        assert_eq!(cluster(same_spot, MAX_ZOOM).len(), 2);
    }

    proptest::proptest! {
        #[test]
        fn clustering_keeps_every_service_once(
            spots in proptest::collection::vec((48.5f64..51.0, 12.0f64..19.0), 0..200),
            zoom in 0u8..=18,
        ) {
            let places: Vec<Place> = spots
                .iter()
                .enumerate()
                .map(|(i, (lat, lon))| place(i as i64, *lat, *lon))
                .collect();
            let items = cluster(places, zoom);
            proptest::prop_assert_eq!(counts(&items).iter().sum::<u32>() as usize, spots.len());
            for item in &items {
                if let MapItem::Cluster { position, bounds, count } = item {
                    proptest::prop_assert!(*count >= 2);
                    proptest::prop_assert!(bounds.padded(1e-9).contains(*position));
                }
            }
        }
    }
}
