//! The map's data, from the catalogue index: the markers for a view, services by distance from a
//! place, and how many field services reach each municipality of the district.

use super::index::Entry;
use crate::backend::Elem;
use crate::{PER_PAGE, Store, StoreError, rows};
use domain::catalog::MunicipalityRef;
use domain::map::{
    Bounds, Coverage, Distance, IN_VIEW_LISTED, MapService, MapView, MunicipalityCentre, Nearby,
    NearbyService, Origin, Place, cluster,
};
use domain::{Coordinates, DeliveryForm, Filter, MunicipalityCode};
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(sqlx::FromRow)]
struct CoverageRow {
    code: i64,
    service_id: i64,
}

#[derive(sqlx::FromRow)]
struct MunicipalityCentreRow {
    code: i64,
    name: String,
    lat: f64,
    lon: f64,
}

#[derive(sqlx::FromRow)]
struct CandidateRow {
    code: i64,
    name: String,
    lat: f64,
    lon: f64,
}

/// How far beyond the view markers are sent, as a fraction of its size, so a small pan needs no
/// new request to look complete.
const VIEW_PADDING: f64 = 0.25;

impl Store {
    /// The markers for the services matching `filter` within `view` (padded a little) at `zoom`,
    /// clustered; without a view, for the whole extent of the matching places.
    #[tracing::instrument(skip(self), fields(query = %filter.to_query()))]
    pub async fn map_view(
        &self,
        filter: &Filter,
        view: Option<Bounds>,
        zoom: u8,
    ) -> Result<MapView, StoreError> {
        let (index, found) = self.matching(filter).await?;
        let mut located = 0u32;
        let mut field_only = 0u32;
        // Places keyed by their exact position, so services in one building share one marker.
        let mut places: BTreeMap<(i64, i64), Place> = BTreeMap::new();
        let mut extent: Option<Bounds> = None;
        let window = view.map(|v| v.padded(VIEW_PADDING));
        let mut in_view = Vec::new();
        let mut in_view_total = 0u32;
        for m in &found.matches {
            let entry = &index.entries[m.position];
            if entry.places.is_empty() {
                field_only += 1;
                continue;
            }
            located += 1;
            if view.is_none_or(|v| entry.places.iter().any(|p| v.contains(p.position))) {
                in_view_total += 1;
                if in_view.len() < IN_VIEW_LISTED {
                    in_view.push(map_service(entry));
                }
            }
            for place in &entry.places {
                let spot = Bounds::point(place.position);
                extent = Some(extent.map_or(spot, |e| e.union(spot)));
                if window.is_some_and(|w| !w.contains(place.position)) {
                    continue;
                }
                let service = map_service(entry);
                let services = &mut places
                    .entry(position_key(place.position))
                    .or_insert_with(|| Place {
                        position: place.position,
                        municipality: place.municipality.clone(),
                        approximate: place.approximate,
                        services: Vec::new(),
                    })
                    .services;
                if !services.iter().any(|s| s.id == service.id) {
                    services.push(service);
                }
            }
        }
        Ok(MapView {
            items: cluster(places.into_values().collect(), zoom),
            in_view,
            in_view_total,
            located,
            field_only,
            extent,
        })
    }

    /// The services matching `filter`, nearest to `origin` first: those in the origin's
    /// municipality (with a place there, or reaching it) before the rest. One page of them.
    /// `None` when the origin is a municipality the database does not know.
    #[tracing::instrument(skip(self), fields(query = %filter.to_query()))]
    pub async fn nearby(
        &self,
        filter: &Filter,
        origin: Origin,
    ) -> Result<Option<Nearby>, StoreError> {
        let (from, municipality) = match origin {
            Origin::Municipality(code) => match self.municipality_centre(code).await? {
                Some((centre, municipality)) => (centre, Some(municipality)),
                None => return Ok(None),
            },
            Origin::Position(at) => (at, self.municipality_near(at).await?),
        };
        let present: HashSet<i64> = match &municipality {
            Some(m) => self.services_in(i64::from(m.code.number())).await?,
            None => HashSet::new(),
        };
        let (index, found) = self.matching(filter).await?;
        let mut ranked: Vec<(i64, Option<Distance>, bool)> = found
            .matches
            .iter()
            .map(|m| {
                let entry = &index.entries[m.position];
                let distance = entry
                    .places
                    .iter()
                    .map(|p| Distance::between(from, p.position))
                    .min_by(|a, b| a.km().total_cmp(&b.km()));
                (entry.id, distance, present.contains(&entry.id))
            })
            .collect();
        // In the municipality first, then by distance; services with no place last. The sort is
        // stable, so equal ones keep the catalogue order.
        ranked.sort_by(|a, b| {
            b.2.cmp(&a.2).then_with(|| {
                let km = |d: &Option<Distance>| d.map_or(f64::INFINITY, Distance::km);
                km(&a.1).total_cmp(&km(&b.1))
            })
        });

        let total = u32::try_from(ranked.len()).unwrap_or(u32::MAX);
        let page = filter.page.clamp(1, total.div_ceil(PER_PAGE).max(1));
        let shown: Vec<_> = ranked
            .into_iter()
            .skip(((page - 1) * PER_PAGE) as usize)
            .take(PER_PAGE as usize)
            .collect();
        let ids: Vec<i64> = shown.iter().map(|(id, ..)| *id).collect();
        let mut summaries: HashMap<i64, _> = self
            .summaries_of(&ids)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        let items = shown
            .into_iter()
            .filter_map(|(id, distance, in_municipality)| {
                Some(NearbyService {
                    service: summaries.remove(&id)?,
                    distance,
                    in_municipality,
                })
            })
            .collect();
        Ok(Some(Nearby {
            municipality,
            items,
            total,
            page,
            per_page: PER_PAGE,
        }))
    }

    /// Every municipality of the site's districts with the number of field services matching
    /// `filter` that reach it; zero marks a white spot.
    #[tracing::instrument(skip(self), fields(query = %filter.to_query()))]
    pub async fn coverage(&self, filter: &Filter) -> Result<Vec<Coverage>, StoreError> {
        let (index, found) = self
            .matching(&Filter {
                municipality: None,
                ..filter.clone()
            })
            .await?;
        let matching: HashSet<i64> = found
            .matches
            .iter()
            .map(|m| index.entries[m.position].id)
            .collect();
        let districts = self.district_codes_json(&self.pool).await?;
        let mut reach: HashMap<i64, u32> = HashMap::new();
        let sql = format!(
            r#"SELECT a.municipality_code AS code, a.service_id AS service_id
               FROM service_areas a JOIN municipalities m ON m.code = a.municipality_code
               WHERE {}"#,
            self.backend.json_in("m.district_code", "$1", Elem::Text)
        );
        for area in sqlx::query_as::<_, CoverageRow>(&sql)
            .bind(&districts)
            .fetch_all(&self.pool)
            .await?
        {
            if matching.contains(&area.service_id) {
                *reach.entry(area.code).or_default() += 1;
            }
        }
        Ok(index
            .district
            .iter()
            .map(|d| Coverage {
                municipality: d.municipality.clone(),
                position: d.centre,
                services: reach
                    .get(&i64::from(d.municipality.code.number()))
                    .copied()
                    .unwrap_or(0),
            })
            .collect())
    }

    /// The centres of the site's districts' municipalities, in Czech order.
    pub async fn district_centres(&self) -> Result<Vec<MunicipalityCentre>, StoreError> {
        Ok(self
            .catalog_index()
            .await?
            .district
            .iter()
            .map(|d| MunicipalityCentre {
                municipality: d.municipality.clone(),
                centre: d.centre,
            })
            .collect())
    }

    async fn municipality_centre(
        &self,
        code: MunicipalityCode,
    ) -> Result<Option<(Coordinates, MunicipalityRef)>, StoreError> {
        let code = i64::from(code.number());
        let Some(row) = sqlx::query_as::<_, MunicipalityCentreRow>(
            "SELECT code, name, lat, lon FROM municipalities WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let municipality = MunicipalityRef {
            code: rows::municipality_code(row.code, row.code)?,
            name: row.name,
        };
        Ok(rows::position(Some(row.lat), Some(row.lon)).map(|centre| (centre, municipality)))
    }

    /// The municipality whose centre is nearest to `at`, among those within about 30 km.
    async fn municipality_near(
        &self,
        at: Coordinates,
    ) -> Result<Option<MunicipalityRef>, StoreError> {
        let (lat, lon) = (at.lat(), at.lon());
        let candidates = sqlx::query_as::<_, CandidateRow>(
            r#"SELECT code, name, lat, lon FROM municipalities
               WHERE lat BETWEEN $1 - 0.3 AND $1 + 0.3 AND lon BETWEEN $2 - 0.45 AND $2 + 0.45"#,
        )
        .bind(lat)
        .bind(lon)
        .fetch_all(&self.pool)
        .await?;
        let mut near = Vec::new();
        for row in candidates {
            if let Some(centre) = rows::position(Some(row.lat), Some(row.lon)) {
                let municipality = MunicipalityRef {
                    code: rows::municipality_code(row.code, row.code)?,
                    name: row.name,
                };
                near.push((centre, municipality));
            }
        }
        Ok(domain::map::nearest(at, near))
    }
}

fn map_service(entry: &Entry) -> MapService {
    MapService {
        id: entry.id,
        name: entry.name.clone(),
        organization: entry.organization.clone(),
        forms: DeliveryForm::from_mask(entry.forms),
    }
}

/// Positions equal to about a metre share a marker.
fn position_key(p: Coordinates) -> (i64, i64) {
    (
        (p.lat() * 100_000.0).round() as i64,
        (p.lon() * 100_000.0).round() as i64,
    )
}
