//! Server functions of the catalogue. The search takes the URL query itself, so the browser and
//! the server read a filter with the very same parser.

use crate::AppError;
use domain::catalog::{OrganizationDetail, SearchPage, ServiceDetail};
use domain::verification::Verification;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One page of services for a catalogue URL query (`q=...&forma=...`).
#[server(endpoint = "search")]
pub async fn search_services(query: String) -> Result<SearchPage, AppError> {
    use domain::needs::Signal;
    let filter = domain::Filter::from_query(&query)?.filter;
    let recorder = crate::needs::record::Recorder::for_page();
    let mut page = crate::state::store()?.search(&filter).await?;
    crate::common::mark_if_found_nothing(&filter.text, page.total as usize);
    if let Some(recorder) = recorder.filter(|_| filter.page == 1) {
        let total = u64::from(page.total);
        recorder.count(
            Signal::search(&filter.text, total).or_else(|| Signal::empty_filter(&filter, total)),
        );
    }
    let refs = page.facets.audiences.iter_mut().map(|f| &mut f.value);
    name_audiences(refs).await?;
    Ok(page)
}

/// Audiences named in the page's language (the catalogue's index names them in Czech).
#[cfg(feature = "ssr")]
async fn name_audiences(
    audiences: impl Iterator<Item = &mut domain::catalog::AudienceRef>,
) -> Result<(), AppError> {
    let lang = crate::i18n::use_i18n().lang;
    if lang == domain::Lang::Cs {
        return Ok(());
    }
    let translated = crate::state::store()?.audiences().await?;
    for audience in audiences {
        if let Some(found) = translated.iter().find(|a| a.slug == audience.slug) {
            audience.name = found.clone().in_lang(lang).name;
        }
    }
    Ok(())
}

/// A service's page: the record, and how current it is today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub service: ServiceDetail,
    pub verification: Verification,
}

#[server(endpoint = "service")]
pub async fn get_service(id: i64) -> Result<ServiceRecord, AppError> {
    let mut service = crate::state::store()?
        .service(id)
        .await?
        .ok_or(AppError::NotFound)?;
    name_audiences(service.audiences.iter_mut()).await?;
    let verification = Verification::at(service.verified_at, crate::state::now());
    Ok(ServiceRecord {
        service,
        verification,
    })
}

#[server(endpoint = "organization")]
pub async fn get_organization(id: i64) -> Result<OrganizationDetail, AppError> {
    crate::state::store()?
        .organization(id)
        .await?
        .ok_or(AppError::NotFound)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    //! The server functions called directly, as the server calls them while rendering, each
    //! with its own fresh database in the Leptos context.

    use super::*;
    use leptos::prelude::{Owner, provide_context};
    use store::Store;

    async fn with_sample_store<F: Future>(test: impl FnOnce() -> F) -> F::Output {
        let store = Store::open_scratch().await.expect("database");
        store.seed_if_empty().await.expect("sample data");
        let owner = Owner::new();
        owner.set();
        provide_context(store);
        test().await
    }

    #[tokio::test]
    async fn search_reads_the_url_query() {
        let page = with_sample_store(|| search_services("q=dluhy&forma=terenni".into()))
            .await
            .unwrap();
        assert_eq!(page.items[0].name, "Dluhové poradenství THEIA");
        assert!(
            page.items
                .iter()
                .all(|s| s.forms.contains(&domain::DeliveryForm::Field))
        );
    }

    #[tokio::test]
    async fn search_refuses_a_broken_query_with_400() {
        let error = with_sample_store(|| search_services("q=%FF".into()))
            .await
            .unwrap_err();
        assert_eq!(error.status(), http::StatusCode::BAD_REQUEST);
        assert!(error.to_string().contains("neplatně zakódované"));
    }

    #[tokio::test]
    async fn unknown_records_are_not_found() {
        assert_eq!(
            with_sample_store(|| get_service(424_242)).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            with_sample_store(|| get_organization(424_242)).await,
            Err(AppError::NotFound)
        );
    }

    #[tokio::test]
    async fn a_server_function_without_the_store_fails_cleanly() {
        let owner = Owner::new();
        owner.set();
        assert_eq!(get_service(1).await, Err(AppError::Internal));
    }
}
