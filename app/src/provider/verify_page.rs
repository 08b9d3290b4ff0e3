//! `/pro-poskytovatele/overeni/{token}`: the verification message's link — the services as
//! residents see them, "Vše platí" and "Upravit" (both buttons, so a mail scanner that opens the
//! link confirms nothing). `/pro-poskytovatele/odhlasit/{token}`: stopping the messages.

use super::api::{VerifyPage, answer_verification, load_link_page, load_verify_page, unsubscribe};
use crate::admin::form::{CsrfField, form_page, posted};
use crate::common::loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[derive(Debug, Clone, serde::Deserialize)]
struct Answer {
    #[serde(default)]
    action: String,
}

#[component]
pub fn VerifyLinkPage() -> impl IntoView {
    let params = use_params_map();
    form_page(
        move || params.read().get("token").unwrap_or_default(),
        load_verify_page,
        |token, answer: Answer| answer_verification(token, answer.action),
        |page| view! { <VerifyView page /> },
    )
}

#[component]
fn VerifyView(page: VerifyPage) -> impl IntoView {
    let VerifyPage {
        organization,
        services,
        csrf,
    } = page;
    view! {
        <Title text=format!("Platí údaje? {organization}") />
        <Meta name="robots" content="noindex" />
        <section class="narrow provider-area" aria-labelledby="verify-heading">
            <h1 id="verify-heading">{format!("Platí údaje služeb: {organization}?")}</h1>
            <p class="lead">"Takto vaše služby vidí obyvatelé na portálu:"</p>
            <ul class="card-list">
                {services.into_iter().map(|s| view! {
                    <li class="card">
                        <h2>{s.name}</h2>
                        <ul class="plain">{s.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                    </li>
                }).collect_view()}
            </ul>
            <form method="post" class="actions">
                <CsrfField token=csrf />
                <button type="submit" name="action" value="vse-plati" class="button">"Vše platí"</button>
                <button type="submit" name="action" value="upravit" class="button secondary">"Upravit"</button>
            </form>
        </section>
    }
}

#[derive(Debug, Clone, serde::Deserialize)]
struct Button {}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let params = use_params_map();
    let submitted = posted::<Button>();
    loaded(
        move || params.read().get("token").unwrap_or_default(),
        move |token| {
            let submitted = submitted.clone();
            async move {
                match submitted {
                    Some(button) => {
                        button?;
                        Ok((None, Some(unsubscribe(token).await?)))
                    }
                    None => Ok((Some(load_link_page().await?.csrf), None)),
                }
            }
        },
        |(csrf, done): (Option<String>, Option<String>)| {
            view! {
                <Title text="Odhlásit žádosti o ověření" />
                <Meta name="robots" content="noindex" />
                <section class="narrow" aria-labelledby="stop-heading">
                    <h1 id="stop-heading">"Žádosti o ověření údajů"</h1>
                    {match (csrf, done) {
                        (_, Some(organization)) => view! {
                            <p class="notice" role="status">{format!("Hotovo: žádosti o ověření údajů organizace {organization} už na tuto adresu posílat nebudeme. Přihlásit se a údaje upravit můžete dál.")}</p>
                        }.into_any(),
                        (csrf, None) => view! {
                            <p>"Nechcete dostávat žádosti o potvrzení údajů vašich služeb? Údaje pak bude ověřovat správa portálu telefonicky."</p>
                            <form method="post" class="stack">
                                <CsrfField token=csrf.unwrap_or_default() />
                                <button type="submit" class="button">"Už mi žádosti neposílejte"</button>
                            </form>
                        }.into_any(),
                    }}
                </section>
            }
        },
    )
}
