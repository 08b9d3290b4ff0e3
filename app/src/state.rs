//! What server functions get from the server through Leptos context.

use crate::AppError;
use leptos::prelude::use_context;
use store::Store;

/// The database, as the server provided it for this request.
pub fn store() -> Result<Store, AppError> {
    use_context::<Store>().ok_or_else(|| {
        tracing::error!("no Store in context: the server must provide it to every route");
        AppError::Internal
    })
}

/// The address residents reach the portal at (`POMOC_PUBLIC_URL`), for links that leave the page:
/// short links and their QR codes.
#[derive(Debug, Clone)]
pub struct PublicUrl(pub String);

/// Where the map's tiles come from (`POMOC_TILE_URL`, `POMOC_TILE_ATTRIBUTION`).
pub fn tiles() -> Result<domain::map::TileSource, AppError> {
    use_context::<domain::map::TileSource>().ok_or_else(|| {
        tracing::error!("no TileSource in context: the server must provide it to every route");
        AppError::Internal
    })
}
