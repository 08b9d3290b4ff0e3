//! `/pro-poskytovatele` (the address form), `/pro-poskytovatele/prihlaseni/{token}` (the link
//! from the message: a button uses it, so a mail scanner opening the link spends nothing) and
//! `/pro-poskytovatele/odhlaseni`.

use super::api::{
    LinkPage, SignInPage, load_link_page, load_sign_in, request_sign_in, sign_out, use_sign_in_link,
};
use crate::admin::form::{CsrfField, Fields, form_page};
use domain::provider::sign_in::{LINK_MINUTES, SignInForm, link_sent_notice};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// A posted button: nothing but the form token.
#[derive(Debug, Clone, serde::Deserialize)]
struct Button {}

#[component]
pub fn ProviderSignInPage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        move || query.read().get("odeslano").is_some(),
        load_sign_in,
        |_, form: SignInForm| request_sign_in(form),
        move |page| {
            let signed_out = query.read_untracked().get("odhlaseno").is_some();
            view! { <SignInView page signed_out /> }
        },
    )
}

#[component]
fn SignInView(page: SignInPage, signed_out: bool) -> impl IntoView {
    let SignInPage {
        form,
        errors,
        error,
        sent,
        csrf,
    } = page;
    let f = Fields::new(errors);
    view! {
        <Title text="Pro poskytovatele" />
        <Meta name="robots" content="noindex" />
        <section class="narrow" aria-labelledby="provider-heading">
            <h1 id="provider-heading">"Pro poskytovatele"</h1>
            {signed_out.then(|| view! { <p class="notice" role="status">"Byli jste odhlášeni."</p> })}
            {if sent {
                view! { <div class="notice" role="status" id="odeslano"><p>{link_sent_notice()}</p></div> }.into_any()
            } else {
                view! {
                    <p class="lead">"Pracujete u poskytovatele sociálních služeb? Údaje svých služeb na portálu (telefony, e-maily, web, provozní dobu a popis) potvrdíte nebo opravíte sami, bez hesla."</p>
                    <p>{format!("Zadejte e-mail, který u nás máte jako kontakt organizace. Pošleme na něj odkaz pro přihlášení, platný {LINK_MINUTES} minut.")}</p>
                    {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <form method="post" action="/pro-poskytovatele" class="stack">
                        <CsrfField token=csrf />
                        {f.text("email", "E-mail organizace", form.email, 254, "")}
                        <button type="submit" class="button">"Poslat odkaz pro přihlášení"</button>
                    </form>
                    <p class="muted">"Nemáte-li u nás e-mail nebo se změnil, napište nám přes "<a href="/chybi-sluzba">"formulář pro zprávy"</a>"; pozvánku vám pošle správa portálu."</p>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn LinkSignInPage() -> impl IntoView {
    let params = use_params_map();
    form_page(
        move || params.read().get("token").unwrap_or_default(),
        |_| load_link_page(),
        |token, _: Button| use_sign_in_link(token),
        |page| view! { <LinkView page /> },
    )
}

#[component]
fn LinkView(page: LinkPage) -> impl IntoView {
    view! {
        <Title text="Přihlášení poskytovatele" />
        <Meta name="robots" content="noindex" />
        <section class="narrow" aria-labelledby="link-heading">
            <h1 id="link-heading">"Přihlášení poskytovatele"</h1>
            <p>"Odkaz z e-mailu platí jen jednou. Přihlásíte se tlačítkem:"</p>
            <form method="post" class="stack">
                <CsrfField token=page.csrf />
                <button type="submit" class="button">"Přihlásit se"</button>
            </form>
        </section>
    }
}

#[component]
pub fn SignOutPage() -> impl IntoView {
    form_page(
        || (),
        |()| load_link_page(),
        |(), _: Button| sign_out(),
        |page| {
            view! {
                <Title text="Odhlášení poskytovatele" />
                <section class="narrow" aria-labelledby="out-heading">
                    <h1 id="out-heading">"Odhlásit se"</h1>
                    <form method="post" class="stack">
                        <CsrfField token=page.csrf />
                        <button type="submit" class="button">"Odhlásit se"</button>
                    </form>
                </section>
            }
        },
    )
}
