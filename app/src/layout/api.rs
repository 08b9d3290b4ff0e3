//! Server functions of the layout.

use crate::AppError;
use domain::catalog::SiteInfo;
use leptos::prelude::*;

/// The region, the audiences and whether the data is sample data.
#[server(endpoint = "site_info")]
pub async fn load_site_info() -> Result<SiteInfo, AppError> {
    Ok(crate::state::store()?.site_info().await?)
}
