//! Which clicks and submits the router takes: a plain left click on a link, or a GET form,
//! to a resident's page of this origin ([`crate::navigation::scope`]); and back/forward.

use super::{Kind, SHOWN, go, path_and_query, target};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    FormData, HtmlAnchorElement, HtmlElement, HtmlFormElement, MouseEvent, SubmitEvent, Url,
    UrlSearchParams, Window,
};

pub(super) fn listen(window: &Window) {
    on(window, "click", |event: MouseEvent| {
        if let Some(url) = followed_link(&event) {
            event.prevent_default();
            go(url, Kind::Follow);
        }
    });
    on(window, "submit", |event: SubmitEvent| {
        let Some(form) = target::<HtmlFormElement>(&event) else {
            return;
        };
        if event.default_prevented() || !form.method().eq_ignore_ascii_case("get") {
            return;
        }
        if !form.target().is_empty() {
            return;
        }
        let Some(url) = form_url(&form, event.submitter()).filter(taken) else {
            return;
        };
        event.prevent_default();
        let kind = if super::live_filters::is_live(&form) && same_path(&url) {
            Kind::Refine
        } else {
            Kind::Follow
        };
        go(url.href(), kind);
    });
    on(window, "popstate", |event: web_sys::PopStateEvent| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // The wizard on screen shows its own steps.
        if crate::navigation::entries::for_the_wizard(&event.state()) {
            super::shown_now();
            return;
        }
        let location = window.location();
        // Only the `#fragment` changed: the page on screen is the right one.
        if SHOWN.with(|s| *s.borrow() == path_and_query(&location)) {
            return;
        }
        if let Ok(href) = location.href() {
            go(href, Kind::Restore);
        }
    });
}

/// Adds a listener that lives as long as the page.
pub(super) fn on<E: JsCast + 'static>(window: &Window, name: &str, handler: impl Fn(E) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Ok(event) = event.dyn_into::<E>() {
            handler(event);
        }
    });
    let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The address of a link the router follows, if this click is one.
fn followed_link(event: &MouseEvent) -> Option<String> {
    if !crate::navigation::plain_click(event) {
        return None;
    }
    let link = target::<web_sys::Element>(event)?
        .closest("a[href]")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    if !link.target().is_empty() || link.has_attribute("download") {
        return None;
    }
    let url = Url::new(&link.href()).ok().filter(taken)?;
    // A place on the page on screen: the browser scrolls there.
    if same_page(&url) && !url.hash().is_empty() {
        return None;
    }
    Some(url.href())
}

/// The address a GET form goes to: its fields and the button that submitted it, as the browser
/// would write them.
pub(super) fn form_url(form: &HtmlFormElement, submitter: Option<HtmlElement>) -> Option<Url> {
    let data = FormData::new_with_form(form).ok()?;
    if let Some(button) = submitter {
        let name = button.get_attribute("name").unwrap_or_default();
        if !name.is_empty() {
            let value = button.get_attribute("value").unwrap_or_default();
            data.append_with_str(&name, &value).ok()?;
        }
    }
    let query = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let url = Url::new(&form.action()).ok()?;
    url.set_search(&String::from(query.to_string()));
    url.set_hash("");
    Some(url)
}

/// A resident's page of this origin, in the language of the page on screen.
fn taken(url: &Url) -> bool {
    let location = web_sys::window().map(|w| w.location());
    let origin = location.as_ref().and_then(|l| l.origin().ok());
    let shown = location.and_then(|l| l.pathname().ok()).unwrap_or_default();
    origin.as_deref() == Some(url.origin().as_str())
        && crate::navigation::scope::in_page_from(&shown, &url.pathname())
}

/// The page on screen's path, whatever its query.
fn same_path(url: &Url) -> bool {
    SHOWN.with(|s| s.borrow().split('?').next() == Some(url.pathname().as_str()))
}

/// The page on screen (its path and query), whatever the `#fragment`.
fn same_page(url: &Url) -> bool {
    SHOWN.with(|s| *s.borrow() == format!("{}{}", url.pathname(), url.search()))
}
