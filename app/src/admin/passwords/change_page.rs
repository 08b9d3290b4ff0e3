//! `/sprava/heslo`: one's own new password.

use super::api::{PasswordEditor, change_password, load_password_change};
use crate::admin::form::{AdminNav, CsrfField, Fields, FormStatus, form_page};
use domain::admin::account::PasswordForm;
use domain::staff::PASSWORD_CHARS;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PasswordPage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        move || query.read().get("zmeneno").is_some(),
        load_password_change,
        |_, form: PasswordForm| change_password(form),
        |page| view! { <ChangeView page /> },
    )
}

/// The rule a new password follows, as a hint under its field.
pub(super) fn rule() -> String {
    format!(
        "{} až {} znaků, těžko uhodnutelné a bez vašeho jména: nejlépe několik slov, která k sobě nepatří.",
        PASSWORD_CHARS.start(),
        PASSWORD_CHARS.end()
    )
}

#[component]
fn ChangeView(page: PasswordEditor) -> impl IntoView {
    let PasswordEditor { editor, username } = page;
    let f = Fields::new(editor.errors.clone());
    view! {
        <Title text="Změna hesla – správa" />
        <section class="admin narrow" aria-labelledby="password-heading">
            <AdminNav />
            <h1 id="password-heading">"Změna hesla"</h1>
            <p>{format!("Účet {username}. Po změně skončí přihlášení tohoto účtu na všech ostatních zařízeních.")}</p>
            <FormStatus errors=editor.errors saved=editor.saved />
            <form method="post" action="/sprava/heslo" class="stack editor">
                <CsrfField token=editor.csrf />
                <input type="text" id="username" name="username" value=username autocomplete="username" hidden />
                {f.password("current", "Současné heslo", "current-password", "")}
                {f.new_password("password", "Nové heslo", &rule())}
                {f.password("repeat", "Nové heslo znovu", "new-password", "")}
                <button type="submit" class="button">"Změnit heslo"</button>
            </form>
        </section>
    }
}
