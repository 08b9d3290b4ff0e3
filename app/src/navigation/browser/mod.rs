//! The router's state and its one operation, [`go`].

mod failure;
mod intercept;
mod islands;
mod live_filters;
mod settle;
mod swap;

pub use islands::hold_on_request;

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// How a navigation came about; it decides the history entry, the scroll and the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A link or a submitted form: a new history entry, the new page from its top, focus on its
    /// heading.
    Follow,
    /// A filter changed in place: a new entry; scroll and focus stay, the result count is read.
    Refine,
    /// Typing in a live search box: one entry for the whole word, updated as typing goes on.
    Typing,
    /// Back or forward: the entry exists; its scroll position comes back.
    Restore,
}

thread_local! {
    /// The number of the latest navigation: an answer to an older one is dropped.
    static LATEST: Cell<u32> = const { Cell::new(0) };
    /// The kind of the navigation shown last (typing goes on in the same entry).
    static LAST_KIND: Cell<Option<Kind>> = const { Cell::new(None) };
    /// The path and query on screen, so a change of the `#fragment` alone fetches nothing.
    static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Starts the router on a resident's page (its `main` carries `data-app`); elsewhere (staff,
/// embedded views) the browser keeps loading documents.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let app_page = window
        .document()
        .and_then(|d| d.query_selector("main[data-app]").ok().flatten())
        .is_some();
    if !app_page {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    SHOWN.with(|s| *s.borrow_mut() = path_and_query(&window.location()));
    // Styles and tests can tell that the page now moves by itself.
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-router", "");
    }
    intercept::listen(&window);
    live_filters::listen(&window);
}

/// Shows the page at `url` in place of the current one.
fn go(url: String, kind: Kind) {
    let number = LATEST.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    });
    live_filters::cancel_pending();
    settle::leaving(kind);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = swap::load(&url).await;
        if LATEST.with(|n| n.get()) != number {
            return;
        }
        settle::busy(false);
        match loaded {
            Ok(swap::Loaded::Page(page)) => {
                // A response's address has no `#fragment`: the link's is kept.
                let shown = match url.find('#') {
                    Some(at) if !page.url.contains('#') => format!("{}{}", page.url, &url[at..]),
                    _ => page.url.clone(),
                };
                settle::record(kind, LAST_KIND.with(|k| k.replace(Some(kind))), &shown);
                swap::show(&page, kind);
                shown_now();
                settle::arrived(kind);
            }
            Ok(swap::Loaded::Document(url)) => {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign(&url);
                }
            }
            Err(error) => failure::show(url, kind, &error),
        }
    });
}

/// A part of the page moved to a new address by itself: that is the page on screen now.
pub(super) fn shown_now() {
    if let Some(window) = web_sys::window() {
        SHOWN.with(|s| *s.borrow_mut() = path_and_query(&window.location()));
    }
}

/// The event's target, if it is a `T`.
fn target<T: JsCast>(event: &web_sys::Event) -> Option<T> {
    event.target()?.dyn_into::<T>().ok()
}

fn path_and_query(location: &web_sys::Location) -> String {
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// The elements a `query_selector_all` found (of a document or of an element), in order.
fn elements(found: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<Element> {
    let Ok(list) = found else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}
