//! The frame every record editor shares: the title, the way back to the record's list, the
//! heading, the status of the last save, the form with its token and one-time key around the
//! editor's own fields, and the record's history once it exists.

use super::audit_log::AuditLog;
use super::form::{AdminNav, CsrfField, Fields, FormStatus, OnceField};
use domain::admin::FieldErrors;
use domain::admin::audit::AuditEntry;
use domain::admin::views::Editor;
use leptos::prelude::*;
use leptos_meta::Title;

/// What the frame shows of an [`Editor`], its form taken out for the fields.
pub struct Frame {
    errors: FieldErrors,
    saved: bool,
    csrf: String,
    once: String,
    /// The history of a stored record; `None` before it exists.
    audit: Option<Vec<AuditEntry>>,
}

impl Frame {
    /// The editor's form, and the rest for the frame.
    pub fn of<F>(editor: Editor<F>) -> (F, Frame) {
        let frame = Frame {
            errors: editor.errors,
            saved: editor.saved,
            csrf: editor.csrf,
            once: editor.once,
            audit: editor.id.map(|_| editor.audit),
        };
        (editor.form, frame)
    }

    /// The inputs of the form, each with its error.
    pub fn fields(&self) -> Fields {
        Fields::new(self.errors.clone())
    }
}

/// One record's editor page. `children` are the form's fields; `intro` sits under the heading,
/// `notices` between the save status and the form, `after` between the form and the history;
/// `submit` replaces the one "Uložit" button.
#[component]
pub fn RecordEditor(
    /// The document's title.
    page_title: String,
    heading: String,
    /// The list of such records: its path and its name.
    back: (&'static str, &'static str),
    /// Where the form posts.
    action: String,
    frame: Frame,
    children: Children,
    #[prop(optional_no_strip, into)] intro: Option<AnyView>,
    #[prop(optional_no_strip, into)] notices: Option<AnyView>,
    #[prop(optional_no_strip, into)] after: Option<AnyView>,
    #[prop(optional_no_strip, into)] submit: Option<AnyView>,
) -> impl IntoView {
    let (list, list_name) = back;
    let submit = submit.unwrap_or_else(|| {
        view! { <button type="submit" class="button">"Uložit"</button> }.into_any()
    });
    view! {
        <Title text=page_title />
        <section class="admin" aria-labelledby="editor-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href=list>{list_name}</a></p>
            <h1 id="editor-heading">{heading}</h1>
            {intro}
            <FormStatus errors=frame.errors saved=frame.saved />
            {notices}
            <form method="post" action=action class="stack editor">
                <CsrfField token=frame.csrf />
                <OnceField once=frame.once />
                {children()}
                {submit}
            </form>
            {after}
            {frame.audit.map(|entries| view! { <AuditLog entries /> })}
        </section>
    }
}
