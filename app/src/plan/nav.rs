//! The tabs between the parts of the plan.

use leptos::prelude::*;

pub const PLAN_PARTS: [(&str, &str); 5] = [
    ("/plan", "Střednědobý plán"),
    ("/plan/akcni-plan", "Akční plán"),
    ("/plan/projekty", "Zásobník projektů"),
    ("/plan/skupiny", "Pracovní skupiny"),
    ("/plan/pripominky", "Připomínky veřejnosti"),
];

/// `current`: the path of the page it is on.
#[component]
pub fn PlanNav(current: &'static str) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label="Části plánu">
            {PLAN_PARTS.into_iter().map(|(href, label)| view! {
                <a href=href aria-current=(href == current).then_some("page")>{label}</a>
            }).collect_view()}
        </nav>
    }
}
