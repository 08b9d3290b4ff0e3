//! `/sprava/heslo/obnova/{token}`: a new password through the one-time link an administrator
//! handed over.

use super::api::{PasswordEditor, finish_password_reset, load_password_reset};
use super::change_page::rule;
use crate::admin::form::{CsrfField, Fields, FormStatus, form_page};
use domain::admin::account::PasswordForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let params = use_params_map();
    form_page(
        move || params.read().get("token").unwrap_or_default(),
        load_password_reset,
        |token, form: PasswordForm| finish_password_reset(token, form),
        |page| view! { <ResetView page /> },
    )
}

#[component]
fn ResetView(page: PasswordEditor) -> impl IntoView {
    let PasswordEditor { editor, username } = page;
    let f = Fields::new(editor.errors.clone());
    view! {
        <Title text="Nové heslo – správa" />
        <section class="admin narrow" aria-labelledby="reset-heading">
            <h1 id="reset-heading">"Nové heslo"</h1>
            <p>{format!("Účet {username}. Odkaz platí jen jednou; po uložení se přihlaste novým heslem.")}</p>
            <FormStatus errors=editor.errors saved=false />
            <form method="post" class="stack editor">
                <CsrfField token=editor.csrf />
                <input type="text" id="username" name="username" value=username autocomplete="username" hidden />
                {f.new_password("password", "Nové heslo", &rule())}
                {f.password("repeat", "Nové heslo znovu", "new-password", "")}
                <button type="submit" class="button">"Uložit heslo"</button>
            </form>
        </section>
    }
}
