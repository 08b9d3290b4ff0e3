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
            view! {
                <Title text=event.title.clone() />
                <article class="event" aria-labelledby="event-heading">
                    <p class="breadcrumbs"><a href="/akce">"Akce"</a></p>
                    <h1 id="event-heading">{event.title}</h1>
                    <dl class="facts-list">
                        <dt>"Kdy"</dt>
                        <dd>
                            <time datetime=event.starts.to_string()>{event.starts.label()}</time>
                            "–"
                            <time datetime=event.ends.to_string()>{
                                if (event.ends.year, event.ends.month, event.ends.day)
                                    == (event.starts.year, event.starts.month, event.starts.day)
                                {
                                    event.ends.time_label()
                                } else {
                                    event.ends.label()
                                }
                            }</time>
                        </dd>
                        <dt>"Kde"</dt>
                        <dd>{event.place}</dd>
                    </dl>
                    <div class="answer-text" inner_html=description_html></div>
                    <p><a class="button" href=ics download>"Přidat do kalendáře (iCal)"</a></p>
                </article>
            }
        },
    )
}
