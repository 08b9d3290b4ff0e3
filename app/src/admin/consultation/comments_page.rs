//! `/sprava/pripominky/{id}`: a period's comments, waiting ones first. Each is settled with an
//! outcome and the reason the public reads beside it, or hidden (abuse, spam, personal data).

use super::api::{AdminComments, load_admin_comments, settle_comment};
use crate::admin::form::{AdminNav, CsrfField, FieldError, FormStatus, form_page, record_key};
use crate::common::route_id;
use domain::admin::FieldErrors;
use domain::admin::date::czech_date_time;
use domain::consultation::comment::{Comment, CommentState, Outcome, RESPONSE_MAX, SettleForm};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CommentsPage() -> impl IntoView {
    form_page(
        record_key("id"),
        |(id, saved)| async move { load_admin_comments(route_id(id)?, saved).await },
        |(id, _), form: SettleForm| async move { settle_comment(route_id(id)?, form).await },
        |page| view! { <CommentsView page /> },
    )
}

#[component]
fn CommentsView(page: AdminComments) -> impl IntoView {
    let AdminComments {
        consultation,
        mut comments,
        refused,
        errors,
        saved,
        csrf,
    } = page;
    comments.sort_by_key(|c| (c.state != CommentState::Waiting, c.id));
    let action = format!("/sprava/pripominky/{}", consultation.id);
    let titles: Vec<(String, String)> = consultation
        .sections
        .iter()
        .map(|s| (s.anchor.clone(), s.title.clone()))
        .collect();
    let waiting = comments
        .iter()
        .filter(|c| c.state == CommentState::Waiting)
        .count();
    view! {
        <Title text=format!("Připomínky: {}", consultation.title) />
        <section class="admin" aria-labelledby="comments-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href="/sprava/pripominky">"Připomínky"</a></p>
            <h1 id="comments-heading">{consultation.title.clone()}</h1>
            <p>"Veřejná stránka: " <a href=format!("/plan/pripominky/{}", consultation.slug)>{format!("/plan/pripominky/{}", consultation.slug)}</a></p>
            <FormStatus errors=errors.clone() saved />
            <p>{format!("Čeká na vypořádání: {waiting} z {}", comments.len())}</p>
            {if comments.is_empty() {
                view! { <p>"K návrhu zatím nepřišla žádná připomínka."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain feedback-list">
                        {comments.into_iter().map(|comment| {
                            let section = titles.iter().find(|(a, _)| *a == comment.section)
                                .map_or_else(|| comment.section.clone(), |(_, t)| t.clone());
                            let typed = refused.clone().filter(|r| r.id == comment.id);
                            view! {
                                <CommentItem comment section typed errors=errors.clone()
                                    action=action.clone() csrf=csrf.clone() />
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// One comment with its decision form: as typed when refused, else as settled so far.
#[component]
fn CommentItem(
    comment: Comment,
    section: String,
    typed: Option<SettleForm>,
    errors: FieldErrors,
    action: String,
    csrf: String,
) -> impl IntoView {
    let id = comment.id;
    let form = typed.unwrap_or_else(|| match &comment.state {
        CommentState::Settled { outcome, response } => SettleForm {
            id,
            outcome: outcome.slug().to_owned(),
            response: response.clone(),
        },
        CommentState::Hidden => SettleForm {
            id,
            outcome: "skryt".into(),
            response: String::new(),
        },
        CommentState::Waiting => SettleForm {
            id,
            ..SettleForm::default()
        },
    });
    let hidden = form.outcome == "skryt";
    let (outcome_field, response_field) = (format!("outcome-{id}"), format!("response-{id}"));
    let outcome_bad = errors.get(&outcome_field).map(|_| "true");
    let response_bad = errors.get(&response_field).map(|_| "true");
    view! {
        <li class="card" id=format!("pripominka-{id}")>
            <p class="muted">
                {czech_date_time(comment.created_at)} " · " {section}
                {comment.author.map(|a| format!(" · {a}"))}
                " · " <strong>{comment.state.label()}</strong>
            </p>
            <p class="pre">{comment.text}</p>
            <form method="post" action=action class="stack">
                <CsrfField token=csrf />
                <input type="hidden" name="id" value=id.to_string() />
                <label for=outcome_field.clone()>"Vypořádání"</label>
                <select id=outcome_field.clone() name="outcome" aria-invalid=outcome_bad
                    aria-describedby=outcome_bad.map(|_| format!("{outcome_field}-error"))>
                    <option value="" selected=form.outcome.is_empty()>"– vyberte –"</option>
                    {Outcome::ALL.into_iter().map(|o| {
                        let selected = o.slug() == form.outcome;
                        view! { <option value=o.slug() selected=selected>{o.label()}</option> }
                    }).collect_view()}
                    <option value="skryt" selected=hidden>"skrýt (urážka, spam, osobní údaje)"</option>
                </select>
                <FieldError errors=errors.clone() field=outcome_field />
                <label for=response_field.clone()>"Odůvodnění (zveřejní se)"</label>
                <textarea id=response_field.clone() name="response" rows="3" maxlength=RESPONSE_MAX.to_string()
                    aria-invalid=response_bad aria-describedby=response_bad.map(|_| format!("{response_field}-error"))>{crate::common::escaped_on_server(form.response)}</textarea>
                <FieldError errors field=response_field />
                <button type="submit" class="button">"Uložit vypořádání"</button>
            </form>
        </li>
    }
}
