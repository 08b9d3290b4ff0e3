//! `/pomoc` and `/pomoc/{answer}/{answer}...`: the current question with its answers as links,
//! the answers so far with links to change them, or the outcome. `?tisk` gives the print sheet.

use super::api::{StepView, WizardData, wizard_step};
use super::outcome::OutcomeSection;
use super::walker::{Trail, WizardWalker};
use crate::AppError;
use crate::audience::use_chosen_audience;
use crate::common::set_status;
use crate::i18n::use_i18n;
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
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="loading">{i18n.t("loading")}</p> }>
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
        words,
        czech_nodes,
        in_czech,
    } = data;
    let i18n = use_i18n();
    match (step, walker) {
        (StepView::Question { text, .. }, Some(tree)) => view! {
            <Title text=i18n.t_with("wizard-title", &[("question", text.into())]) />
            <Meta name="description" content=i18n.t("wizard-description") />
            <WizardWalker tree path municipality words czech_nodes />
            <crate::common::EmbeddedIslandsLoader />
        }
            .into_any(),
        (StepView::Outcome(outcome), _) => view! {
            <Title text=outcome.title.clone() />
            <Meta name="description" content=i18n.t_with("outcome-description", &[("title", outcome.title.clone().into())]) />
            <OutcomeSection outcome=*outcome path print in_czech />
            {(!print).then(|| view! { <Trail answered words /> })}
        }
            .into_any(),
        (StepView::Question { .. }, None) => view! { <WizardError error=AppError::NotFound /> }.into_any(),
    }
}

/// A wizard URL that leads nowhere: say so kindly and offer to start again.
#[component]
fn WizardError(error: AppError) -> impl IntoView {
    set_status(error.kind());
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("wizard-error-title") />
        <section class="error-page" aria-labelledby="wizard-error">
            <h1 id="wizard-error">{i18n.t("wizard-error-heading")}</h1>
            <p class="lead">{error.to_string()}</p>
            <p>{i18n.t("wizard-error-lost")}</p>
            <p><a class="button" href=crate::embed::within("/pomoc")>{i18n.t("wizard-restart")}</a></p>
            <ul class="link-list">
                <li><a href=crate::embed::within("/sluzby")>{i18n.t("wizard-error-catalog")}</a></li>
                <li><a href=crate::embed::within("/dotazy")>{i18n.t("home-faq-heading")}</a></li>
            </ul>
        </section>
    }
}
