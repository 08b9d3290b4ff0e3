//! `/sprava/organizace`: providers by name or IČO, with the number of their services.

use super::api::load_organization_list;
use crate::admin::form::AdminNav;
use crate::admin::list_search::{ListSearch, list_query};
use crate::common::loaded;
use domain::admin::views::{AdminOrganizationRow, Listing};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OrganizationListPage() -> impl IntoView {
    loaded(
        list_query(),
        |(q, _)| load_organization_list(q),
        |list| view! { <ListView list /> },
    )
}

#[component]
fn ListView(list: Listing<AdminOrganizationRow>) -> impl IntoView {
    let Listing { rows, text, .. } = list;
    view! {
        <Title text="Poskytovatelé – správa" />
        <section class="admin" aria-labelledby="organizations-heading">
            <AdminNav />
            <h1 id="organizations-heading">"Poskytovatelé"</h1>
            <p><a class="button" href="/sprava/nova-organizace">"Přidat poskytovatele"</a></p>
            <ListSearch action="/sprava/organizace" label="Název nebo IČO" text />
            <p>{format!("Nalezeno: {}", rows.len())}</p>
            <table class="admin-table">
                <thead><tr><th scope="col">"Poskytovatel"</th><th scope="col">"IČO"</th><th scope="col">"Služeb"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <td><a href=format!("/sprava/organizace/{}", row.id)>{row.name}</a></td>
                            <td>{row.ico.unwrap_or_default()}</td>
                            <td>{row.services}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
