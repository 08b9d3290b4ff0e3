//! The script that loads the bundle and hydrates the islands of a page. Only a page with an island
//! places it (the map; a form with a new password), so no other page loads a script. A module
//! script, so it runs once the page is parsed, wherever it stands.

use leptos::prelude::*;

#[component]
pub fn IslandsLoader() -> impl IntoView {
    use_context::<LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}
