//! `/pro-poskytovatele/sluzby/{id}`: the fields a provider keeps, as stored; what it sends goes
//! to staff as a proposal (old → new per field), checked by the staff editor's rules first.

use super::api::{EditPage, load_own_service, propose_change};
use crate::admin::form::{CsrfField, Fields, FormStatus, form_page};
use crate::common::route_id;
use domain::admin::service_edit::{DESCRIPTION_MAX, NOTE_MAX};
use domain::provider::edit::{ProviderField, ProviderServiceForm};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[component]
pub fn OwnServiceEditPage() -> impl IntoView {
    let params = use_params_map();
    form_page(
        move || params.read().get("id"),
        |id| async move { load_own_service(route_id(id)?).await },
        |id, form: ProviderServiceForm| async move { propose_change(route_id(id)?, form).await },
        |page| view! { <EditView page /> },
    )
}

#[component]
fn EditView(page: EditPage) -> impl IntoView {
    let EditPage {
        organization,
        service,
        form,
        errors,
        csrf,
    } = page;
    let f = Fields::new(errors.clone());
    let fields = ProviderField::ALL
        .into_iter()
        .map(|field| {
            let value = form.value(field).to_owned();
            if field.multiline() {
                let rows = if field == ProviderField::Description {
                    8
                } else {
                    3
                };
                f.area(field.name(), field.label(), value, rows, "")
            } else {
                let max = if field == ProviderField::Web {
                    1000
                } else {
                    NOTE_MAX
                };
                f.text(field.name(), field.label(), value, max, "")
            }
        })
        .collect_view();
    let id = service.id;
    view! {
        <Title text=format!("Upravit: {} – {organization}", service.listed.name) />
        <Meta name="robots" content="noindex" />
        <section class="narrow provider-area" aria-labelledby="edit-heading">
            <p class="breadcrumbs"><a href="/pro-poskytovatele/sluzby">{organization}</a></p>
            <h1 id="edit-heading">{service.listed.name.clone()}</h1>
            <p>{format!("Opravte, co neplatí. Změny zkontroluje správa portálu a zveřejní je; název, druh služby, cílové skupiny a adresy vedeme podle registru poskytovatelů. Popis má nejvýše {DESCRIPTION_MAX} znaků.")}</p>
            <FormStatus errors=errors saved=false />
            <form method="post" action=format!("/pro-poskytovatele/sluzby/{id}") class="stack editor">
                <CsrfField token=csrf />
                {fields}
                <button type="submit" class="button">"Odeslat ke schválení"</button>
            </form>
        </section>
    }
}
