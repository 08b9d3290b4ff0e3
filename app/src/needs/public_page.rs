//! `/plan/potreby`: the same evidence for everyone, over the last year: what residents looked
//! for and did not find is counted, and this is what the counting shows.

use super::admin_page::Sections;
use super::api::load_needs;
use crate::common::loaded;
use crate::i18n::use_i18n;
use crate::plan::PlanNav;
use domain::needs::view::NeedsReport;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NeedsPage() -> impl IntoView {
    let query = use_query_map();
    loaded(
        move || query.read().get("skupina"),
        load_needs,
        |report| view! { <NeedsView report /> },
    )
}

#[component]
fn NeedsView(report: NeedsReport) -> impl IntoView {
    let i18n = use_i18n();
    let period = format!(
        "{} – {}",
        report.period.from.czech(),
        report.period.to.czech()
    );
    view! {
        <Title text=i18n.t("plan-needs-title") />
        <section class="plan" aria-labelledby="needs-heading">
            <h1 id="needs-heading">{i18n.t("plan-needs-title")}</h1>
            <PlanNav current="/plan/potreby" />
            <p class="lead">{i18n.t("plan-needs-lead")}</p>
            {(i18n.lang != domain::Lang::Cs).then(|| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
            <div lang=i18n.czech_text()>
                <p><strong>"Období: "</strong>{period}</p>
                <Sections report csv=None />
            </div>
        </section>
    }
}
