//! Fetching the next page and putting it in place: the server's HTML for the address, parsed,
//! its body moved into the live document, its scripts run and its islands hydrated.

use super::{Kind, elements};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, DomParser, Element, Request, RequestInit, Response, SupportedType};

/// The request header that tells the service worker a fetch is a page for the router.
const NAVIGATION_HEADER: &str = "Pomoc-Navigation";

/// Why the next page did not come, in the resident's words.
#[derive(Debug, thiserror::Error)]
pub(super) enum LoadError {
    #[error("Nepodařilo se spojit se serverem. Zkontrolujte připojení k internetu.")]
    Unreachable,
    #[error("Server stránku teď nevydal (chyba {0}).")]
    Server(u16),
    #[error("Odpověď serveru se nepodařilo přečíst.")]
    Unreadable,
}

pub(super) enum Loaded {
    /// A resident's page, to show in place.
    Page(Page),
    /// Something else (a file, a staff page): the browser loads it as a document.
    Document(String),
}

pub(super) struct Page {
    /// Where the page was found (after redirects).
    pub url: String,
    document: Document,
}

pub(super) async fn load(url: &str) -> Result<Loaded, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Unreachable)?;
    let init = RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let headers = web_sys::Headers::new().map_err(|_| LoadError::Unreachable)?;
    let _ = headers.set("Accept", "text/html");
    let _ = headers.set(NAVIGATION_HEADER, "1");
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| LoadError::Unreachable)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| LoadError::Unreachable)?
        .dyn_into()
        .map_err(|_| LoadError::Unreadable)?;
    let found = response.url();
    let html = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.starts_with("text/html"));
    if !html {
        return Ok(Loaded::Document(found));
    }
    if response.status() >= 500 {
        return Err(LoadError::Server(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| LoadError::Unreadable)?)
        .await
        .map_err(|_| LoadError::Unreachable)?
        .as_string()
        .unwrap_or_default();
    let document = DomParser::new()
        .and_then(|p| p.parse_from_string(&text, SupportedType::TextHtml))
        .map_err(|_| LoadError::Unreadable)?;
    if document
        .query_selector("main[data-app]")
        .ok()
        .flatten()
        .is_none()
    {
        return Ok(Loaded::Document(found));
    }
    Ok(Loaded::Page(Page {
        url: found,
        document,
    }))
}

/// The scripts of the first page count as run.
/// Puts the page's body in place of the live one. When a filter changes in place, the control
/// the resident is using stays itself (its caret, what they typed since) and the folds they
/// opened stay open.
pub(super) fn show(page: &Page, kind: Kind) {
    let Some(live) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Some(next)) = (live.body(), page.document.body()) else {
        return;
    };
    let in_place = matches!(kind, Kind::Refine | Kind::Typing);
    let focused = live
        .active_element()
        .filter(|e| in_place && !e.id().is_empty());
    let open_folds: Vec<String> = if in_place {
        elements(live.query_selector_all("details[id][open]"))
            .iter()
            .map(Element::id)
            .collect()
    } else {
        Vec::new()
    };
    let kept = super::settle::own_regions(&live);

    live.set_title(&page.document.title());
    copy_attributes(&next, &body);
    let nodes = js_sys::Array::new();
    let children = next.child_nodes();
    for i in 0..children.length() {
        if let Some(node) = children.item(i) {
            nodes.push(&node);
        }
    }
    for region in &kept {
        nodes.push(region);
    }
    body.replace_children_with_node(&nodes);

    if let Some(old) = focused
        && let Some(new) = live.get_element_by_id(&old.id())
    {
        let _ = new.replace_with_with_node_1(&old);
        if let Some(old) = old.dyn_ref::<web_sys::HtmlElement>() {
            let _ = old.focus();
        }
    }
    for id in open_folds {
        if let Some(fold) = live.get_element_by_id(&id) {
            let _ = fold.set_attribute("open", "");
        }
    }
    run_scripts(&live);
    super::islands::hold_on_request(&live);
    super::islands::hydrate_all(&live);
}

/// `to` takes `from`'s attributes, and only those.
fn copy_attributes(from: &Element, to: &Element) {
    for name in to
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        let _ = to.remove_attribute(&name);
    }
    for name in from
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if let Some(value) = from.get_attribute(&name) {
            let _ = to.set_attribute(&name, &value);
        }
    }
}

/// A parsed page's scripts do not run when moved, so the content's scripts are made anew (the
/// embedding page's `embed.js` fills the generator's preview).
fn run_scripts(document: &Document) {
    for script in elements(document.query_selector_all("main script[src]")) {
        let Ok(fresh) = document.create_element("script") else {
            continue;
        };
        copy_attributes(&script, &fresh);
        let _ = script.replace_with_with_node_1(&fresh);
    }
}
