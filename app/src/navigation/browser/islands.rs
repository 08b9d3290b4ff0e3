//! Hydrating the islands a page brings, and holding back the ones whose code is fetched only when
//! the resident asks for it.
//!
//! An island inside `[data-on-request]` (the live map: Leaflet and some 200 kB of code on a first
//! visit) is not hydrated with the page. A stand-in with the island's server-rendered markup takes
//! its place, so the page looks and works as it did (links, GET forms, the server's picture of
//! the map); the stand-in's elements marked `data-starts-island` are shown, and the first click on
//! one puts the island back and hydrates it, which fetches its code; the click is then repeated on
//! the island's element of the same id (a checkbox the resident ticked stays ticked). A resident
//! who asked once gets such islands at once on every later page (`localStorage`).

use super::each;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

/// Where the browser remembers that the resident asked for the islands held back.
const ASKED: &str = "pomoc-ostrovy-na-zadost";

/// Replaces each island inside `[data-on-request]` in `document` with a stand-in, unless the
/// resident asked for them before.
pub fn hold_on_request(document: &Document) {
    if asked_before() {
        return;
    }
    for island in each(document, "[data-on-request] > leptos-island") {
        let Ok(stand_in) = document.create_element("div") else {
            continue;
        };
        stand_in.set_class_name("island-stand-in");
        stand_in.set_inner_html(&island.inner_html());
        if island.replace_with_with_node_1(&stand_in).is_err() {
            continue;
        }
        for trigger in each_in(&stand_in, "[data-starts-island]") {
            let _ = trigger.remove_attribute("hidden");
            let (island, stand_in) = (island.clone(), stand_in.clone());
            let id = trigger.id();
            let start = Closure::once_into_js(move || start(island, stand_in, id));
            let once = web_sys::AddEventListenerOptions::new();
            once.set_once(true);
            let _ = trigger.add_event_listener_with_callback_and_add_event_listener_options(
                "click",
                start.unchecked_ref(),
                &once,
            );
        }
    }
}

/// Hydrates the islands of a page put in place by the router, outermost first.
pub(super) fn hydrate_all(document: &Document) {
    for island in each(document, "leptos-island") {
        let nested = island
            .parent_element()
            .and_then(|p| p.closest("leptos-island").ok().flatten())
            .is_some();
        if !nested {
            hydrate(&island);
        }
    }
}

/// Puts the held `island` back in place of its stand-in, hydrates it and repeats the click on its
/// element `id`.
fn start(island: Element, stand_in: Element, id: String) {
    if stand_in.replace_with_with_node_1(&island).is_err() {
        return;
    }
    remember_asked();
    let Some(hydrated) = hydrate(&island) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(hydrated).await;
        let repeated = (!id.is_empty())
            .then(|| island.query_selector(&format!("#{id}")).ok().flatten())
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| !e.hidden());
        if let Some(element) = repeated {
            element.click();
        }
    });
}

/// Hydrates one island with the loader's own function (`island_script.js` of leptos); its
/// promise settles when the island is live.
fn hydrate(island: &Element) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let hydrate = js_sys::Reflect::get(&window, &JsValue::from_str("__hydrateIsland")).ok()?;
    let hydrate = hydrate.dyn_ref::<js_sys::Function>()?;
    let name = island.get_attribute("data-component").unwrap_or_default();
    let result = hydrate
        .call2(&JsValue::NULL, island, &JsValue::from_str(&name))
        .ok()?;
    result.dyn_into::<js_sys::Promise>().ok()
}

fn each_in(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn asked_before() -> bool {
    local_storage().is_some_and(|s| s.get_item(ASKED).ok().flatten().is_some())
}

fn remember_asked() {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(ASKED, "1");
    }
}
