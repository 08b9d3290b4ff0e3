//! Hydrating the islands a page brings, and holding back the ones whose code is fetched only when
//! the resident asks for it.
//!
//! An island inside `[data-on-request]` (the live map: Leaflet and some 200 kB of code on a first
//! visit) is not hydrated with the page. A stand-in takes the island's place and its content (the
//! nodes themselves, so whatever the resident chose or typed stays), so the page looks and works
//! as it did (links, GET forms, the server's picture of the map); the elements marked
//! `data-starts-island` are shown, and the first click on one gives the content back to the
//! island and hydrates it, which fetches its code; the island then hears the change (a checkbox
//! the resident ticked stays ticked and counts). A resident who asked once gets such islands at
//! once on every later page (`localStorage`).

use super::elements;
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
    for island in elements(document.query_selector_all("[data-on-request] > leptos-island")) {
        let Ok(stand_in) = document.create_element("div") else {
            continue;
        };
        stand_in.set_class_name("island-stand-in");
        move_children(&island, &stand_in);
        if island.replace_with_with_node_1(&stand_in).is_err() {
            move_children(&stand_in, &island);
            continue;
        }
        let triggers = elements(stand_in.query_selector_all("[data-starts-island]"));
        // Shown while the island waits (the map's button), hidden again when it starts.
        let revealed: Vec<Element> = triggers
            .iter()
            .filter(|t| t.has_attribute("hidden"))
            .cloned()
            .collect();
        for trigger in triggers {
            let _ = trigger.remove_attribute("hidden");
            let held = Held {
                island: island.clone(),
                stand_in: stand_in.clone(),
                revealed: revealed.clone(),
            };
            let used = trigger.clone();
            let start = Closure::once_into_js(move || held.start(used));
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
    for island in elements(document.query_selector_all("leptos-island")) {
        let nested = island
            .parent_element()
            .and_then(|p| p.closest("leptos-island").ok().flatten())
            .is_some();
        if !nested {
            hydrate(&island);
        }
    }
}

/// An island held back: its element, the stand-in in its place, and the triggers shown meanwhile.
struct Held {
    island: Element,
    stand_in: Element,
    revealed: Vec<Element>,
}

impl Held {
    /// Gives the island its content and its place back, hydrates it and lets it hear what the
    /// resident did with `used` (a checkbox ticked before the island ran stays ticked and counts).
    fn start(self, used: Element) {
        let Held {
            island,
            stand_in,
            revealed,
        } = self;
        // Another trigger started it already.
        if !stand_in.is_connected() {
            return;
        }
        move_children(&stand_in, &island);
        if stand_in.replace_with_with_node_1(&island).is_err() {
            return;
        }
        for trigger in &revealed {
            let _ = trigger.set_attribute("hidden", "");
        }
        remember_asked();
        let checkbox = used.dyn_into::<web_sys::HtmlInputElement>().ok();
        let wanted = checkbox.as_ref().map(|c| c.checked());
        let Some(hydrated) = hydrate(&island) else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(hydrated).await;
            if let (Some(checkbox), Some(wanted)) = (checkbox, wanted) {
                if checkbox.checked() == wanted {
                    if let Ok(change) = web_sys::Event::new("change") {
                        let _ = checkbox.dispatch_event(&change);
                    }
                } else {
                    checkbox.click();
                }
            }
        });
    }
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

/// Moves every child node of `from` to the end of `to`.
fn move_children(from: &Element, to: &Element) {
    while let Some(child) = from.first_child() {
        if to.append_child(&child).is_err() {
            return;
        }
    }
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
