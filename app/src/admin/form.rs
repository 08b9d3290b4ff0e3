//! What every form of the portal shares: the hidden security token, an error next to its field,
//! reading a form posted to the page, and showing a page's data once it has loaded.

use crate::AppError;
use domain::admin::FieldErrors;
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// The form posted to this page while the server renders it; `None` in the browser and on a
/// plain visit.
pub fn posted<T: DeserializeOwned>() -> Option<Result<T, AppError>> {
    #[cfg(feature = "ssr")]
    {
        crate::state::submitted()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token /> }
}

/// The error of `field`, if any, as the element its input names in `aria-describedby`.
#[component]
pub fn FieldError(errors: FieldErrors, field: &'static str) -> impl IntoView {
    errors.get(field).map(|message| {
        view! { <p class="field-error" id=format!("{field}-error")>{message.to_owned()}</p> }
    })
}

/// `aria-invalid` and `aria-describedby` for an input whose field may have an error.
pub fn invalid(errors: &FieldErrors, field: &str) -> (Option<&'static str>, Option<String>) {
    match errors.get(field) {
        Some(_) => (Some("true"), Some(format!("{field}-error"))),
        None => (None, None),
    }
}

/// The staff area's own menu, above every staff page.
#[component]
pub fn AdminNav() -> impl IntoView {
    view! {
        <nav class="admin-nav" aria-label="Správa">
            <a href="/sprava">"Přehled"</a>
            <a href="/sprava/sluzby">"Služby"</a>
            <a href="/sprava/podnety">"Podněty"</a>
            <a href="/sprava/uzivatele">"Uživatelé"</a>
            <a href="/sprava/odhlaseni">"Odhlásit se"</a>
        </nav>
    }
}
