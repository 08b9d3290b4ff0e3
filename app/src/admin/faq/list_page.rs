//! `/sprava/dotazy`: common questions, drafts and published, by their public order.

use super::api::load_faq_list;
use crate::admin::form::AdminNav;
use crate::admin::list_search::{ListSearch, list_query};
use crate::common::loaded;
use domain::admin::published_label;
use domain::admin::views::{AdminFaqRow, Listing};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn FaqListPage() -> impl IntoView {
    loaded(
        list_query(),
        |(q, stav)| load_faq_list(q, stav),
        |list| view! { <ListView list /> },
    )
}

#[component]
fn ListView(list: Listing<AdminFaqRow>) -> impl IntoView {
    let Listing { rows, text, state } = list;
    view! {
        <Title text="Dotazy – správa" />
        <section class="admin" aria-labelledby="faqs-heading">
            <AdminNav />
            <h1 id="faqs-heading">"Časté dotazy"</h1>
            <p><a class="button" href="/sprava/novy-dotaz">"Přidat dotaz"</a></p>
            <ListSearch action="/sprava/dotazy" label="Text otázky" text state />
            <p>{format!("Nalezeno: {}", rows.len())}</p>
            <table class="admin-table">
                <thead><tr><th scope="col">"Otázka"</th><th scope="col">"Stav"</th><th scope="col">"Adresa"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <td><a href=format!("/sprava/dotazy/{}", row.id)>{row.question}</a></td>
                            <td>{published_label(row.published)}</td>
                            <td>{format!("/dotazy/{}", row.slug)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
