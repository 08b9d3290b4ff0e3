//! An outcome: what to do now, whom to call (narrowed to the resident's municipality), what to
//! bring, what to read; and for caseworkers the print sheet and the short link with its QR code.

use super::api::OutcomeView;
use crate::catalog::ResultList;
use leptos::prelude::*;

#[component]
pub fn OutcomeSection(outcome: OutcomeView, path: String, print: bool) -> impl IntoView {
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
    let print_href = match &municipality {
        Some(m) => format!("{here}?obec={}&tisk=1", m.code),
        None => format!("{here}?tisk=1"),
    };
    let place = municipality.as_ref().map(|m| m.name.clone());
    let selected = municipality.as_ref().map(|m| m.code);
    let qr = qr_svg.clone();
    view! {
        <article class=if print { "outcome print-sheet" } else { "outcome" } aria-labelledby="outcome-heading">
            {print.then(|| view! { <p class="print-meta">{format!("Pomoc – sociální služby · vytištěno {date}")}</p> })}
            <p class="wizard-kicker">"Potřebuji pomoc"</p>
            <h1 id="outcome-heading">{title}</h1>
            {(!summary.is_empty()).then(|| view! { <p class="lead">{summary}</p> })}

            <section aria-labelledby="now-heading">
                <h2 id="now-heading">"Co udělat hned"</h2>
                <ol class="steps">{now.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
            </section>

            {(!contacts.is_empty()).then(|| view! {
                <section aria-labelledby="contacts-heading">
                    <h2 id="contacts-heading">"Komu zavolat"</h2>
                    <ResultList items=contacts />
                </section>
            })}

            {(!print).then(|| view! {
                <form class="filters narrow" method="get" action=crate::embed::within(&here)>
                    <crate::embed::KeepColours />
                    <label for="outcome-municipality">"Kde bydlíte? Ukážeme pomoc ve vaší obci."</label>
                    <div class="search-row">
                        <select id="outcome-municipality" name="obec">
                            <option value="" selected=selected.is_none()>"Vyberte obec"</option>
                            {municipalities
                                .into_iter()
                                .map(|m| {
                                    let is = selected == Some(m.code);
                                    view! { <option value=m.code.to_string() selected=is>{m.name}</option> }
                                })
                                .collect_view()}
                        </select>
                        <button type="submit">"Ukázat"</button>
                    </div>
                </form>
            })}

            {(!nearby.is_empty()).then(|| view! {
                <section aria-labelledby="nearby-heading">
                    <h2 id="nearby-heading">
                        {match place { Some(p) => format!("Další pomoc pro obec {p}"), None => "Další pomoc v okolí".to_owned() }}
                    </h2>
                    <ResultList items=nearby />
                </section>
            })}

            {(!bring.is_empty()).then(|| view! {
                <section aria-labelledby="bring-heading">
                    <h2 id="bring-heading">"Co si vzít s sebou"</h2>
                    <ul>{bring.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
                </section>
            })}

            {(!faq.is_empty()).then(|| view! {
                <section aria-labelledby="read-heading">
                    <h2 id="read-heading">"Přečtěte si také"</h2>
                    <ul class="link-list">
                        {faq.into_iter().map(|f| view! { <li><a href=format!("/dotazy/{}", f.slug) target=crate::embed::new_tab()>{f.question}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}

            <section class="share" aria-labelledby="share-heading">
                <h2 id="share-heading">{if print { "Tuto stránku najdete na" } else { "Pro sociální pracovníky a pro vás" }}</h2>
                <p><a href=short_link.clone() target=crate::embed::new_tab()>{short_link.clone()}</a></p>
                <div class="qr" inner_html=qr></div>
                {(!print).then(|| view! {
                    <p><a class="button" href=print_href.clone() target=crate::embed::new_tab()>"Verze k tisku"</a></p>
                    <p class="muted">"Odkaz i QR kód vedou zpět na tento výsledek. Nic o vás neukládáme."</p>
                })}
                {print.then(|| view! {
                    <p class="no-print"><a href=here.clone()>"Zpět na výsledek"</a>" · Vytiskněte stránku tiskem prohlížeče (Ctrl+P)."</p>
                })}
            </section>
        </article>
    }
}
