//! `/sprava/pripominky`: every comment period with its waiting and settled comments, and the
//! form that puts a draft up for comments.

use super::api::{AdminConsultations, load_admin_consultations, open_comment_period};
use crate::admin::form::{AdminNav, Created, CsrfField, Fields, FormStatus, OnceField, form_page};
use domain::consultation::opening::{INTRO_MAX, OpeningForm, TITLE_MAX};
use domain::news::date_label;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ConsultationsPage() -> impl IntoView {
    form_page(
        || (),
        |()| load_admin_consultations(),
        |(), post: Created<OpeningForm>| open_comment_period(post.form, post.once),
        |page| view! { <ListView page /> },
    )
}

#[component]
fn ListView(page: AdminConsultations) -> impl IntoView {
    let AdminConsultations { rows, editor } = page;
    let f = Fields::new(editor.errors.clone());
    let form = editor.form;
    view! {
        <Title text="Připomínky – správa" />
        <section class="admin" aria-labelledby="consultations-heading">
            <AdminNav />
            <h1 id="consultations-heading">"Připomínky k návrhům"</h1>
            {if rows.is_empty() {
                view! { <p>"Zatím žádný návrh nebyl k připomínkám."</p> }.into_any()
            } else {
                view! {
                    <table class="admin-table">
                        <thead><tr>
                            <th scope="col">"Návrh"</th><th scope="col">"Období"</th>
                            <th scope="col">"Čeká"</th><th scope="col">"Vypořádáno"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr>
                                    <td><a href=format!("/sprava/pripominky/{}", r.id)>{r.title}</a></td>
                                    <td>{format!("{} – {}", date_label(&r.opens_on), date_label(&r.closes_on))}</td>
                                    <td>{r.waiting}</td>
                                    <td>{r.settled}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h2 id="open-heading">"Otevřít připomínky k návrhu"</h2>
            <FormStatus errors=editor.errors saved=false />
            <form method="post" action="/sprava/pripominky" class="stack editor" aria-labelledby="open-heading">
                <CsrfField token=editor.csrf />
                <OnceField once=editor.once />
                {f.text("title", "Název návrhu", form.title, TITLE_MAX, "")}
                {f.area("intro", "Úvod pro veřejnost", form.intro, 3, &format!("Co se připomínkuje a proč; nejvýše {INTRO_MAX} znaků."))}
                {f.area("draft", "Text návrhu", form.draft, 16, "Markdown. Každý nadpis „## “ začíná část, kterou lidé připomínkují.")}
                {f.date("opens_on", "Připomínky od", form.opens_on)}
                {f.date("closes_on", "Připomínky do (včetně)", form.closes_on)}
                <button type="submit" class="button">"Otevřít připomínky"</button>
            </form>
        </section>
    }
}
