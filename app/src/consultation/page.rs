//! `/plan/pripominky/{slug}`: a draft section by section, the comment form while the period is
//! open (`?cast=` picks the section), and the settled list: each comment with how it was handled
//! and why.

use super::api::{DraftView, load_draft, send_comment};
use crate::admin::{CsrfField, FieldError, posted};
use crate::common::loaded;
use domain::consultation::Phase;
use domain::consultation::comment::{AUTHOR_MAX, CommentForm, CommentState, TEXT_MAX};
use domain::news::date_label;
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
    let base = format!("/plan/pripominky/{}", consultation.slug);
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
                    <h2 id=heading>{s.title.clone()}</h2>
                    <div class="prose" inner_html=html></div>
                    {open.then(|| view! {
                        <p><a href=format!("{base}?cast={}#pripominka", s.anchor)>
                            {format!("Připomínkovat část „{}“", s.title)}
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
                    <td>{section_title(&c.section)}</td>
                    <td class="pre">{c.text}{c.author.map(|a| view! { <br /><span class="muted">{a}</span> })}</td>
                    <td>{outcome.label()}</td>
                    <td class="pre">{response}</td>
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
            <p class="breadcrumbs"><a href="/plan/pripominky">"Připomínky veřejnosti"</a></p>
            <h1 id="draft-heading">{consultation.title.clone()}</h1>
            <p class="lead">{consultation.intro.clone()}</p>
            <p class=format!("phase phase-{}", if open { "open" } else { "other" })>
                {format!("Připomínky: {} až {} ({})", date_label(&consultation.opens_on), date_label(&consultation.closes_on), phase.label())}
            </p>
            {sent.then(|| view! {
                <div class="notice" role="status" id="odeslano">
                    <p><strong>"Děkujeme, připomínku jsme přijali."</strong></p>
                    <p>"Po skončení připomínek ji pracovní skupina vypořádá a zveřejníme ji zde i s tím, jak jsme s ní naložili."</p>
                </div>
            })}
            {sections}
            {open.then(|| view! {
                <section class="comment-form" id="pripominka" aria-labelledby="comment-heading">
                    <h2 id="comment-heading">"Podat připomínku"</h2>
                    {error_in_form.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <form method="post" action=base.clone() class="stack">
                        <CsrfField token=csrf />
                        <label for="section">"Ke které části návrhu"</label>
                        <select id="section" name="section" required aria-invalid=section_bad
                            aria-describedby=section_bad.map(|_| "section-error")>
                            {consultation.sections.iter().map(|s| {
                                let selected = s.anchor == form.section;
                                view! { <option value=s.anchor.clone() selected=selected>{s.title.clone()}</option> }
                            }).collect_view()}
                        </select>
                        <FieldError errors=errors.clone() field="section" />
                        <label for="text">"Vaše připomínka"</label>
                        <textarea id="text" name="text" rows="6" required maxlength=TEXT_MAX.to_string()
                            aria-invalid=text_bad aria-describedby=text_bad.map(|_| "text-error")>{crate::common::escaped_on_server(form.text)}</textarea>
                        <FieldError errors=errors.clone() field="text" />
                        <label for="author">"Jméno nebo organizace (nepovinné)"</label>
                        <p class="muted hint" id="author-hint">"Zveřejní se u vypořádání připomínky. Nechcete-li, nechte pole prázdné."</p>
                        <input id="author" name="author" type="text" maxlength=AUTHOR_MAX.to_string() value=form.author
                            autocomplete="name" aria-describedby="author-hint" />
                        <FieldError errors field="author" />
                        <crate::common::Honeypot />
                        <button type="submit" class="button">"Odeslat připomínku"</button>
                    </form>
                </section>
            })}
            {error_alone.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <section aria-labelledby="settled-heading">
                <h2 id="settled-heading">"Vypořádání připomínek"</h2>
                {if settled_rows.is_empty() {
                    view! { <p>"Zatím nebyla vypořádána žádná připomínka."</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-label="Tabulka vypořádání připomínek">
                            <table class="settled">
                                <caption>"Jak jsme s připomínkami naložili"</caption>
                                <thead><tr>
                                    <th scope="col">"Část"</th><th scope="col">"Připomínka"</th>
                                    <th scope="col">"Vypořádání"</th><th scope="col">"Odůvodnění"</th>
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
