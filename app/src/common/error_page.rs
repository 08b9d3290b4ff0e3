//! The page shown instead of content when something is wrong; it also sets the HTTP status.

use crate::AppError;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the response status for a failure of `kind` while rendering on the server; does nothing
/// in the browser.
pub fn set_status(kind: crate::ErrorKind) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(kind.status());
    }
    #[cfg(not(feature = "ssr"))]
    let _ = kind;
}

#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    set_status(error.kind());
    let heading = match error {
        AppError::NotFound => "Stránka nenalezena",
        AppError::BadRequest(_) => "Tomuto odkazu nerozumíme",
        AppError::Invalid => "Formulář nebyl uložen",
        AppError::Internal | AppError::Connection => "Něco se pokazilo",
        AppError::Unauthorized => "Jen pro přihlášené",
        AppError::Forbidden(_) => "Sem nemáte přístup",
        AppError::TooManyRequests(_) => "Příliš mnoho pokusů",
        AppError::Conflict(_) => "Teď to nejde",
    };
    if error == AppError::Unauthorized {
        redirect_to_login();
    }
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

/// A staff page opened without signing in: off to the login, which then comes back here.
fn redirect_to_login() {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>() {
        let back = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/sprava");
        leptos_axum::redirect(&format!("/sprava/prihlaseni?zpet={}", url_escape(back)));
    }
}

/// Percent-encodes what is not safe in a query value.
#[cfg(feature = "ssr")]
fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorPage error=AppError::NotFound /> }
}
