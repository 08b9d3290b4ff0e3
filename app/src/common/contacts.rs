//! Phone numbers, e-mails and web addresses as links a phone can act on, and links that open a
//! place in the phone's map application.

use domain::{Coordinates, Email, Phone, WebUrl};
use leptos::prelude::*;

/// The contacts of a service or organisation; says so plainly when there are none.
#[component]
pub fn ContactList(
    phones: Vec<Phone>,
    emails: Vec<Email>,
    web: Option<WebUrl>,
    note: Option<String>,
) -> impl IntoView {
    let nothing = phones.is_empty() && emails.is_empty() && web.is_none();
    let i18n = crate::i18n::use_i18n();
    view! {
        <ul class="contacts">
            {phones
                .into_iter()
                .map(|p| {
                    view! {
                        <li>
                            <span class="contact-kind">{i18n.t("contact-phone")}" "</span>
                            <a class="phone" href=p.href()>{p.display().to_owned()}</a>
                        </li>
                    }
                })
                .collect_view()}
            {emails
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <span class="contact-kind">{i18n.t("contact-email")}" "</span>
                            <a href=e.href()>{e.as_str().to_owned()}</a>
                        </li>
                    }
                })
                .collect_view()}
            {web
                .map(|w| {
                    view! {
                        <li>
                            <span class="contact-kind">{i18n.t("contact-web")}" "</span>
                            <a href=w.as_str().to_owned() rel="noopener">{w.display().to_owned()}</a>
                        </li>
                    }
                })}
            {nothing.then(|| view! { <li class="muted">{i18n.t("contact-none")}</li> })}
        </ul>
        {note.map(|n| view! { <p class="contact-note" lang=i18n.czech_text()>{n}</p> })}
    }
}

/// Links that open a position in the phone's map application or on Mapy.com.
#[component]
pub fn MapLinks(position: Coordinates, label: String, approximate: bool) -> impl IntoView {
    let mapy = format!(
        "https://mapy.com/fnc/v1/showmap?mapset=basic&center={:.6},{:.6}&zoom={}&marker=true",
        position.lon(),
        position.lat(),
        if approximate { 13 } else { 17 }
    );
    let i18n = crate::i18n::use_i18n();
    view! {
        <p class="map-links">
            <a href=position.map_link(&label)>{i18n.t("map-open-app")}</a>
            " · "
            <a href=mapy rel="noopener">"Mapy.com"</a>
            {approximate.then(|| view! { <span class="muted">" "{i18n.t("map-approximate")}</span> })}
        </p>
    }
}
