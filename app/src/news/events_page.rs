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
    let i18n = crate::i18n::use_i18n();
    let feed = move || {
        i18n.href(&match chosen.get() {
            Some(slug) => format!("/akce.ics?skupina={slug}"),
            None => "/akce.ics".to_owned(),
        })
    };
    view! {
        <Title text=i18n.t("menu-events") />
        <Meta name="description" content=i18n.t("events-description") />
        <h1>{i18n.t("menu-events")}</h1>
        <p>
            {i18n.t("events-description")}" "
            <a href=feed>{i18n.t("events-feed")}</a>
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
    let i18n = crate::i18n::use_i18n();
    let month_link = move |m: domain::news::Month| i18n.href(&format!("/akce?mesic={}", m.key()));
    view! {
        <section aria-labelledby="coming-heading">
            <h2 id="coming-heading">{i18n.t("events-coming")}</h2>
            <EventList events=coming />
        </section>
        <section aria-labelledby="month-heading">
            <h2 id="month-heading">{i18n.t("events-calendar")}</h2>
            <nav class="month-nav" aria-label=i18n.t("events-months")>
                <a href=month_link(month.previous()) rel="prev">{format!("« {}", i18n.month(month.previous()))}</a>
                <a href=month_link(month.next()) rel="next">{format!("{} »", i18n.month(month.next()))}</a>
            </nav>
            <div class="month-scroll"><MonthTable month events=in_month /></div>
        </section>
    }
}

#[component]
fn EventList(events: Vec<Event>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let czech = i18n.czech_text();
    if events.is_empty() {
        return view! { <p>{i18n.t("events-none")}</p> }.into_any();
    }
    view! {
        <ul class="event-list">
            {events.into_iter().map(|e| view! {
                <li>
                    <a href=i18n.href(&format!("/akce/{}", e.slug)) lang=czech>{e.title}</a>
                    <br />
                    <time datetime=e.starts.to_string()>{i18n.date_time(e.starts)}</time>
                    ", " <span lang=czech>{e.place}</span>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
