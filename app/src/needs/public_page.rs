//! `/plan/potreby`: the same evidence for everyone, over the last year: what residents looked
//! for and did not find is counted, and this is what the counting shows; the supply for the
//! audience the resident chose.

use super::admin_page::Sections;
use super::api::load_needs;
use crate::common::loaded;
use crate::i18n::use_i18n;
use crate::plan::PlanNav;
use domain::needs::view::NeedsReport;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NeedsPage() -> impl IntoView {
    // The whole site turns to the audience a resident chose: the supply is counted for it.
    let audience = crate::audience::use_chosen_audience();
    loaded(
        move || audience.get().map(|slug| slug.as_str().to_owned()),
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
                <p><strong>"Období: "</strong>{period}{report.audience.as_ref().map(|a| format!("; {}", a.name))}</p>
                <Sections report csv=None />
            </div>
        </section>
    }
}
