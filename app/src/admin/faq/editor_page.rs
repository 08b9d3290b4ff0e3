//! `/sprava/dotazy/{id}` and `/sprava/novy-dotaz`: a question, its Markdown answer (rendered to
//! safe HTML on the public page), the audiences and topics it is filed under, draft or published.

use super::api::{load_faq_editor, save_faq};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{PublishedChoice, heading_and_action, record_form_page};
use crate::admin::translation::{TranslationFieldset, label};
use domain::Lang;
use domain::admin::faq_edit::{ANSWER_MAX, QUESTION_MAX, translated_fields};
use domain::admin::views::FaqEditor;
use leptos::prelude::*;

#[component]
pub fn FaqEditorPage() -> impl IntoView {
    record_form_page(
        true,
        load_faq_editor,
        save_faq,
        |page| view! { <EditorView page /> },
    )
}

#[component]
pub fn NewFaqPage() -> impl IntoView {
    record_form_page(
        false,
        load_faq_editor,
        save_faq,
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
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let audiences = audiences
        .into_iter()
        .map(|a| (a.slug.as_str().to_owned(), a.name))
        .collect();
    let topics = topics
        .into_iter()
        .map(|t| (t.slug.as_str().to_owned(), t.name))
        .collect();
    let intro = slug.map(|slug| {
        view! {
            <p>"Veřejná adresa: " <a href=format!("/dotazy/{slug}")>{format!("/dotazy/{slug}")}</a>
               " (koncept se veřejně nezobrazí)"</p>
        }
        .into_any()
    });
    let translations = Lang::TRANSLATED
        .into_iter()
        .map(|lang| {
            let (question_field, answer_field) = translated_fields(lang);
            let (question, answer) = form.translated(lang);
            let (question, answer) = (question.to_owned(), answer.to_owned());
            let f = f.clone();
            view! {
                <TranslationFieldset lang>
                    {f.text(&question_field, &label(lang, "Otázka"), question.clone(), QUESTION_MAX, "")}
                    {f.area(&answer_field, &label(lang, "Odpověď"), answer.clone(), 8, "Markdown jako česky.")}
                </TranslationFieldset>
            }
        })
        .collect_view();
    view! {
        <RecordEditor page_title=format!("Úprava: {title}") heading=title back=("/sprava/dotazy", "Dotazy")
            action frame intro>
                {f.text("question", "Otázka", form.question, QUESTION_MAX, "")}
                {f.area("answer", "Odpověď", form.answer, 12, "Markdown: **tučně**, odrážky začínají pomlčkou, odkaz [text](https://…). HTML se nezobrazí.")}
                <p class="muted hint">{format!("Nejvýše {ANSWER_MAX} znaků.")}</p>
                {translations}
                {f.checkboxes("audiences", "Pro koho (nic nezaškrtnuto = pro všechny)", &form.audiences, audiences)}
                {f.checkboxes("topics", "Témata", &form.topics, topics)}
                <PublishedChoice published=form.published />
        </RecordEditor>
    }
}
