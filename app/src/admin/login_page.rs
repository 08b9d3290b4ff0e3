//! `/sprava/prihlaseni` and `/sprava/odhlaseni`: signing in and out, both plain forms.

use super::api::{LoginForm, load_login, log_in, log_out};
use super::form::{CsrfField, posted};
use crate::common::loaded;
use domain::admin::views::LoginState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let submitted = posted::<LoginForm>();
    loaded(
        move || query.read().get("zpet").unwrap_or_default(),
        move |back| {
            let submitted = submitted.clone();
            async move {
                match submitted {
                    Some(form) => log_in(form?).await,
                    None => load_login(back).await,
                }
            }
        },
        move |state| {
            let signed_out = query.read_untracked().get("odhlaseno").is_some();
            let password_set = query.read_untracked().get("heslo").is_some();
            view! { <LoginView state signed_out password_set /> }
        },
    )
}

#[component]
fn LoginView(state: LoginState, signed_out: bool, password_set: bool) -> impl IntoView {
    let LoginState {
        username,
        error,
        back,
        csrf,
    } = state;
    view! {
        <Title text="Přihlášení do správy" />
        <section class="admin narrow" aria-labelledby="login-heading">
            <h1 id="login-heading">"Přihlášení do správy"</h1>
            {signed_out.then(|| view! { <p class="notice" role="status">"Byli jste odhlášeni."</p> })}
            {password_set.then(|| view! { <p class="notice" role="status">"Heslo je nastavené. Přihlaste se jím."</p> })}
            {error.map(|e| view! { <p class="form-error" role="alert" id="login-error">{e}</p> })}
            <form method="post" action="/sprava/prihlaseni" class="stack">
                <CsrfField token=csrf />
                <input type="hidden" name="zpet" value=back />
                <label for="username">"Uživatelské jméno"</label>
                <input id="username" name="username" type="text" autocomplete="username" required
                    autocapitalize="none" spellcheck="false" maxlength="40" value=username />
                <label for="password">"Heslo"</label>
                <input id="password" name="password" type="password" autocomplete="current-password"
                    required maxlength="128" />
                <button type="submit" class="button">"Přihlásit se"</button>
            </form>
            <p class="muted">"Účty zakládá správce portálu. Zapomněli jste heslo? Požádejte správce o odkaz, kterým si nastavíte nové; platí dvě hodiny a jen jednou."</p>
        </section>
    }
}

/// GET shows a button; only the posted form signs out (nothing changes on GET).
#[component]
pub fn LogoutPage() -> impl IntoView {
    let submitted = posted::<LogoutForm>();
    loaded(
        || (),
        move |()| {
            let submitted = submitted.clone();
            async move {
                if let Some(form) = submitted {
                    form?;
                    log_out().await?;
                    return Ok(String::new());
                }
                crate::admin::api::load_admin_home()
                    .await
                    .map(|home| home.csrf)
            }
        },
        |csrf| {
            view! {
                <Title text="Odhlášení" />
                <section class="admin narrow" aria-labelledby="logout-heading">
                    <h1 id="logout-heading">"Odhlášení"</h1>
                    <form method="post" action="/sprava/odhlaseni">
                        <CsrfField token=csrf />
                        <button type="submit" class="button">"Odhlásit se"</button>
                    </form>
                </section>
            }
        },
    )
}

#[derive(Debug, Clone, serde::Deserialize)]
struct LogoutForm {}
