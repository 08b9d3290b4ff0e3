//! The wasm entry point: hydrate the islands of the page the server rendered and start the
//! in-page navigation (`app::navigation`). The pages themselves stay server-rendered HTML; only
//! `#[island]` components and the router of the `app` crate are in the bundle.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Before leptos's loader walks the page: islands whose code loads on request stay out of it.
    app::navigation::hold_on_request(&leptos::prelude::document());
    leptos::mount::hydrate_islands();
    app::navigation::start();
    // Styles, tests and the budget script can tell that the bundle runs.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-bundle", "");
    }
}
