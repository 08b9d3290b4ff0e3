//! Server functions of the layout.

use crate::AppError;
use domain::catalog::SiteInfo;
use leptos::prelude::*;

/// The region, the audiences and topics in the page's language, and whether the data is sample
/// data.
#[server(endpoint = "site_info")]
pub async fn load_site_info() -> Result<SiteInfo, AppError> {
    let lang = crate::i18n::use_i18n().lang;
    let mut site = crate::state::store()?.site_info().await?;
    site.audiences = site
        .audiences
        .into_iter()
        .map(|a| a.in_lang(lang))
        .collect();
    site.topics = site.topics.into_iter().map(|t| t.in_lang(lang)).collect();
    Ok(site)
}
