//! `/offline`: what the service worker (`server/src/offline/`) shows for a page it does not keep
//! while there is no connection, and what does work without one.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text="Bez připojení" />
        <h1>"Jste bez připojení"</h1>
        <p>"Tuto stránku teď nelze načíst. Bez připojení k internetu fungují:"</p>
        <ul>
            <li><a href="/pomoc">"průvodce „Potřebuji pomoc“"</a>" až ke kontaktům, které doporučí,"</li>
            <li><a href="/dotazy">"časté dotazy"</a>" a odpovědi na ně,"</li>
            <li>"stránky služeb a organizací, které jste už na tomto zařízení otevřeli."</li>
        </ul>
        <p>"Až se připojení vrátí, načtěte stránku znovu."</p>
    }
}
