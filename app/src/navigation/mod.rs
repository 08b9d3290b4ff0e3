//! The page moves by itself between the residents' pages: a link, a GET form, a filter that
//! changes and back/forward fetch the next page's server-rendered HTML and put it in place of
//! the current one, so the document (and whatever the browser keeps for it) is loaded once a
//! visit. Without JavaScript, and until the bundle arrives, the same links and forms load whole
//! pages as before; nothing here renders anything the server did not.
//!
//! `scope` says which addresses are taken (pure, tested natively); `browser` does the work in
//! the wasm bundle: `intercept` (clicks, submits, back/forward), `live_filters` (a filter form
//! answers as it changes), `swap` (fetch, parse, replace), `islands` (hydrate the new islands, hold
//! back those whose code loads on request), `settle`
//! (history, scroll, focus, what a screen reader hears), `failure` (a request that failed).

pub mod entries;
pub mod scope;

#[cfg(feature = "hydrate")]
mod browser;

#[cfg(feature = "hydrate")]
pub use browser::{hold_on_request, start};

/// A plain left click, one the page may answer itself: no key held for a new tab or window, and
/// nothing else has answered it.
pub fn plain_click(event: &web_sys::MouseEvent) -> bool {
    let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
    !event.default_prevented() && event.button() == 0 && !modified
}
