//! A month as a table of weeks, Monday first, each day with the events that start on it. A
//! table is what a screen reader can walk by day and by week.

use domain::news::{Event, Month};
use leptos::prelude::*;

const WEEKDAYS: [(&str, &str); 7] = [
    ("Po", "pondělí"),
    ("Út", "úterý"),
    ("St", "středa"),
    ("Čt", "čtvrtek"),
    ("Pá", "pátek"),
    ("So", "sobota"),
    ("Ne", "neděle"),
];

#[component]
pub fn MonthTable(month: Month, events: Vec<Event>) -> impl IntoView {
    let offset = usize::from(month.first_weekday());
    let days = usize::from(month.days());
    let weeks = (offset + days).div_ceil(7);
    let day_events = move |day: usize| -> Vec<Event> {
        events
            .iter()
            .filter(|e| e.starts.month() == month && usize::from(e.starts.day) == day)
            .cloned()
            .collect()
    };
    view! {
        <table class="month">
            <caption>{format!("Akce – {}", month.label())}</caption>
            <thead>
                <tr>{WEEKDAYS.iter().map(|(short, long)| view! {
                    <th scope="col"><abbr title=*long>{*short}</abbr></th>
                }).collect_view()}</tr>
            </thead>
            <tbody>
                {(0..weeks).map(|week| view! {
                    <tr>
                        {(0..7).map(|weekday| {
                            let cell = week * 7 + weekday;
                            if cell < offset || cell >= offset + days {
                                return view! { <td class="empty"></td> }.into_any();
                            }
                            let day = cell - offset + 1;
                            let today = day_events(day);
                            let class = if today.is_empty() { "" } else { "has-events" };
                            view! {
                                <td class=class>
                                    <span class="day">{day}</span>
                                    {today.into_iter().map(|e| view! {
                                        <a href=format!("/akce/{}", e.slug)>{format!("{} {}", e.starts.time_label(), e.title)}</a>
                                    }).collect_view()}
                                </td>
                            }
                            .into_any()
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
