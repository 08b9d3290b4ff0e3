//! Around a navigation: the history entry, the scroll position, the focus and what a screen
//! reader hears, and a sign that the page is on its way.

use super::Kind;
use crate::navigation::entries::{scroll_of, scroll_state};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The router's live region: it reads out the new page's title or the new result count.
const ANNOUNCER: &str = "route-announcer";

/// Before the request: the page being left keeps its scroll position in its history entry, and
/// the page shows that the next one is on its way.
pub(super) fn leaving(kind: Kind) {
    if kind != Kind::Restore
        && let Some((window, history)) = window_and_history()
    {
        let _ = history.replace_state(&scroll_state(window.scroll_y().unwrap_or(0.0)), "");
    }
    busy(true);
}

/// The `<html>` element carries `aria-busy` and the class the styles dim the page with.
pub(super) fn busy(on: bool) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if on {
        let _ = root.class_list().add_1("navigating");
        let _ = root.set_attribute("aria-busy", "true");
    } else {
        let _ = root.class_list().remove_1("navigating");
        let _ = root.remove_attribute("aria-busy");
    }
}

/// The history entry of the page now shown: a new one, or the typing's one updated.
pub(super) fn record(kind: Kind, previous: Option<Kind>, url: &str) {
    let Some((_, history)) = window_and_history() else {
        return;
    };
    let state = scroll_state(0.0);
    let _ = match kind {
        Kind::Restore => Ok(()),
        Kind::Typing if previous == Some(Kind::Typing) => {
            history.replace_state_with_url(&state, "", Some(url))
        }
        Kind::Follow | Kind::Refine | Kind::Typing => {
            history.push_state_with_url(&state, "", Some(url))
        }
    };
}

/// After the swap: scroll, focus and the words for screen readers.
pub(super) fn arrived(kind: Kind) {
    let (Some(window), Some(document)) = (web_sys::window(), document()) else {
        return;
    };
    match kind {
        Kind::Follow => {
            let target = window
                .location()
                .hash()
                .ok()
                .filter(|h| h.len() > 1)
                .and_then(|h| document.get_element_by_id(&h[1..]));
            match target {
                Some(target) => target.scroll_into_view(),
                None => window.scroll_to_with_x_and_y(0.0, 0.0),
            }
            focus_heading(&document);
            announce(&document, &document.title());
        }
        Kind::Restore => {
            let y = window
                .history()
                .ok()
                .and_then(|h| h.state().ok())
                .and_then(|s| scroll_of(&s))
                .unwrap_or(0.0);
            focus_heading(&document);
            window.scroll_to_with_x_and_y(0.0, y);
            announce(&document, &document.title());
        }
        Kind::Refine | Kind::Typing => {
            let count = document
                .query_selector("main [role=status]")
                .ok()
                .flatten()
                .and_then(|s| s.text_content())
                .unwrap_or_default();
            announce(&document, count.trim());
        }
    }
}

/// The regions the router owns, kept across pages: a live region must stay the same element
/// for screen readers to read its changes.
pub(super) fn own_regions(document: &Document) -> Vec<Element> {
    announcer(document).into_iter().collect()
}

fn announce(document: &Document, words: &str) {
    if let Some(region) = announcer(document) {
        region.set_text_content(Some(words));
    }
}

/// The live region, made on the first navigation.
fn announcer(document: &Document) -> Option<Element> {
    if let Some(region) = document.get_element_by_id(ANNOUNCER) {
        return Some(region);
    }
    let region = document.create_element("div").ok()?;
    region.set_id(ANNOUNCER);
    let _ = region.set_attribute("class", "visually-hidden");
    let _ = region.set_attribute("aria-live", "polite");
    let _ = region.set_attribute("aria-atomic", "true");
    document.body()?.append_child(&region).ok()?;
    Some(region)
}

/// The new page's main heading takes the focus (without scrolling to it), so a screen reader
/// starts reading the new content and the keyboard continues from there.
fn focus_heading(document: &Document) {
    let heading = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("obsah"));
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

fn window_and_history() -> Option<(web_sys::Window, web_sys::History)> {
    let window = web_sys::window()?;
    let history = window.history().ok()?;
    Some((window, history))
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}
