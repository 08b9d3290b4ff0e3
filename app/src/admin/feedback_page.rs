//! `/sprava/podnety`: residents' messages. A correction of a service opens that service's editor
//! with the message beside the form, one step from the message to the edit.

use super::api::{SettleForm, load_feedback_inbox, settle_feedback};
use super::form::{AdminNav, CsrfField, form_page};
use domain::admin::date::czech_date_time;
use domain::admin::feedback::{FeedbackItem, FeedbackStatus};
use domain::admin::views::FeedbackInbox;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn FeedbackInboxPage() -> impl IntoView {
    let query = use_query_map();
    form_page(
        move || query.read().get("stav").unwrap_or_default(),
        load_feedback_inbox,
        |_, form: SettleForm| settle_feedback(form),
        |inbox| view! { <InboxView inbox /> },
    )
}

#[component]
fn InboxView(inbox: FeedbackInbox) -> impl IntoView {
    let FeedbackInbox {
        status,
        items,
        csrf,
    } = inbox;
    view! {
        <Title text="Podněty – správa" />
        <section class="admin" aria-labelledby="inbox-heading">
            <AdminNav />
            <h1 id="inbox-heading">"Podněty od obyvatel"</h1>
            <nav class="tabs" aria-label="Stav podnětů">
                {FeedbackStatus::ALL.into_iter().map(|s| view! {
                    <a href=format!("/sprava/podnety?stav={}", s.slug())
                        aria-current=(s == status).then_some("page")>{s.label()}</a>
                }).collect_view()}
            </nav>
            {if items.is_empty() {
                view! { <p>"Žádné podněty v tomto stavu."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain feedback-list">
                        {items.into_iter().map(|item| view! { <Item item csrf=csrf.clone() /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Item(item: FeedbackItem, csrf: String) -> impl IntoView {
    let FeedbackItem {
        id,
        created_at,
        service,
        accessibility,
        message,
        contact,
        status,
    } = item;
    let settle = move |to: FeedbackStatus, label: &'static str| {
        view! {
            <form method="post" action="/sprava/podnety" class="inline">
                <CsrfField token=csrf.clone() />
                <input type="hidden" name="id" value=id.to_string() />
                <input type="hidden" name="stav" value=to.slug() />
                <button type="submit" class="button secondary">{label}</button>
            </form>
        }
    };
    view! {
        <li class="card">
            <p class="muted">
                {czech_date_time(created_at)} " · "
                {match (&service, accessibility) {
                    (Some(s), _) => format!("Oprava služby: {}", s.name),
                    (None, true) => "Přístupnost webu".to_owned(),
                    (None, false) => "Chybějící služba".to_owned(),
                }}
            </p>
            <p class="pre">{message}</p>
            {contact.map(|c| view! { <p>"Kontakt: " {c}</p> })}
            <div class="actions">
                {service.map(|s| view! {
                    <a class="button" href=format!("/sprava/sluzby/{}?podnet={id}", s.id)>"Upravit službu podle podnětu"</a>
                })}
                {(status == FeedbackStatus::New).then(|| view! {
                    {settle(FeedbackStatus::Done, "Vyřízeno")}
                    {settle(FeedbackStatus::Rejected, "Zamítnout")}
                })}
                {(status != FeedbackStatus::New).then(|| settle(FeedbackStatus::New, "Znovu otevřít"))}
            </div>
        </li>
    }
}
