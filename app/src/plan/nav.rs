//! The tabs between the parts of the plan.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Each part's path and the message naming it.
pub const PLAN_PARTS: [(&str, &str); 6] = [
    ("/plan", "plan-part-overview"),
    ("/plan/akcni-plan", "plan-part-action"),
    ("/plan/projekty", "plan-part-projects"),
    ("/plan/skupiny", "plan-part-groups"),
    ("/plan/pripominky", "plan-part-comments"),
    ("/plan/potreby", "plan-part-needs"),
];

/// `current`: the path of the page it is on.
#[component]
pub fn PlanNav(current: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="tabs" aria-label=i18n.t("plan-parts")>
            {PLAN_PARTS.into_iter().map(|(href, label)| view! {
                <a href=i18n.href(href) aria-current=(href == current).then_some("page")>{i18n.t(label)}</a>
            }).collect_view()}
        </nav>
    }
}
