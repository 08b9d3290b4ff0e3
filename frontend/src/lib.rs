//! The wasm entry point: hydrate the islands of the page the server rendered. The pages
//! themselves stay plain HTML; only `#[island]` components of the `app` crate are in the bundle.

// Links the app crate, whose islands are exported to the loader by `#[island]`.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
