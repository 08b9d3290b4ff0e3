//! `/akce/{slug}`: one event, and its iCalendar file for the resident's calendar.

use super::api::{EventView, load_event};
use crate::common::record_page;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn EventPage() -> impl IntoView {
    record_page(
        |slug| async move { load_event(slug.unwrap_or_default()).await },
        |view: EventView| {
            let EventView {
                event,
                description_html,
            } = view;
            let ics = format!("/akce/{}/kalendar.ics", event.slug);
            let i18n = crate::i18n::use_i18n();
            let czech = i18n.czech_text();
            view! {
                <Title text=event.title.clone() />
                <article class="event" aria-labelledby="event-heading">
                    <p class="breadcrumbs"><a href=i18n.href("/akce")>{i18n.t("menu-events")}</a></p>
                    {czech.map(|_| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
                    <h1 id="event-heading" lang=czech>{event.title}</h1>
                    <dl class="facts-list">
                        <dt>{i18n.t("events-when")}</dt>
                        <dd>
                            <time datetime=event.starts.to_string()>{i18n.date_time(event.starts)}</time>
                            "–"
                            <time datetime=event.ends.to_string()>{
                                if (event.ends.year, event.ends.month, event.ends.day)
                                    == (event.starts.year, event.starts.month, event.starts.day)
                                {
                                    event.ends.time_label()
                                } else {
                                    i18n.date_time(event.ends)
                                }
                            }</time>
                        </dd>
                        <dt>{i18n.t("service-where")}</dt>
                        <dd lang=czech>{event.place}</dd>
                    </dl>
                    <div class="answer-text" lang=czech inner_html=description_html></div>
                    <p><a class="button" href=ics download>{i18n.t("events-add")}</a></p>
                </article>
            }
        },
    )
}
