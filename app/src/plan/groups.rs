//! `/plan/skupiny`: the working groups — their focus, coordinator, member organisations, and
//! meetings with their minutes to download.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use domain::news::date_label;
use domain::plan::{WorkingGroup, file_size};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn WorkingGroupsPage() -> impl IntoView {
    view! {
        <Title text="Pracovní skupiny" />
        <Meta name="description" content="Pracovní skupiny komunitního plánování: kdo v nich je, kdy se sešly a zápisy z jednání." />
        {loaded(|| None, load_plan_year, |found: PlanYear| view! { <GroupsBody found /> })}
    }
}

#[component]
fn GroupsBody(found: PlanYear) -> impl IntoView {
    let groups = found.plan.working_groups;
    view! {
        <article class="plan" aria-labelledby="groups-heading">
            <PlanNav current="/plan/skupiny" />
            <h1 id="groups-heading">"Pracovní skupiny"</h1>
            <p class="lead">"Plán připravují poskytovatelé, obce a lidé, kteří služby používají. Jednání jsou otevřená, přijďte."</p>
            {groups.into_iter().map(|group| view! { <Group group /> }).collect_view()}
        </article>
    }
}

#[component]
fn Group(group: WorkingGroup) -> impl IntoView {
    let heading = format!("skupina-{}", group.slug);
    let labelled_by = heading.clone();
    let meetings: Vec<_> = group.meetings_latest_first().into_iter().cloned().collect();
    view! {
        <section class="card working-group" id=group.slug.clone() aria-labelledby=labelled_by>
            <h2 id=heading>{group.name.clone()}</h2>
            <p>{group.focus.clone()}</p>
            <p class="muted">"Koordinuje: " {group.coordinator.clone()}</p>
            <h3>"Členské organizace"</h3>
            <ul>{group.members.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
            <h3>"Jednání"</h3>
            <ul class="link-list">
                {meetings.into_iter().map(|m| view! {
                    <li>
                        {format!("{}, {}", date_label(&m.date), m.place)}
                        {m.minutes.map(|d| view! {
                            " · " <a href=d.href() download>{d.title.clone()}</a>
                            {format!(" ({}, {})", d.format(), file_size(d.size_bytes))}
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
