//! A page about one record found by the numeric id in its route (a service, an organisation).

use super::ErrorPage;
use crate::AppError;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The numeric id at the end of a route, or 404.
pub fn route_id(raw: Option<String>) -> Result<i64, AppError> {
    raw.and_then(|id| id.parse::<i64>().ok())
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// Loads the record named by the route's `id` parameter with `load` and shows it with `show`; a
/// record that is not there gives the 404 page.
pub fn record_page<T, Fut, V>(
    load: impl Fn(Option<String>) -> Fut + Clone + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let params = use_params_map();
    loaded(move || params.read().get("id"), load, show)
}

/// Loads a page's data with `load` (once per change of `key`) and shows it with `show`; errors
/// show the error page (a staff page without login redirects to the login).
pub fn loaded<K, T, Fut, V>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> Fut + Clone + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let data = Resource::new(key, move |k| {
        let load = load.clone();
        async move { load(k).await }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(found) => show(found).into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_positive_numbers_are_ids() {
        assert_eq!(route_id(Some("12".into())), Ok(12));
        for raw in ["12abc", "-3", "0", "", "99999999999999999999"] {
            assert_eq!(route_id(Some(raw.into())), Err(AppError::NotFound), "{raw}");
        }
        assert_eq!(route_id(None), Err(AppError::NotFound));
    }
}
