//! The search form above every admin list: text, and for records with drafts, their state.

use leptos::prelude::*;

/// The list's search as the URL holds it: text (`q`) and state (`stav`).
pub fn list_query() -> impl Fn() -> (String, String) + Send + Sync {
    let query = leptos_router::hooks::use_query_map();
    move || {
        let q = query.read();
        (
            q.get("q").unwrap_or_default(),
            q.get("stav").unwrap_or_default(),
        )
    }
}

#[component]
pub fn ListSearch(
    action: &'static str,
    label: &'static str,
    text: String,
    /// `Some(state)` shows the state select (`""`, `zverejnene`, `koncepty`).
    #[prop(optional)]
    state: Option<String>,
) -> impl IntoView {
    let states = state.map(|state| {
        let option = |value: &'static str, label: &'static str| {
            view! { <option value=value selected=state == value>{label}</option> }
        };
        view! {
            <label for="stav">"Stav"</label>
            <select id="stav" name="stav">
                {option("", "vše")}
                {option("zverejnene", "zveřejněné")}
                {option("koncepty", "koncepty")}
            </select>
        }
    });
    view! {
        <form method="get" action=action class="admin-filter" role="search">
            <label for="q">{label}</label>
            <input id="q" name="q" type="search" value=text maxlength="100" />
            {states}
            <button type="submit" class="button">"Hledat"</button>
        </form>
    }
}
