//! The page shown instead of content when something is wrong; it also sets the HTTP status.

use crate::AppError;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the response status while rendering on the server; does nothing in the browser.
pub fn set_status(status: http::StatusCode) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    set_status(error.status());
    let heading = match error {
        AppError::NotFound => "Stránka nenalezena",
        AppError::BadRequest(_) => "Tomuto odkazu nerozumíme",
        AppError::Internal | AppError::Connection => "Něco se pokazilo",
    };
    view! {
        <Title text=heading />
        <section class="error-page" aria-labelledby="error-heading">
            <h1 id="error-heading">{heading}</h1>
            <p class="lead">{error.to_string()}</p>
            <p>"Můžete zkusit:"</p>
            <ul class="link-list">
                <li><a href="/sluzby">"Prohledat katalog služeb"</a></li>
                <li><a href="/">"Přejít na úvodní stránku"</a></li>
            </ul>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorPage error=AppError::NotFound /> }
}
