//! The accessibility statement (prohlášení o přístupnosti) as zákon č. 99/2019 Sb. and vyhláška
//! č. 515/2020 Sb. ask for it: who commits to what, how far the site complies and where it does
//! not, how the statement was made, and — below it, the page's form — how to tell us.

use leptos::prelude::*;

/// The day the statement was made and last checked.
const MADE_ON: &str = "2026-12-07";

#[component]
pub fn Statement() -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="statement">
            <p>{i18n.t("statement-intro")}</p>
            <h2>{i18n.t("statement-compliance-heading")}</h2>
            <p>{i18n.t("statement-compliance-before")}" "<strong>{i18n.t("statement-partly")}</strong>" "{i18n.t("statement-compliance-after")}</p>
            <h2>{i18n.t("statement-inaccessible-heading")}</h2>
            <ul>
                <li>{i18n.t("statement-map")}</li>
                <li>{i18n.t("statement-pdf")}</li>
                <li>{i18n.t("statement-colours")}</li>
                <li>{i18n.t("statement-languages")}</li>
            </ul>
            <h2>{i18n.t("statement-made-heading")}</h2>
            <p>{i18n.t_with("statement-made", &[("date", i18n.date(MADE_ON).into())])}</p>
            <h2>{i18n.t("statement-enforcement-heading")}</h2>
            <p>{i18n.t("statement-enforcement")}" " <a href="mailto:pristupnost@mvcr.cz">"pristupnost@mvcr.cz"</a> "."</p>
            <h2 id="statement-feedback">{i18n.t("statement-feedback-heading")}</h2>
        </div>
    }
}
