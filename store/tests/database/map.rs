//! The map's data: markers for a view, services by distance, field-service coverage.

use domain::map::{Bounds, MapItem, Origin};
use domain::{Coordinates, Filter, MunicipalityCode};

use crate::support::{filter, sample_store};

const PISEK: u32 = 549240;
const MILEVSKO: u32 = 549576;

fn services_in(items: &[MapItem]) -> u32 {
    items.iter().map(MapItem::service_count).sum()
}

#[tokio::test]
async fn every_located_service_is_on_the_map_once_per_place() {
    let store = sample_store().await;
    let all = store.search(&Filter::default()).await.unwrap().total;
    let view = store.map_view(&Filter::default(), None, 17).await.unwrap();
    assert_eq!(view.located + view.field_only, all);
    assert!(view.located > 30, "most sample services have a place");
    assert!(services_in(&view.items) >= view.located);
    // Services in one building share a marker: Písek's municipal office holds two.
    let shared = view
        .items
        .iter()
        .any(|i| matches!(i, MapItem::Place(p) if p.services.len() > 1));
    assert!(shared, "{:?}", view.items);
    let extent = view.extent.unwrap();
    assert!(extent.contains(Coordinates::new(49.3088, 14.1475).unwrap()));
}

#[tokio::test]
async fn zoomed_out_the_district_is_a_few_clusters() {
    let store = sample_store().await;
    let near = store.map_view(&Filter::default(), None, 16).await.unwrap();
    let far = store.map_view(&Filter::default(), None, 8).await.unwrap();
    assert!(far.items.len() < near.items.len());
    assert!(far.items.len() <= 3, "{:?}", far.items.len());
    assert_eq!(services_in(&far.items), services_in(&near.items));
}

#[tokio::test]
async fn the_filter_and_the_view_narrow_the_markers() {
    let store = sample_store().await;
    let all = store.map_view(&Filter::default(), None, 16).await.unwrap();
    let debts = store.map_view(&filter("q=dluhy"), None, 16).await.unwrap();
    assert!(services_in(&debts.items) < services_in(&all.items));
    assert!(debts.located > 0);

    // A view around Milevsko only: no marker from Písek, 20 km south-west.
    let milevsko: Bounds = "49.40,14.30,49.50,14.42".parse().unwrap();
    let there = store
        .map_view(&Filter::default(), Some(milevsko), 16)
        .await
        .unwrap();
    assert!(!there.items.is_empty());
    assert!(
        there
            .items
            .iter()
            .all(|i| milevsko.padded(0.25).contains(i.position()))
    );
    assert!(services_in(&there.items) < services_in(&all.items));
    assert_eq!(
        there.located, all.located,
        "the counts stay those of the filter"
    );
}

#[tokio::test]
async fn services_in_the_municipality_come_first_then_by_distance() {
    let store = sample_store().await;
    let origin = Origin::Municipality(MunicipalityCode::from_number(MILEVSKO).unwrap());
    let nearby = store
        .nearby(&Filter::default(), origin)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(nearby.municipality.unwrap().name, "Milevsko");
    let first_outside = nearby
        .items
        .iter()
        .position(|s| !s.in_municipality)
        .unwrap();
    assert!(first_outside > 0);
    assert!(
        nearby.items[..first_outside]
            .iter()
            .all(|s| s.in_municipality)
    );
    let distances: Vec<f64> = nearby.items[first_outside..]
        .iter()
        .filter_map(|s| s.distance.map(|d| d.km()))
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    let farthest = distances.last().copied().unwrap_or(0.0);
    assert!(
        farthest > 15.0,
        "Písek is about 20 km from Milevsko: {distances:?}"
    );
}

#[tokio::test]
async fn a_position_finds_its_municipality_and_orders_by_distance() {
    let store = sample_store().await;
    // Near Milevsko's square.
    let at = Coordinates::new(49.451, 14.36).unwrap();
    let nearby = store
        .nearby(&filter("q=pe%C4%8Dovatelsk%C3%A1"), Origin::Position(at))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(nearby.municipality.unwrap().name, "Milevsko");
    assert_eq!(nearby.items[0].service.name, "Pečovatelská služba Milevsko");
    let unknown = Origin::Municipality(MunicipalityCode::from_number(500011).unwrap());
    assert!(
        store
            .nearby(&Filter::default(), unknown)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn coverage_shows_white_spots_for_a_service_type() {
    let store = sample_store().await;
    let coverage = store
        .coverage(&filter("druh=pecovatelska-sluzba"))
        .await
        .unwrap();
    let district = store.district_municipalities().await.unwrap();
    assert_eq!(coverage.len(), district.len());
    let pisek = coverage
        .iter()
        .find(|c| c.municipality.code.number() == PISEK)
        .unwrap();
    assert!(pisek.services >= 1);
    assert!(
        coverage.iter().any(|c| c.services == 0),
        "some villages are out of reach"
    );
    let everything = store.coverage(&Filter::default()).await.unwrap();
    for (all, one) in everything.iter().zip(&coverage) {
        assert!(all.services >= one.services);
    }
}
