//! `/plan/skupiny`: the working groups — their focus, coordinator, member organisations, and
//! meetings with their minutes to download.

use super::PlanNav;
use super::api::{PlanYear, load_plan_year};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::plan::{WorkingGroup, file_size};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn WorkingGroupsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("groups-title") />
        <Meta name="description" content=i18n.t("groups-description") />
        {loaded(|| None, load_plan_year, |found: PlanYear| view! { <GroupsBody found /> })}
    }
}

#[component]
fn GroupsBody(found: PlanYear) -> impl IntoView {
    let groups = found.plan.working_groups;
    let i18n = use_i18n();
    view! {
        <article class="plan" aria-labelledby="groups-heading">
            <PlanNav current="/plan/skupiny" />
            <h1 id="groups-heading">{i18n.t("groups-title")}</h1>
            <p class="lead">{i18n.t("groups-lead")}</p>
            {groups.into_iter().map(|group| view! { <Group group /> }).collect_view()}
        </article>
    }
}

#[component]
fn Group(group: WorkingGroup) -> impl IntoView {
    let heading = format!("skupina-{}", group.slug);
    let labelled_by = heading.clone();
    let meetings: Vec<_> = group.meetings_latest_first().into_iter().cloned().collect();
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    view! {
        <section class="card working-group" id=group.slug.clone() aria-labelledby=labelled_by>
            <h2 id=heading lang=czech>{group.name.clone()}</h2>
            <p lang=czech>{group.focus.clone()}</p>
            <p class="muted">{i18n.t("groups-coordinator")}" "<span lang=czech>{group.coordinator.clone()}</span></p>
            <h3>{i18n.t("groups-members")}</h3>
            <ul lang=czech>{group.members.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
            <h3>{i18n.t("groups-meetings")}</h3>
            <ul class="link-list">
                {meetings.into_iter().map(|m| view! {
                    <li>
                        {i18n.date(&m.date)}", "<span lang=czech>{m.place}</span>
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
