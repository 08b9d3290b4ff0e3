//! `/sprava/dotazy/{id}` and `/sprava/novy-dotaz`: a question, its Markdown answer (rendered to
//! safe HTML on the public page), the audiences and topics it is filed under, draft or published.

use super::api::{load_faq_editor, save_faq};
use crate::admin::audit_log::AuditLog;
use crate::admin::form::{
    AdminNav, Created, CsrfField, Fields, FormStatus, OnceField, PublishedChoice, form_page,
    heading_and_action, record_key,
};
use crate::common::route_id;
use domain::admin::faq_edit::{ANSWER_MAX, FaqForm, QUESTION_MAX};
use domain::admin::views::FaqEditor;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn FaqEditorPage() -> impl IntoView {
    form_page(
        record_key("id"),
        |(id, saved)| async move { load_faq_editor(Some(route_id(id)?), saved).await },
        |(id, _), form: FaqForm| async move { save_faq(Some(route_id(id)?), form, String::new()).await },
        |page| view! { <EditorView page /> },
    )
}

#[component]
pub fn NewFaqPage() -> impl IntoView {
    form_page(
        || (),
        |()| load_faq_editor(None, false),
        |(), post: Created<FaqForm>| save_faq(None, post.form, post.once),
        |page| view! { <EditorView page /> },
    )
}

#[component]
fn EditorView(page: FaqEditor) -> impl IntoView {
    let FaqEditor {
        editor,
        slug,
        audiences,
        topics,
    } = page;
    let (title, action) = heading_and_action(
        editor.id,
        &editor.form.question,
        "/sprava/dotazy",
        ("Nový dotaz", "/sprava/novy-dotaz"),
    );
    let f = Fields::new(editor.errors.clone());
    let form = editor.form;
    let audiences = audiences
        .into_iter()
        .map(|a| (a.slug.as_str().to_owned(), a.name))
        .collect();
    let topics = topics
        .into_iter()
        .map(|t| (t.slug.as_str().to_owned(), t.name))
        .collect();
    view! {
        <Title text=format!("Úprava: {title}") />
        <section class="admin" aria-labelledby="editor-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href="/sprava/dotazy">"Dotazy"</a></p>
            <h1 id="editor-heading">{title}</h1>
            {slug.map(|slug| view! {
                <p>"Veřejná adresa: " <a href=format!("/dotazy/{slug}")>{format!("/dotazy/{slug}")}</a>
                   " (koncept se veřejně nezobrazí)"</p>
            })}
            <FormStatus errors=editor.errors saved=editor.saved />
            <form method="post" action=action class="stack editor">
                <CsrfField token=editor.csrf />
                <OnceField once=editor.once />
                {f.text("question", "Otázka", form.question, QUESTION_MAX, "")}
                {f.area("answer", "Odpověď", form.answer, 12, "Markdown: **tučně**, odrážky začínají pomlčkou, odkaz [text](https://…). HTML se nezobrazí.")}
                <p class="muted hint">{format!("Nejvýše {ANSWER_MAX} znaků.")}</p>
                {f.checkboxes("audiences", "Pro koho (nic nezaškrtnuto = pro všechny)", &form.audiences, audiences)}
                {f.checkboxes("topics", "Témata", &form.topics, topics)}
                <PublishedChoice published=form.published />
                <button type="submit" class="button">"Uložit"</button>
            </form>
            {editor.id.map(|_| view! { <AuditLog entries=editor.audit /> })}
        </section>
    }
}
