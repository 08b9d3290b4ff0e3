//! `/sprava/organizace/{id}/kontakty`: the addresses invited to keep a provider's records, the
//! ones its record gives that are not yet, and the invitation form (it mails the invitation).

use super::api::{ContactsPage as Page, InviteForm, invite_contact, load_contacts};
use crate::admin::form::{AdminNav, CsrfField, Fields, FormStatus, form_page};
use crate::common::route_id;
use domain::admin::date::czech_date;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ContactsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    form_page(
        move || (params.read().get("id"), query.read().get("pozvano")),
        |(id, invited)| async move { load_contacts(route_id(id)?, invited).await },
        |(id, _), form: InviteForm| async move { invite_contact(route_id(id)?, form).await },
        |page| view! { <ContactsView page /> },
    )
}

#[component]
fn ContactsView(page: Page) -> impl IntoView {
    let Page {
        organization_id,
        organization,
        invited,
        suggested,
        email,
        errors,
        invited_now,
        csrf,
    } = page;
    let f = Fields::new(errors.clone());
    let suggestions = (!suggested.is_empty()).then(|| {
        view! {
            <p>{"Adresy z údajů poskytovatele, zatím nepozvané: "}{suggested.join(", ")}</p>
        }
    });
    view! {
        <Title text=format!("Kontakty poskytovatele {organization} – správa") />
        <section class="admin narrow" aria-labelledby="contacts-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href=format!("/sprava/organizace/{organization_id}")>{organization.clone()}</a></p>
            <h1 id="contacts-heading">"Kdo udržuje údaje poskytovatele"</h1>
            {invited_now.map(|e| view! { <p class="notice" role="status">{format!("Pozvánka pro {e} je ve frontě k odeslání.")}</p> })}
            {if invited.is_empty() {
                view! { <p>"Zatím nikdo není pozván."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {invited.into_iter().map(|c| {
                            let stopped = c.unsubscribed_at.map(|at| format!("; žádosti o ověření odhlásil(a) {}", czech_date(at)));
                            view! { <li>{format!("{}: pozván(a) {} ({}){}", c.email, czech_date(c.invited_at), c.invited_by, stopped.unwrap_or_default())}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {suggestions}
            <FormStatus errors=errors.clone() saved=false />
            <form method="post" class="stack editor">
                <CsrfField token=csrf />
                {f.text("email", "Pozvat adresu", email, 254, "Přijde jí pozvánka; přihlásí se pak odkazem, bez hesla.")}
                <button type="submit" class="button">"Pozvat"</button>
            </form>
        </section>
    }
}
