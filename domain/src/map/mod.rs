//! The provider map: what a marker says, the part of the map in view, markers gathered into
//! clusters so hundreds of services stay readable on a phone, services ordered by distance, and
//! how well field services cover the district's municipalities.

mod bounds;
mod cluster;
mod coverage;
pub mod marker;
mod nearby;
pub mod preview;

pub use bounds::{Bounds, BoundsError};
pub use cluster::{CLUSTER_RADIUS_PX, MAX_ZOOM, cluster};
pub use coverage::{Coverage, CoverageLevel};
pub use nearby::{Distance, Origin, nearest};
pub use preview::Preview;

use crate::catalog::{MunicipalityRef, OrganizationRef, ServiceId};
use crate::delivery_form::DeliveryForm;
use crate::geo::Coordinates;
use crate::ids::MunicipalityCode;
use crate::query;
use serde::{Deserialize, Serialize};

/// How many services in view the map's list names.
pub const IN_VIEW_LISTED: usize = 50;

/// The query key of the place a resident measures distances from (a municipality code).
pub const ORIGIN_KEY: &str = "od";

/// A service at one of its places, as a marker's popup names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapService {
    pub id: ServiceId,
    pub name: String,
    pub organization: OrganizationRef,
    pub forms: Vec<DeliveryForm>,
}

/// Services at one position: a building, or a municipality's centre when the data has no address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub position: Coordinates,
    pub municipality: MunicipalityRef,
    /// The position is the municipality's centre, not the building.
    pub approximate: bool,
    pub services: Vec<MapService>,
}

/// What the map draws: a place with its services, or a cluster of places that zooming opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MapItem {
    Place(Place),
    Cluster {
        position: Coordinates,
        /// Services in the cluster (a service with two places in it counts twice).
        count: u32,
        /// The area the cluster's places lie in; zooming to it opens the cluster.
        bounds: Bounds,
    },
}

impl MapItem {
    pub fn position(&self) -> Coordinates {
        match self {
            MapItem::Place(place) => place.position,
            MapItem::Cluster { position, .. } => *position,
        }
    }

    /// The services the marker stands for.
    pub fn service_count(&self) -> u32 {
        match self {
            MapItem::Place(place) => u32::try_from(place.services.len()).unwrap_or(u32::MAX),
            MapItem::Cluster { count, .. } => *count,
        }
    }
}

/// The markers for one view of the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub items: Vec<MapItem>,
    /// The first [`IN_VIEW_LISTED`] services with a place in the view, in catalogue order: the
    /// list beside the map, and the markers' text alternative.
    pub in_view: Vec<MapService>,
    /// How many services have a place in the view.
    pub in_view_total: u32,
    /// Services matching the filter that have a place on the map (in view or not).
    pub located: u32,
    /// Matching field services without an address of their own; the list shows them.
    pub field_only: u32,
    /// The area holding every matching place, for the first view.
    pub extent: Option<Bounds>,
}

impl MapView {
    pub fn counts(&self) -> MapCounts {
        MapCounts {
            in_view: self.in_view_total,
            located: self.located,
            field_only: self.field_only,
        }
    }
}

/// What the map's status line says: how many services are in view, on the map, and only in the
/// list. The server says it for the first view, the live map for each view after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MapCounts {
    pub in_view: u32,
    pub located: u32,
    pub field_only: u32,
}

/// A service in the list ordered by distance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearbyService {
    pub service: crate::catalog::ServiceSummary,
    /// From the origin to its nearest place; `None` for a field service without an office.
    pub distance: Option<Distance>,
    /// It has a place in the origin's municipality or reaches it as a field service.
    pub in_municipality: bool,
}

/// Services matching a filter, nearest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nearby {
    /// The origin's municipality (for a position: the one whose centre is nearest).
    pub municipality: Option<MunicipalityRef>,
    pub items: Vec<NearbyService>,
    pub total: u32,
    pub page: u32,
    pub per_page: u32,
}

/// A municipality's centre, where the map marks it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityCentre {
    pub municipality: MunicipalityRef,
    pub centre: Coordinates,
}

/// Where the map's tiles come from and whom the map must credit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TileSource {
    /// A Leaflet URL template: `https://tile.openstreetmap.org/{z}/{x}/{y}.png`.
    pub url: String,
    pub attribution: String,
}

/// What a map URL says about the origin (`od=549240`): `Ok(None)` when it names none, the value
/// itself as the error when it is no municipality code.
pub fn origin_in_query(raw: &str) -> Result<Option<MunicipalityCode>, String> {
    let Ok(pairs) = query::parse_pairs(raw) else {
        return Ok(None);
    };
    match pairs.into_iter().rev().find(|(key, _)| key == ORIGIN_KEY) {
        None => Ok(None),
        Some((_, value)) if value.trim().is_empty() => Ok(None),
        Some((_, value)) => MunicipalityCode::parse(value.trim())
            .map(Some)
            .map_err(|_| value.chars().take(40).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_origin_is_read_from_the_query() {
        assert_eq!(origin_in_query("q=x"), Ok(None));
        assert_eq!(origin_in_query("od="), Ok(None));
        assert_eq!(
            origin_in_query("q=x&od=549240"),
            Ok(Some(MunicipalityCode::parse("549240").unwrap()))
        );
        assert_eq!(origin_in_query("od=Písek"), Err("Písek".to_owned()));
    }
}
