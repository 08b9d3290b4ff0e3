//! The site search's server function.

use crate::AppError;
use domain::catalog::ServiceSummary;
use domain::site_search::Hit;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Services and questions shown before the link to all of them.
#[cfg(feature = "ssr")]
const FIRST: usize = 5;
#[cfg(feature = "ssr")]
const CONTENT_HITS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteResults {
    /// The text as searched (whitespace collapsed, cut to the catalogue's limit).
    pub text: String,
    pub services: Vec<ServiceSummary>,
    pub service_total: u32,
    /// (address, question)
    pub faqs: Vec<(String, String)>,
    pub faq_total: usize,
    pub hits: Vec<Hit>,
}

#[server(endpoint = "hledat")]
pub async fn search_site(q: String) -> Result<SiteResults, AppError> {
    let (text, _) = domain::filter::normalize_text(&q);
    if text.is_empty() {
        return Ok(SiteResults {
            text,
            services: Vec::new(),
            service_total: 0,
            faqs: Vec::new(),
            faq_total: 0,
            hits: Vec::new(),
        });
    }
    let store = crate::state::store()?;
    let lang = crate::i18n::use_i18n().lang;
    let filter = domain::Filter {
        text: text.clone(),
        ..domain::Filter::default()
    };
    let services = store.search(&filter).await?;
    let faqs = store
        .faqs(&domain::faq::FaqFilter {
            text: text.clone(),
            ..domain::faq::FaqFilter::default()
        })
        .await?
        .items;
    let hits = store.search_content(&text, CONTENT_HITS).await?;
    let found = services.total as usize + faqs.len() + hits.len();
    crate::common::mark_if_found_nothing(&text, found);
    Ok(SiteResults {
        service_total: services.total,
        services: services.items.into_iter().take(FIRST).collect(),
        faq_total: faqs.len(),
        faqs: faqs
            .into_iter()
            .take(FIRST)
            .map(|f| (format!("/dotazy/{}", f.slug), f.text(lang).value.question))
            .collect(),
        hits,
        text,
    })
}
