//! `/sprava/sluzby`: find a service by name or provider, drafts or published.

use super::api::load_service_list;
use super::form::AdminNav;
use super::home_page::ServiceTable;
use crate::common::loaded;
use domain::admin::views::ServiceList;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ServiceListPage() -> impl IntoView {
    let query = use_query_map();
    loaded(
        move || {
            let q = query.read();
            (
                q.get("q").unwrap_or_default(),
                q.get("stav").unwrap_or_default(),
            )
        },
        |(q, stav)| load_service_list(q, stav),
        |list| view! { <ListView list /> },
    )
}

#[component]
fn ListView(list: ServiceList) -> impl IntoView {
    let ServiceList { rows, text, state } = list;
    let option = |value: &'static str, label: &'static str| {
        view! { <option value=value selected=state == value>{label}</option> }
    };
    view! {
        <Title text="Služby – správa" />
        <section class="admin" aria-labelledby="services-heading">
            <AdminNav />
            <h1 id="services-heading">"Služby"</h1>
            <form method="get" action="/sprava/sluzby" class="admin-filter" role="search">
                <label for="q">"Název nebo poskytovatel"</label>
                <input id="q" name="q" type="search" value=text maxlength="100" />
                <label for="stav">"Stav"</label>
                <select id="stav" name="stav">
                    {option("", "vše")}
                    {option("zverejnene", "zveřejněné")}
                    {option("koncepty", "koncepty")}
                </select>
                <button type="submit" class="button">"Hledat"</button>
            </form>
            <p>{format!("Nalezeno: {}", rows.len())}</p>
            <ServiceTable rows />
        </section>
    }
}
