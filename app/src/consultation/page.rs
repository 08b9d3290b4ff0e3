//! `/plan/pripominky/{slug}`: a draft section by section, the comment form while the period is
//! open (`?cast=` picks the section), and the settled list: each comment with how it was handled
//! and why.

use super::api::{DraftView, load_draft, send_comment};
use crate::admin::{CsrfField, FieldError, posted};
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::consultation::Phase;
use domain::consultation::comment::{AUTHOR_MAX, CommentForm, CommentState, TEXT_MAX};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let submitted = posted::<CommentForm>();
    loaded(
        move || {
            let query = query.read();
            (
                params.read().get("id").unwrap_or_default(),
                query.get("cast").unwrap_or_default(),
                query.get("odeslano").is_some(),
            )
        },
        move |(slug, section, sent)| {
            let submitted = submitted.clone();
            async move {
                match submitted {
                    Some(form) => send_comment(slug, form?).await,
                    None => load_draft(slug, section, sent).await,
                }
            }
        },
        |page| view! { <DraftBody page /> },
    )
}

#[component]
fn DraftBody(page: DraftView) -> impl IntoView {
    let DraftView {
        consultation,
        sections_html,
        phase,
        settled,
        form,
        errors,
        error,
        sent,
        csrf,
    } = page;
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    let base = i18n.href(&format!("/plan/pripominky/{}", consultation.slug));
    let open = phase == Phase::Open;
    let section_title = {
        let sections = consultation.sections.clone();
        move |anchor: &str| {
            sections
                .iter()
                .find(|s| s.anchor == anchor)
                .map_or_else(|| anchor.to_owned(), |s| s.title.clone())
        }
    };
    let sections = consultation
        .sections
        .iter()
        .zip(sections_html)
        .map(|(s, html)| {
            let heading = format!("{}-nadpis", s.anchor);
            let labelled_by = heading.clone();
            view! {
                <section class="draft-section" id=s.anchor.clone() aria-labelledby=labelled_by>
                    <h2 id=heading lang=czech>{s.title.clone()}</h2>
                    <div class="prose" inner_html=html lang=czech></div>
                    {open.then(|| view! {
                        <p><a href=format!("{base}?cast={}#pripominka", s.anchor)>
                            {i18n.t_with("consultation-comment-on", &[("section", s.title.clone().into())])}
                        </a></p>
                    })}
                </section>
            }
        })
        .collect_view();
    let settled_rows = settled
        .into_iter()
        .filter_map(|c| match c.state {
            CommentState::Settled { outcome, response } => Some(view! {
                <tr>
                    <td lang=czech>{section_title(&c.section)}</td>
                    <td class="pre">{c.text}{c.author.map(|a| view! { <br /><span class="muted">{a}</span> })}</td>
                    <td>{i18n.t(super::outcome_key(outcome))}</td>
                    <td class="pre" lang=czech>{response}</td>
                </tr>
            }),
            _ => None,
        })
        .collect::<Vec<_>>();
    let (error_in_form, error_alone) = if open { (error, None) } else { (None, error) };
    let text_bad = errors.get("text").map(|_| "true");
    let section_bad = errors.get("section").map(|_| "true");
    view! {
        <Title text=consultation.title.clone() />
        <Meta name="description" content=consultation.intro.clone() />
        <article class="plan consultation" aria-labelledby="draft-heading">
            <p class="breadcrumbs"><a href=i18n.href("/plan/pripominky")>{i18n.t("consultations-title")}</a></p>
            <h1 id="draft-heading" lang=czech>{consultation.title.clone()}</h1>
            {czech.map(|_| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
            <p class="lead" lang=czech>{consultation.intro.clone()}</p>
            <p class=format!("phase phase-{}", if open { "open" } else { "other" })>
                {i18n.t_with("consultation-when", &[
                    ("from", i18n.date(&consultation.opens_on).into()),
                    ("to", i18n.date(&consultation.closes_on).into()),
                    ("phase", i18n.t(super::phase_key(phase)).into()),
                ])}
            </p>
            {sent.then(|| view! {
                <div class="notice" role="status" id="odeslano">
                    <p><strong>{i18n.t("consultation-thanks")}</strong></p>
                    <p>{i18n.t("consultation-thanks-next")}</p>
                </div>
            })}
            {sections}
            {open.then(|| view! {
                <section class="comment-form" id="pripominka" aria-labelledby="comment-heading">
                    <h2 id="comment-heading">{i18n.t("consultation-form")}</h2>
                    {error_in_form.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <form method="post" action=base.clone() class="stack">
                        <CsrfField token=csrf />
                        <label for="section">{i18n.t("consultation-section")}</label>
                        <select id="section" name="section" required aria-invalid=section_bad
                            aria-describedby=section_bad.map(|_| "section-error")>
                            {consultation.sections.iter().map(|s| {
                                let selected = s.anchor == form.section;
                                view! { <option value=s.anchor.clone() selected=selected>{s.title.clone()}</option> }
                            }).collect_view()}
                        </select>
                        <FieldError errors=errors.clone() field="section" />
                        <label for="text">{i18n.t("consultation-text")}</label>
                        <textarea id="text" name="text" rows="6" required maxlength=TEXT_MAX.to_string()
                            aria-invalid=text_bad aria-describedby=text_bad.map(|_| "text-error")>{crate::common::escaped_on_server(form.text)}</textarea>
                        <FieldError errors=errors.clone() field="text" />
                        <label for="author">{i18n.t("consultation-author")}</label>
                        <p class="muted hint" id="author-hint">{i18n.t("consultation-author-hint")}</p>
                        <input id="author" name="author" type="text" maxlength=AUTHOR_MAX.to_string() value=form.author
                            autocomplete="name" aria-describedby="author-hint" />
                        <FieldError errors field="author" />
                        <crate::common::Honeypot />
                        <button type="submit" class="button">{i18n.t("consultation-send")}</button>
                    </form>
                </section>
            })}
            {error_alone.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <section aria-labelledby="settled-heading">
                <h2 id="settled-heading">{i18n.t("consultation-settled")}</h2>
                {if settled_rows.is_empty() {
                    view! { <p>{i18n.t("consultation-none-settled")}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-label=i18n.t("consultation-settled-table")>
                            <table class="settled">
                                <caption>{i18n.t("consultation-settled-caption")}</caption>
                                <thead><tr>
                                    <th scope="col">{i18n.t("consultation-part")}</th><th scope="col">{i18n.t("consultation-comment")}</th>
                                    <th scope="col">{i18n.t("consultation-outcome")}</th><th scope="col">{i18n.t("consultation-reason")}</th>
                                </tr></thead>
                                <tbody>{settled_rows}</tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
        </article>
    }
}
