//! An outcome: what to do now, whom to call (narrowed to the resident's municipality), what to
//! bring, what to read; and for caseworkers the print sheet and the short link with its QR code.

use super::api::OutcomeView;
use crate::catalog::ResultList;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// `in_czech`: the outcome is not translated into the page's language and is shown in Czech.
#[component]
pub fn OutcomeSection(
    outcome: OutcomeView,
    path: String,
    print: bool,
    in_czech: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = in_czech.then_some("cs");
    let OutcomeView {
        title,
        summary,
        now,
        bring,
        contacts,
        nearby,
        faq,
        municipality,
        municipalities,
        short_link,
        qr_svg,
        date,
    } = outcome;
    let here = format!("/pomoc/{path}");
    let print_href = i18n.href(&match &municipality {
        Some(m) => format!("{here}?obec={}&tisk=1", m.code),
        None => format!("{here}?tisk=1"),
    });
    let place = municipality.as_ref().map(|m| m.name.clone());
    let selected = municipality.as_ref().map(|m| m.code);
    let qr = qr_svg.clone();
    view! {
        <article class=if print { "outcome print-sheet" } else { "outcome" } aria-labelledby="outcome-heading">
            {print.then(|| view! { <p class="print-meta">{i18n.t_with("outcome-printed", &[("date", date.into())])}</p> })}
            <p class="wizard-kicker">{i18n.t("wizard-kicker")}</p>
            {in_czech.then(|| view! { <p class="untranslated">{i18n.t("wizard-in-czech")}</p> })}
            <h1 id="outcome-heading" lang=lang>{title}</h1>
            {(!summary.is_empty()).then(|| view! { <p class="lead" lang=lang>{summary}</p> })}

            <section aria-labelledby="now-heading">
                <h2 id="now-heading">{i18n.t("outcome-now")}</h2>
                <ol class="steps" lang=lang>{now.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            </section>

            {(!contacts.is_empty()).then(|| view! {
                <section aria-labelledby="contacts-heading">
                    <h2 id="contacts-heading">{i18n.t("outcome-call")}</h2>
                    <ResultList items=contacts />
                </section>
            })}

            {(!print).then(|| view! {
                <form class="filters narrow" method="get" action=crate::embed::within(&here)>
                    <crate::embed::KeepColours />
                    <label for="outcome-municipality">{i18n.t("outcome-where")}</label>
                    <div class="search-row">
                        <select id="outcome-municipality" name="obec">
                            <option value="" selected=selected.is_none()>{i18n.t("outcome-pick")}</option>
                            {municipalities
                                .into_iter()
                                .map(|m| {
                                    let is = selected == Some(m.code);
                                    view! { <option value=m.code.to_string() selected=is>{m.name}</option> }
                                })
                                .collect_view()}
                        </select>
                        <button type="submit">{i18n.t("outcome-show")}</button>
                    </div>
                </form>
            })}

            {(!nearby.is_empty()).then(|| view! {
                <section aria-labelledby="nearby-heading">
                    <h2 id="nearby-heading">
                        {match place { Some(p) => i18n.t_with("outcome-nearby-in", &[("place", p.into())]), None => i18n.t("outcome-nearby") }}
                    </h2>
                    <ResultList items=nearby />
                </section>
            })}

            {(!bring.is_empty()).then(|| view! {
                <section aria-labelledby="bring-heading">
                    <h2 id="bring-heading">{i18n.t("outcome-bring")}</h2>
                    <ul lang=lang>{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
                </section>
            })}

            {(!faq.is_empty()).then(|| view! {
                <section aria-labelledby="read-heading">
                    <h2 id="read-heading">{i18n.t("outcome-read")}</h2>
                    <ul class="link-list">
                        {faq.into_iter().map(|f| view! { <li><a href=i18n.href(&format!("/dotazy/{}", f.slug)) target=crate::embed::new_tab() lang=f.in_czech.then_some("cs")>{f.question}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}

            <section class="share" aria-labelledby="share-heading">
                <h2 id="share-heading">{if print { i18n.t("outcome-share-print") } else { i18n.t("outcome-share") }}</h2>
                <p><a href=short_link.clone() target=crate::embed::new_tab()>{short_link.clone()}</a></p>
                <div class="qr" inner_html=qr></div>
                {(!print).then(|| view! {
                    <p><a class="button" href=print_href.clone() target=crate::embed::new_tab()>{i18n.t("outcome-print")}</a></p>
                    <p class="muted">{i18n.t("outcome-share-note")}</p>
                })}
                {print.then(|| view! {
                    <p class="no-print"><a href=i18n.href(&here)>{i18n.t("outcome-back")}</a>" · "{i18n.t("outcome-print-hint")}</p>
                })}
            </section>
        </article>
    }
}
