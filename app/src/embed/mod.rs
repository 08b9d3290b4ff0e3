//! Embedding: the catalogue, the map, the wizard and the questions under `/embed/…` for
//! municipal websites, and `/vlozit`, where a webmaster picks a view and copies its snippet.
//!
//! The embedded views are the same pages as the full site's: the layout sees the `/embed/`
//! path, provides [`Embedded`] and draws [`frame::EmbedFrame`] (no header or footer) instead of
//! the site's frame. Pages ask [`within`] for links that stay in the frame and [`new_tab`] for
//! links to full pages, which open in a new tab.

mod frame;
mod generator;

pub use frame::EmbedFrame;
pub use generator::GeneratorPage;

use domain::embed::{PALETTES, Palette};
use leptos::prelude::*;

/// Present while a view is rendered inside a host's iframe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Embedded {
    pub palette: Palette,
}

/// The path prefix of embedded views.
pub const PREFIX: &str = "/embed";

/// The embedding of the page at `path` with `query`, if it is an embedded view. An unknown
/// `barva=` falls back to the default colours: a host's typo must not break its page.
pub fn embedding(path: &str, query: &str) -> Option<Embedded> {
    path.strip_prefix(PREFIX)
        .filter(|rest| rest.starts_with('/'))?;
    let palette = domain::query::parse_pairs(query)
        .ok()
        .and_then(|pairs| {
            pairs
                .into_iter()
                .find(|(k, _)| k == "barva")
                .and_then(|(_, v)| Palette::from_slug(&v))
        })
        .unwrap_or(PALETTES[0]);
    Some(Embedded { palette })
}

/// The embedding of the page being shown. The layout provides it; event handlers in the
/// browser, which run outside the components, read the window's address instead.
fn current() -> Option<Embedded> {
    use_context::<Embedded>().or_else(from_window)
}

#[cfg(not(feature = "ssr"))]
fn from_window() -> Option<Embedded> {
    let location = window().location();
    let path = location.pathname().ok()?;
    let (_, path) = domain::Lang::split_path(&path);
    embedding(path, &location.search().ok()?)
}

/// On the server the layout always provides it.
#[cfg(feature = "ssr")]
fn from_window() -> Option<Embedded> {
    None
}

pub(crate) fn is_embedded() -> bool {
    current().is_some()
}

/// The colours the host chose, when not the default: links and forms in the frame keep them.
fn chosen_palette() -> Option<Palette> {
    current().map(|e| e.palette).filter(|p| *p != PALETTES[0])
}

/// A link that stays in the view and in the page's language: inside an embed, the embedded
/// path with the host's colours.
pub fn within(href: &str) -> String {
    let i18n = crate::i18n::use_i18n();
    if !is_embedded() {
        return i18n.href(href);
    }
    i18n.href(&match chosen_palette() {
        Some(p) if href.contains('?') => format!("{PREFIX}{href}&barva={}", p.slug),
        Some(p) => format!("{PREFIX}{href}?barva={}", p.slug),
        None => format!("{PREFIX}{href}"),
    })
}

/// Inside a form of an embedded view: the host's colours, so the answer keeps them.
#[component]
pub fn KeepColours() -> impl IntoView {
    chosen_palette().map(|p| view! { <input type="hidden" name="barva" value=p.slug /> })
}

/// The `target` of a link to a full page: a new tab inside an embed, so the host's page stays.
pub fn new_tab() -> Option<&'static str> {
    is_embedded().then_some("_blank")
}
