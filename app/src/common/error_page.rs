//! The page shown instead of content when something is wrong; it also sets the HTTP status.

use crate::AppError;
use crate::i18n::use_i18n;
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
    let i18n = use_i18n();
    let heading = i18n.t(match error {
        AppError::NotFound => "error-not-found",
        AppError::BadRequest(_) => "error-bad-request",
        AppError::Invalid => "error-invalid",
        AppError::Internal | AppError::Connection => "error-internal",
        AppError::Unauthorized => "error-unauthorized",
        AppError::Forbidden(_) => "error-forbidden",
        AppError::TooManyRequests(_) => "error-too-many",
        AppError::Conflict(_) => "error-conflict",
    });
    // Errors that carry their own words (a refused link, a limit) say them as the server did.
    let text = match error {
        AppError::NotFound => i18n.t("error-not-found-text"),
        AppError::Internal => i18n.t("error-internal-text"),
        AppError::Connection => i18n.t("error-connection-text"),
        ref other => other.to_string(),
    };
    if error == AppError::Unauthorized {
        redirect_to_login();
    }
    view! {
        <Title text=heading.clone() />
        <section class="error-page" aria-labelledby="error-heading">
            <h1 id="error-heading">{heading}</h1>
            <p class="lead">{text}</p>
            <p>{i18n.t("error-try")}</p>
            <ul class="link-list">
                <li><a href=i18n.href("/sluzby")>{i18n.t("error-catalog")}</a></li>
                <li><a href=i18n.href("/")>{i18n.t("error-home")}</a></li>
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
