//! `/sprava/uzivatele/{id}/heslo`: an administrator makes a one-time link for an account whose
//! password was forgotten, and sees it this once, to hand over.

use super::api::{LINK_HOURS, ResetLink, create_reset_link, load_reset_link};
use crate::admin::form::{AdminNav, CsrfField, form_page, record_key};
use crate::common::route_id;
use leptos::prelude::*;
use leptos_meta::Title;

/// The posted button: nothing but the form token.
#[derive(Debug, Clone, serde::Deserialize)]
struct MakeLink {}

#[component]
pub fn ResetLinkPage() -> impl IntoView {
    form_page(
        record_key("id"),
        |(id, _)| async move { load_reset_link(route_id(id)?).await },
        |(id, _), _: MakeLink| async move { create_reset_link(route_id(id)?).await },
        |page| view! { <LinkView page /> },
    )
}

#[component]
fn LinkView(page: ResetLink) -> impl IntoView {
    let ResetLink {
        id,
        username,
        link,
        email,
        mailed,
        csrf,
    } = page;
    let shown = link.map(|link| {
        view! {
            <div class="notice" role="status">
                <p>{format!("Odkaz pro účet {username}, platný {LINK_HOURS} hodiny a jen jednou:")}</p>
                <p><code class="link-to-hand-over">{link}</code></p>
                <p>"Předejte jej osobně nebo telefonem; portál si jej nepamatuje a znovu jej neukáže."</p>
            </div>
        }
    });
    view! {
        <Title text=format!("Heslo účtu {username} – správa") />
        <section class="admin narrow" aria-labelledby="link-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href=format!("/sprava/uzivatele/{id}")>{format!("Účet {username}")}</a></p>
            <h1 id="link-heading">"Odkaz pro nové heslo"</h1>
            {shown}
            {mailed.then(|| view! {
                <p class="notice" role="status">{format!("Odkaz je na cestě na {}; platí {LINK_HOURS} hodiny a jen jednou.", email.clone().unwrap_or_default())}</p>
            })}
            <p>"Zapomněl-li člen týmu heslo, vytvořte mu odkaz, kterým si nastaví nové. Současné heslo platí, dokud odkaz nepoužije."</p>
            <p>{match &email {
                Some(email) => format!("Odkaz odejde e-mailem na {email}."),
                None => "Účet nemá e-mail: odkaz se ukáže zde, předejte jej osobně nebo telefonem. E-mail účtu doplníte v jeho nastavení.".to_owned(),
            }}</p>
            <form method="post" action=format!("/sprava/uzivatele/{id}/heslo") class="stack">
                <CsrfField token=csrf />
                <button type="submit" class="button">"Vytvořit odkaz"</button>
            </form>
        </section>
    }
}
