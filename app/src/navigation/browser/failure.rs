//! A page that did not come: the page on screen stays, a notice at its top says why in Czech
//! and offers to try again.

use super::swap::LoadError;
use super::{Kind, go};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

const NOTICE: &str = "route-failure";

pub(super) fn show(url: String, kind: Kind, error: &LoadError) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(main) = document.get_element_by_id("obsah") else {
        return;
    };
    if let Some(old) = document.get_element_by_id(NOTICE) {
        old.remove();
    }
    let Some(notice) = notice(&document, error) else {
        return;
    };
    let Some(retry) = notice.query_selector("button").ok().flatten() else {
        return;
    };
    let shown = notice.clone();
    let again = Closure::once_into_js(move || {
        shown.remove();
        go(url, kind);
    });
    let _ = retry.add_event_listener_with_callback("click", again.unchecked_ref());
    let _ = main.prepend_with_node_1(&notice);
    if let Some(retry) = retry.dyn_ref::<web_sys::HtmlElement>() {
        let _ = retry.focus();
    }
}

fn notice(document: &web_sys::Document, error: &LoadError) -> Option<web_sys::Element> {
    let notice = document.create_element("div").ok()?;
    notice.set_id(NOTICE);
    notice.set_class_name("notice route-failure");
    let _ = notice.set_attribute("role", "alert");
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&format!("Stránku se nepodařilo načíst. {error}")));
    let retry = document.create_element("button").ok()?;
    let _ = retry.set_attribute("type", "button");
    retry.set_text_content(Some("Zkusit znovu"));
    notice.append_child(&text).ok()?;
    notice.append_child(&retry).ok()?;
    Some(notice)
}
