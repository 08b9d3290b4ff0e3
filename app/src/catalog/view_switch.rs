//! The two views of one filter: the list (`/sluzby`) and the map (`/mapa`). Both read the same
//! query, so switching keeps every choice.

use domain::Filter;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogView {
    List,
    Map,
}

impl CatalogView {
    fn base(self) -> &'static str {
        match self {
            CatalogView::List => "/sluzby",
            CatalogView::Map => "/mapa",
        }
    }

    /// The view's address (inside an embed, the embedded one).
    pub fn path(self) -> String {
        crate::embed::within(self.base())
    }

    /// This view of a filter.
    pub fn href(self, filter: &Filter) -> String {
        self.href_query(&filter.to_query())
    }

    /// This view of a raw query (without `?`).
    pub fn href_query(self, query: &str) -> String {
        if query.is_empty() {
            self.path()
        } else {
            crate::embed::within(&format!("{}?{query}", self.base()))
        }
    }
}

/// "Seznam | Mapa": the same filter in the other view, the current one marked.
#[component]
pub fn ViewSwitch(current: CatalogView, filter: Filter) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let link = move |view: CatalogView, label: String| {
        let current = (view == current).then_some("page");
        view! { <a href=view.href(&filter.with_page(1)) aria-current=current>{label}</a> }
    };
    view! {
        <nav class="view-switch" aria-label=i18n.t("view-label")>
            {link(CatalogView::List, i18n.t("view-list"))}
            {link(CatalogView::Map, i18n.t("view-map"))}
        </nav>
    }
}
