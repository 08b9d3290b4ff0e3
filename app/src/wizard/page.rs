//! `/pomoc` and `/pomoc/{answer}/{answer}...`: the current question with its answers as links,
//! the answers so far with links to change them, or the outcome. `?tisk` gives the print sheet.

use super::api::{StepView, WizardData, wizard_step};
use super::outcome::OutcomeSection;
use super::walker::{Trail, WizardWalker};
use crate::AppError;
use crate::audience::use_chosen_audience;
use crate::common::set_status;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_location, use_params_map};

#[component]
pub fn WizardPage() -> impl IntoView {
    let params = use_params_map();
    let location = use_location();
    let chosen = use_chosen_audience();
    let data = Resource::new(
        move || {
            (
                params.read().get("cesta").unwrap_or_default(),
                location.search.get(),
                chosen.get(),
            )
        },
        |(path, query, audience)| wizard_step(path, query, audience.map(|a| a.to_string())),
    );
    let print = move || {
        location
            .search
            .get()
            .split(['?', '&'])
            .any(|p| p == "tisk" || p.starts_with("tisk="))
    };
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <WizardStep data print=print() /> }.into_any(),
                    Err(error) => view! { <WizardError error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn WizardStep(data: WizardData, print: bool) -> impl IntoView {
    let WizardData {
        path,
        answered,
        step,
        walker,
        municipality,
    } = data;
    match (step, walker) {
        (StepView::Question { text, .. }, Some(tree)) => view! {
            <Title text=format!("Potřebuji pomoc: {text}") />
            <Meta name="description" content="Průvodce Potřebuji pomoc: pár otázek k tomu, kdo vám v dané situaci pomůže a jak ho zastihnout." />
            <WizardWalker tree path municipality />
            <crate::common::EmbeddedIslandsLoader />
        }
            .into_any(),
        (StepView::Outcome(outcome), _) => view! {
            <Title text=outcome.title.clone() />
            <Meta name="description" content=format!("{}: komu zavolat a na co se připravit.", outcome.title) />
            <OutcomeSection outcome=*outcome path print />
            {(!print).then(|| view! { <Trail answered /> })}
        }
            .into_any(),
        (StepView::Question { .. }, None) => view! { <WizardError error=AppError::NotFound /> }.into_any(),
    }
}

/// A wizard URL that leads nowhere: say so kindly and offer to start again.
#[component]
fn WizardError(error: AppError) -> impl IntoView {
    set_status(error.kind());
    view! {
        <Title text="Průvodce Potřebuji pomoc" />
        <section class="error-page" aria-labelledby="wizard-error">
            <h1 id="wizard-error">"Tuto cestu průvodcem neznáme"</h1>
            <p class="lead">{error.to_string()}</p>
            <p>"Odkaz mohl být zkrácený nebo mezitím změněný. Projděte průvodce znovu, zabere to jen pár kliknutí."</p>
            <p><a class="button" href=crate::embed::within("/pomoc")>"Začít znovu"</a></p>
            <ul class="link-list">
                <li><a href=crate::embed::within("/sluzby")>"Prohledat katalog služeb"</a></li>
                <li><a href=crate::embed::within("/dotazy")>"Časté dotazy"</a></li>
            </ul>
        </section>
    }
}
