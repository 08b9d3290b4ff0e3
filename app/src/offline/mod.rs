//! `/offline`: what the service worker (`server/src/offline/`) shows for a page it does not keep
//! while there is no connection, and what does work without one.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OfflinePage() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <Title text=i18n.t("offline-title") />
        <h1>{i18n.t("offline-heading")}</h1>
        <p>{i18n.t("offline-works")}</p>
        <ul>
            <li><a href=i18n.href("/pomoc")>{i18n.t("offline-wizard")}</a>" "{i18n.t("offline-wizard-rest")}</li>
            <li><a href=i18n.href("/dotazy")>{i18n.t("offline-faq")}</a>" "{i18n.t("offline-faq-rest")}</li>
            <li>{i18n.t("offline-seen")}</li>
        </ul>
        <p>{i18n.t("offline-reload")}</p>
    }
}
