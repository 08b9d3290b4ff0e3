//! Server functions of the map. Like the catalogue's, they take the URL query itself, so the map
//! and the list read one filter with one parser.

use crate::AppError;
use domain::catalog::SearchPage;
use domain::map::{Coverage, MapCounts, MapView, MunicipalityCentre, Nearby, TileSource};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything `/mapa` renders before the browser asks for markers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapPageData {
    /// The filter's results and facets, as the catalogue has them: the list and the form.
    pub search: SearchPage,
    /// With an origin (`od=`): the same services nearest first.
    pub nearby: Option<Nearby>,
    /// The origin named a municipality the site does not know.
    pub unknown_origin: Option<String>,
    pub centres: Vec<MunicipalityCentre>,
    /// The map's status line for its first view, the district.
    pub counts: MapCounts,
    pub tiles: TileSource,
}

#[server(endpoint = "map/page")]
pub async fn map_page(query: String) -> Result<MapPageData, AppError> {
    use domain::map::{Origin, origin_in_query};
    let filter = domain::Filter::from_query(&query)?.filter;
    let store = crate::state::store()?;
    let (nearby, unknown_origin) = match origin_in_query(&query) {
        Ok(None) => (None, None),
        Ok(Some(code)) => match store.nearby(&filter, Origin::Municipality(code)).await? {
            Some(nearby) => (Some(nearby), None),
            None => (None, Some(code.to_string())),
        },
        Err(value) => (None, Some(value)),
    };
    let centres = store.district_centres().await?;
    let district = domain::map::Bounds::around(centres.iter().map(|c| c.centre));
    Ok(MapPageData {
        search: store.search(&filter).await?,
        nearby,
        unknown_origin,
        counts: store.map_view(&filter, district, 0).await?.counts(),
        centres,
        tiles: crate::state::tiles()?,
    })
}

/// The markers for a view: `view` is `south,west,north,east` (empty for the whole extent),
/// `zoom` the map's zoom level.
#[server(endpoint = "map/markers")]
pub async fn map_markers(query: String, view: String, zoom: u8) -> Result<MapView, AppError> {
    let filter = domain::Filter::from_query(&query)?.filter;
    let view = match view.trim() {
        "" => None,
        bounds => Some(bounds.parse::<domain::map::Bounds>()?),
    };
    let zoom = zoom.min(domain::map::MAX_ZOOM);
    Ok(crate::state::store()?.map_view(&filter, view, zoom).await?)
}

/// The filter's services nearest to where the phone is.
#[server(endpoint = "map/near")]
pub async fn near_position(query: String, lat: f64, lon: f64) -> Result<Nearby, AppError> {
    let filter = domain::Filter::from_query(&query)?.filter;
    let at = domain::Coordinates::new(lat, lon)?;
    crate::state::store()?
        .nearby(&filter, domain::map::Origin::Position(at))
        .await?
        .ok_or(AppError::Internal)
}

/// Planners' coverage view: the district's municipalities and how many matching field services
/// reach each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageData {
    pub coverage: Vec<Coverage>,
    /// The field services, whose facets give the service types for the chooser.
    pub search: SearchPage,
}

#[server(endpoint = "map/coverage")]
pub async fn coverage_of_municipalities(query: String) -> Result<CoverageData, AppError> {
    let filter = domain::Filter::from_query(&query)?.filter;
    let store = crate::state::store()?;
    let field = filter.changed(|f| f.forms = [domain::DeliveryForm::Field].into());
    Ok(CoverageData {
        coverage: store.coverage(&filter).await?,
        search: store.search(&field).await?,
    })
}
