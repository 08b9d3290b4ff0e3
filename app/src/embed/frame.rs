//! The frame of an embedded view: the chosen colours, the view, a line naming the portal, and
//! the script that tells the host's page how tall the view is (plain JavaScript, so it works
//! before the wasm arrives, and without it the host's iframe simply keeps its height).

use super::Embedded;
use leptos::prelude::*;

#[component]
pub fn EmbedFrame(embedded: Embedded, children: Children) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="embed-frame" style=embedded.palette.style()>
            <main id="obsah" tabindex="-1">{children()}</main>
            <p class="embed-credit">
                <a href=i18n.href("/") target="_blank">{i18n.t("embed-credit")}</a>
            </p>
            <script src="/embed-frame.js" async></script>
        </div>
    }
}
