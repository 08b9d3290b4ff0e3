//! A month as a table of weeks, Monday first, each day with the events that start on it. A
//! table is what a screen reader can walk by day and by week.

use domain::news::{Event, Month};
use leptos::prelude::*;

#[component]
pub fn MonthTable(month: Month, events: Vec<Event>) -> impl IntoView {
    let offset = usize::from(month.first_weekday());
    let days = usize::from(month.days());
    let weeks = (offset + days).div_ceil(7);
    let i18n = crate::i18n::use_i18n();
    let czech = i18n.czech_text();
    let day_events = move |day: usize| -> Vec<Event> {
        events
            .iter()
            .filter(|e| e.starts.month() == month && usize::from(e.starts.day) == day)
            .cloned()
            .collect()
    };
    view! {
        <table class="month">
            <caption>{format!("{} – {}", i18n.t("menu-events"), i18n.month(month))}</caption>
            <thead>
                <tr>{domain::lang::weekdays(i18n.lang).iter().map(|(short, long)| view! {
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
                                        <a href=i18n.href(&format!("/akce/{}", e.slug)) lang=czech>{format!("{} {}", e.starts.time_label(), e.title)}</a>
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
