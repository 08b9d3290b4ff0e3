//! `/sprava/akce`, `/sprava/akce/{id}`, `/sprava/nova-akce`: events with their start and end in
//! Písek's local time, place, Markdown description and audiences.

use super::api::{EventEditor, load_event_editor, load_event_list, save_event};
use super::articles::{NewsList, public_address};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{heading_and_action, record_form_page};
use crate::common::loaded;
use domain::admin::news_edit::{NewsRow, PLACE_MAX, TITLE_MAX};
use leptos::prelude::*;

#[component]
pub fn EventListPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_event_list(),
        |rows: Vec<NewsRow>| {
            view! {
                <NewsList rows title="Akce" base="/sprava/akce" new=("/sprava/nova-akce", "Přidat akci") public="/akce" />
            }
        },
    )
}

#[component]
pub fn EventEditorPage() -> impl IntoView {
    record_form_page(
        true,
        load_event_editor,
        save_event,
        |page| view! { <EventEditorView page /> },
    )
}

#[component]
pub fn NewEventPage() -> impl IntoView {
    record_form_page(
        false,
        load_event_editor,
        save_event,
        |page| view! { <EventEditorView page /> },
    )
}

#[component]
fn EventEditorView(page: EventEditor) -> impl IntoView {
    let EventEditor {
        editor,
        slug,
        audiences,
    } = page;
    let (title, action) = heading_and_action(
        editor.id,
        &editor.form.title,
        "/sprava/akce",
        ("Nová akce", "/sprava/nova-akce"),
    );
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let audiences = audiences
        .into_iter()
        .map(|a| (a.slug.as_str().to_owned(), a.name))
        .collect();
    let intro = slug.map(|slug| public_address(&format!("/akce/{slug}")));
    view! {
        <RecordEditor page_title=format!("Úprava: {title}") heading=title back=("/sprava/akce", "Akce")
            action frame intro>
                {f.text("title", "Název", form.title, TITLE_MAX, "")}
                {f.date_time("starts", "Začátek", form.starts)}
                {f.date_time("ends", "Konec", form.ends)}
                {f.text("place", "Místo", form.place, PLACE_MAX, "Adresa a místnost, jak ji lidé najdou.")}
                {f.area("description", "Popis", form.description, 8, "Markdown. Nepovinné.")}
                {f.checkboxes("audiences", "Pro koho (nic nezaškrtnuto = pro všechny)", &form.audiences, audiences)}
        </RecordEditor>
    }
}
