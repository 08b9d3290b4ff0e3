//! `/p/{code}`: a caseworker's short link; sends the browser to the full wizard URL.

use super::api::resolve_short_link;
use crate::common::ErrorPage;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_location, use_params_map};

#[component]
pub fn ShortLinkPage() -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    let target = Resource::new(
        move || {
            (
                params.read().get("code").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(code, query)| resolve_short_link(code, query),
    );
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(path) => view! { <Redirect path /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
