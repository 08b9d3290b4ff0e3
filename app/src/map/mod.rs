//! The provider map: `/mapa` shows the services matching the catalogue's filter as clustered
//! markers (in the browser) and as a list grouped by municipality (everywhere), orders them by
//! distance from a municipality or from the phone's position, and `/mapa/pokryti` shows planners
//! which municipalities no field service reaches.

mod api;
mod coverage_page;
#[cfg(feature = "hydrate")]
mod drawing;
#[cfg(feature = "hydrate")]
mod leaflet;
mod list;
mod live_map;
mod near_me;
mod page;
mod words;

pub use coverage_page::CoveragePage;
pub use page::MapPage;
