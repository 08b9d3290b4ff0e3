//! `/sprava/nova-sluzba?poskytovatel={id}`: names a new service of a provider. It starts as a
//! draft and opens in the editor, where the rest is filled in before it is published.

use super::api::{create_service, load_new_service};
use crate::admin::form::{AdminNav, Created, CsrfField, Fields, FormStatus, OnceField, form_page};
use domain::admin::service_edit::{NAME_MAX, NewServiceForm};
use domain::admin::views::NewService;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewServicePage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        move || {
            query
                .read()
                .get("poskytovatel")
                .and_then(|p| p.parse::<i64>().ok())
        },
        |organization| async move {
            load_new_service(organization.ok_or(crate::AppError::NotFound)?).await
        },
        |_, post: Created<NewServiceForm>| create_service(post.form, post.once),
        |page| view! { <NewServiceView page /> },
    )
}

#[component]
fn NewServiceView(page: NewService) -> impl IntoView {
    let NewService {
        editor,
        organization,
    } = page;
    let fields = Fields::new(editor.errors.clone());
    view! {
        <Title text="Nová služba – správa" />
        <section class="admin" aria-labelledby="new-service-heading">
            <AdminNav />
            <h1 id="new-service-heading">"Nová služba"</h1>
            <p>"Poskytovatel: " <a href=format!("/sprava/organizace/{}", organization.id)>{organization.name}</a></p>
            <FormStatus errors=editor.errors saved=false />
            <StartServiceForm csrf=editor.csrf once=editor.once form=editor.form fields />
        </section>
    }
}

/// The form, also shown on the provider's page.
#[component]
pub fn StartServiceForm(
    csrf: String,
    once: String,
    form: NewServiceForm,
    fields: Fields,
) -> impl IntoView {
    let action = format!("/sprava/nova-sluzba?poskytovatel={}", form.organization);
    view! {
        <form method="post" action=action class="stack">
            <CsrfField token=csrf />
            <OnceField once />
            <input type="hidden" name="organization" value=form.organization />
            {fields.text("service_name", "Název nové služby", form.service_name, NAME_MAX, "Služba vznikne jako koncept; údaje doplníte v dalším kroku.")}
            <button type="submit" class="button">"Založit službu"</button>
        </form>
    }
}
