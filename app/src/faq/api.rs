//! Server functions of the questions. Markdown is rendered to safe HTML here, on the server, so
//! the renderer never reaches the browser bundle.

use crate::AppError;
use domain::catalog::{AudienceRef, ServiceSummary};
use domain::faq::Topic;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A question in a list, with the first words of its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqItem {
    pub slug: String,
    pub question: String,
    pub excerpt: String,
    /// Shown in Czech on a page in another language (not translated).
    pub in_czech: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqListView {
    pub items: Vec<FaqItem>,
    pub topics: Vec<Topic>,
}

/// A question's page, its answer already safe HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqView {
    pub slug: String,
    pub question: String,
    pub answer_html: String,
    /// Not translated into the page's language: shown in Czech.
    pub in_czech: bool,
    pub audiences: Vec<AudienceRef>,
    pub topics: Vec<Topic>,
    pub services: Vec<ServiceSummary>,
}

/// Characters of an answer shown under its question in a list.
#[cfg(feature = "ssr")]
const EXCERPT_CHARS: usize = 160;

/// Questions for a `/dotazy` URL query (`q`, `skupina`, `tema`).
#[server(endpoint = "faqs")]
pub async fn list_faqs(query: String) -> Result<FaqListView, AppError> {
    let filter = domain::faq::FaqFilter::from_query(&query)?;
    let lang = crate::i18n::use_i18n().lang;
    let list = crate::state::store()?.faqs(&filter).await?;
    crate::common::mark_if_found_nothing(&filter.text, list.items.len());
    Ok(FaqListView {
        items: list
            .items
            .into_iter()
            .map(|f| {
                let text = f.text(lang);
                FaqItem {
                    excerpt: domain::text::excerpt(
                        &super::markdown::to_plain_text(&text.value.answer),
                        EXCERPT_CHARS,
                    ),
                    slug: f.slug.to_string(),
                    in_czech: text.falls_back(lang),
                    question: text.value.question,
                }
            })
            .collect(),
        topics: list.topics.into_iter().map(|t| t.in_lang(lang)).collect(),
    })
}

#[server(endpoint = "faq")]
pub async fn get_faq(slug: String) -> Result<FaqView, AppError> {
    let slug = domain::Slug::parse(&slug).map_err(|_| AppError::NotFound)?;
    let faq = crate::state::store()?
        .faq(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = crate::i18n::use_i18n().lang;
    let text = faq.text(lang);
    Ok(FaqView {
        answer_html: super::markdown::to_safe_html(&text.value.answer),
        in_czech: text.falls_back(lang),
        slug: faq.slug.to_string(),
        question: text.value.question,
        audiences: faq.audiences,
        topics: faq.topics.into_iter().map(|t| t.in_lang(lang)).collect(),
        services: faq.services,
    })
}

/// The first questions for an audience (or for everyone), for the home page.
#[server(endpoint = "faq_items")]
pub async fn load_faq_items(audience: Option<String>) -> Result<Vec<FaqItem>, AppError> {
    let query = audience
        .map(|a| format!("skupina={}", domain::query::encode(&a)))
        .unwrap_or_default();
    Ok(list_faqs(query).await?.items)
}
