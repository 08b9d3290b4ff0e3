//! A filter form marked `data-live` answers as it changes: a select or a checkbox at once, the
//! search box once typing pauses. The results update in place (WCAG 3.2.2: no change of context,
//! focus stays in the form) and the count is read out; the submit button still works.

use super::intercept::{form_url, on};
use super::{Kind, go, target};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Event, HtmlFormElement, HtmlInputElement, Window};

/// How long typing pauses before the search runs.
const TYPING_PAUSE_MS: i32 = 300;

thread_local! {
    /// The pending search of the typing in progress.
    static PENDING: Cell<Option<i32>> = const { Cell::new(None) };
}

pub(super) fn is_live(form: &HtmlFormElement) -> bool {
    form.has_attribute("data-live")
}

pub(super) fn listen(window: &Window) {
    on(window, "input", |event: Event| {
        let Some(input) = target::<HtmlInputElement>(&event) else {
            return;
        };
        if input.type_() == "search"
            && let Some(form) = input.form().filter(is_live)
        {
            after_pause(form);
        }
    });
    on(window, "change", |event: Event| {
        let Some(changed) = target::<web_sys::Element>(&event) else {
            return;
        };
        let typed = changed
            .dyn_ref::<HtmlInputElement>()
            .is_some_and(|i| matches!(i.type_().as_str(), "search" | "text"));
        let form = changed
            .closest("form")
            .ok()
            .flatten()
            .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
            .filter(is_live);
        if let (false, Some(form)) = (typed, form)
            && let Some(url) = form_url(&form, None)
        {
            go(url.href(), Kind::Refine);
        }
    });
}

fn after_pause(form: HtmlFormElement) {
    cancel_pending();
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = Closure::once_into_js(move || {
        PENDING.with(|p| p.set(None));
        if let Some(url) = form_url(&form, None) {
            go(url.href(), Kind::Typing);
        }
    });
    if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        search.unchecked_ref(),
        TYPING_PAUSE_MS,
    ) {
        PENDING.with(|p| p.set(Some(handle)));
    }
}

/// Any navigation overtakes the typing's pending search.
pub(super) fn cancel_pending() {
    if let (Some(window), Some(handle)) = (web_sys::window(), PENDING.with(|p| p.take())) {
        window.clear_timeout_with_handle(handle);
    }
}
