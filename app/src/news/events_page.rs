//! `/akce`: the coming events as a list, and a month as a calendar (`?mesic=2026-12`), both for
//! the chosen audience; with the iCalendar feed to subscribe to.

use super::api::{EventsView, load_events};
use super::calendar::MonthTable;
use crate::audience::use_chosen_audience;
use crate::common::loaded;
use domain::news::Event;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

#[component]
pub fn EventsPage() -> impl IntoView {
    let chosen = use_chosen_audience();
    let query = use_query_map();
    let feed = move || match chosen.get() {
        Some(slug) => format!("/akce.ics?skupina={slug}"),
        None => "/akce.ics".to_owned(),
    };
    view! {
        <Title text="Akce" />
        <Meta name="description" content="Setkání pracovních skupin, kulaté stoly a veřejná projednání plánu sociálních služeb na Písecku." />
        <h1>"Akce"</h1>
        <p>
            "Setkání pracovních skupin, kulaté stoly a veřejná projednání plánu sociálních služeb. "
            <a href=feed>"Odebírat kalendář akcí (iCal)"</a>
        </p>
        {loaded(
            move || (query.read().get("mesic"), chosen.get().map(|s| s.to_string())),
            |(month, audience)| load_events(month, audience),
            |view: EventsView| view! { <Events view /> },
        )}
    }
}

#[component]
fn Events(view: EventsView) -> impl IntoView {
    let EventsView {
        month,
        in_month,
        coming,
    } = view;
    let month_link = |m: domain::news::Month| format!("/akce?mesic={}", m.key());
    view! {
        <section aria-labelledby="coming-heading">
            <h2 id="coming-heading">"Připravujeme"</h2>
            <EventList events=coming />
        </section>
        <section aria-labelledby="month-heading">
            <h2 id="month-heading">"Kalendář"</h2>
            <nav class="month-nav" aria-label="Měsíce">
                <a href=month_link(month.previous()) rel="prev">{format!("« {}", month.previous().label())}</a>
                <a href=month_link(month.next()) rel="next">{format!("{} »", month.next().label())}</a>
            </nav>
            <div class="month-scroll"><MonthTable month events=in_month /></div>
        </section>
    }
}

#[component]
fn EventList(events: Vec<Event>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p>"Žádné akce nejsou naplánované."</p> }.into_any();
    }
    view! {
        <ul class="event-list">
            {events.into_iter().map(|e| view! {
                <li>
                    <a href=format!("/akce/{}", e.slug)>{e.title}</a>
                    <br />
                    <time datetime=e.starts.to_string()>{e.starts.label()}</time>
                    ", " {e.place}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
