//! `/sprava/sluzby`: find a service by name or provider, drafts or published.

use super::api::load_service_list;
use crate::admin::form::AdminNav;
use crate::admin::home_page::ServiceTable;
use crate::admin::list_search::{ListSearch, list_query};
use crate::common::loaded;
use domain::admin::views::{AdminServiceRow, Listing};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ServiceListPage() -> impl IntoView {
    loaded(
        list_query(),
        |(q, stav)| load_service_list(q, stav),
        |list| view! { <ListView list /> },
    )
}

#[component]
fn ListView(list: Listing<AdminServiceRow>) -> impl IntoView {
    let Listing { rows, text, state } = list;
    view! {
        <Title text="Služby – správa" />
        <section class="admin" aria-labelledby="services-heading">
            <AdminNav />
            <h1 id="services-heading">"Služby"</h1>
            <p class="muted">"Novou službu přidáte na stránce jejího poskytovatele."</p>
            <ListSearch action="/sprava/sluzby" label="Název nebo poskytovatel" text state />
            <p>{format!("Nalezeno: {}", rows.len())}</p>
            <ServiceTable rows />
        </section>
    }
}
