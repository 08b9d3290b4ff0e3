//! What a history entry's state holds: the scroll position the router restores, and for the
//! entries a part of the page makes by itself (the wizard's questions) its step. Such an entry
//! carries the step, so back and forward show it again without a request, and the router
//! leaves such an entry to the part that made it while that part is on screen.

use wasm_bindgen::JsValue;

/// The key of an entry's state that holds the page's scroll position.
const SCROLL: &str = "scroll";
/// The key of an entry's state that holds a wizard path.
const WIZARD: &str = "wizard";
/// The attribute of the element that walks the wizard in the page.
pub const WIZARD_ON_SCREEN: &str = "data-wizard";

/// A new entry for a step of the wizard shown in the page.
pub fn push_wizard_step(url: &str, path: &str) {
    if let Some(history) = history() {
        let _ = history.push_state_with_url(&state(path), "", Some(url));
    }
    #[cfg(feature = "hydrate")]
    super::browser::shown_now();
}

/// The entry on screen names its wizard step, so coming back to it needs no request.
pub fn mark_wizard_step(path: &str) {
    if let Some(history) = history() {
        let _ = history.replace_state(&state(path), "");
    }
}

/// The wizard step of the entry the browser moved to, if it has one.
pub fn wizard_step_of(state: &JsValue) -> Option<String> {
    field(state, WIZARD).and_then(|v| v.as_string())
}

/// Whether the entry is the wizard's and the wizard is on screen to show it.
pub fn for_the_wizard(state: &JsValue) -> bool {
    let on_screen = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[{WIZARD_ON_SCREEN}]"))
                .ok()
                .flatten()
        })
        .is_some();
    on_screen && wizard_step_of(state).is_some()
}

fn state(path: &str) -> JsValue {
    let state = scroll_state(0.0);
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(WIZARD), &JsValue::from_str(path));
    state
}

/// An entry's state that keeps the page's scroll position, for back to restore.
pub fn scroll_state(y: f64) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(SCROLL), &JsValue::from_f64(y));
    state.into()
}

/// The scroll position an entry's state keeps.
pub fn scroll_of(state: &JsValue) -> Option<f64> {
    field(state, SCROLL).and_then(|y| y.as_f64())
}

fn field(object: &JsValue, key: &str) -> Option<JsValue> {
    if !object.is_object() {
        return None;
    }
    js_sys::Reflect::get(object, &JsValue::from_str(key)).ok()
}

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}
