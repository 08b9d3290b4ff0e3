//! `/sprava/pruvodce/{key}`: one step of the draft — a question with its answers (one row each,
//! and an empty row to add one), or an outcome with what to do, whom to call and what to bring.

use super::api::{load_wizard_step, save_wizard_step};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{FieldError, Fields, form_page, record_key};
use crate::admin::translation::{TranslationFieldset, label};
use domain::Lang;
use domain::admin::views::WizardStepEditor;
use domain::admin::wizard_edit::{
    HELP_MAX, NodeForm, QUESTION, TEXT_MAX, TranslationFields as Texts, answer_field,
    translation_field,
};
use leptos::prelude::*;
use serde::Deserialize;

/// The step's form, and whether its "Odebrat" button was the one pressed.
#[derive(Debug, Clone, Deserialize)]
struct StepPost {
    #[serde(flatten)]
    form: NodeForm,
    #[serde(default)]
    odebrat: String,
}

#[component]
pub fn WizardNodePage() -> impl IntoView {
    form_page(
        record_key("key"),
        |(key, saved)| load_wizard_step(key.unwrap_or_default(), saved),
        |(key, _), post: StepPost| {
            save_wizard_step(key.unwrap_or_default(), post.form, !post.odebrat.is_empty())
        },
        |page| view! { <StepView page /> },
    )
}

#[component]
fn StepView(page: WizardStepEditor) -> impl IntoView {
    let WizardStepEditor {
        editor,
        key,
        targets,
        is_root,
    } = page;
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let question = form.kind == QUESTION;
    let translations = Lang::TRANSLATED
        .into_iter()
        .map(|lang| {
            let texts = form.translation(lang);
            view! { <TranslationFields lang texts question fields=f.clone() /> }
        })
        .collect_view();
    let fields = if question {
        view! { <QuestionFields form fields=f targets /> }.into_any()
    } else {
        view! { <OutcomeFields form fields=f /> }.into_any()
    };
    let intro = view! {
        <p class="muted">"Změny se ukládají do konceptu; obyvatelé je uvidí po zveřejnění celého průvodce."</p>
    };
    let submit = view! {
        <div class="actions">
            <button type="submit" class="button">"Uložit do konceptu"</button>
            {(!is_root).then(|| view! {
                <button type="submit" name="odebrat" value="1" class="button secondary">"Odebrat krok"</button>
            })}
        </div>
    };
    view! {
        <RecordEditor page_title=format!("Krok {key} – průvodce") heading=format!("Krok „{key}“")
            back=("/sprava/pruvodce", "Průvodce") action=format!("/sprava/pruvodce/{key}") frame
            intro=intro.into_any() submit=submit.into_any()>
            {fields}
            {translations}
        </RecordEditor>
    }
}

#[component]
fn QuestionFields(form: NodeForm, fields: Fields, targets: Vec<(String, String)>) -> impl IntoView {
    let rows = form.ans_label.len() + 1;
    let cell = |column: &[String], i: usize| column.get(i).cloned().unwrap_or_default();
    view! {
        <input type="hidden" name="kind" value=QUESTION />
        {fields.text("text", "Otázka", form.text, TEXT_MAX, "")}
        {fields.area("help", "Nápověda pod otázkou (nepovinné)", form.help, 2, "")}
        {(0..rows).map(|i| {
            let row = answer_field(i);
            let chosen = cell(&form.ans_next, i);
            let (label_id, next_id) = (format!("ans_label-{i}"), format!("ans_next-{i}"));
            view! {
                <fieldset class="place" aria-describedby=fields.described(&row)>
                    <legend>{if i + 1 == rows { "Nová odpověď".to_owned() } else { format!("Odpověď {}", i + 1) }}</legend>
                    <FieldError errors=fields.errors() field=row.clone() />
                    <input type="hidden" name="ans_key" value=cell(&form.ans_key, i) />
                    <label for=label_id.clone()>"Text odpovědi"</label>
                    <input id=label_id name="ans_label" type="text" value=cell(&form.ans_label, i) maxlength=TEXT_MAX.to_string() />
                    <label for=next_id.clone()>"Vede na krok"</label>
                    <select id=next_id name="ans_next">
                        <option value="" selected=chosen.is_empty()>"— vyberte (prázdný řádek se nezapíše) —"</option>
                        {targets.iter().map(|(key, text)| {
                            let selected = *key == chosen;
                            view! { <option value=key.clone() selected=selected>{format!("{key}: {text}")}</option> }
                        }).collect_view()}
                    </select>
                </fieldset>
            }
        }).collect_view()}
    }
}

#[component]
fn OutcomeFields(form: NodeForm, fields: Fields) -> impl IntoView {
    let f = fields;
    view! {
        <input type="hidden" name="kind" value="vysledek" />
        {f.text("title", "Nadpis výsledku", form.title, TEXT_MAX, "")}
        {f.area("summary", "Shrnutí", form.summary, 3, "")}
        {f.area("now", "Co udělat hned", form.now, 5, "Každý krok na samostatný řádek.")}
        {f.area("contacts", "Koho kontaktovat (klíče služeb)", form.contacts, 3, "Klíč služby na řádek, nejdůležitější první.")}
        {f.text("search", "Další pomoc v katalogu (dotaz)", form.search, 500, "Např. druh=dluhove-poradenstvi; doplní se obec a skupina obyvatele.")}
        {f.area("bring", "Co si vzít s sebou", form.bring, 3, "Každou věc na samostatný řádek.")}
        {f.area("faq", "Související dotazy (adresy)", form.faq, 2, "Adresa dotazu na řádek, např. kde-pozadat-o-prispevek.")}
        <p class="muted hint">{format!("Shrnutí nejvýše {HELP_MAX} znaků.")}</p>
    }
}

/// The step in Ukrainian or English, beside its Czech: left empty, residents reading that
/// language see the Czech with a note.
#[component]
fn TranslationFields(lang: Lang, texts: Texts, question: bool, fields: Fields) -> impl IntoView {
    let name = |field| translation_field(lang, field);
    let f = fields;
    let inputs = if question {
        view! {
            {f.text(&name("text"), &label(lang, "Otázka"), texts.text, TEXT_MAX, "")}
            {f.area(&name("help"), &label(lang, "Nápověda"), texts.help, 2, "")}
            {f.area(&name("answers"), &label(lang, "Odpovědi"), texts.answers, 4, "Jedna na řádek, ve stejném pořadí jako česky.")}
        }
        .into_any()
    } else {
        view! {
            {f.text(&name("title"), &label(lang, "Nadpis"), texts.title, TEXT_MAX, "")}
            {f.area(&name("summary"), &label(lang, "Shrnutí"), texts.summary, 3, "")}
            {f.area(&name("now"), &label(lang, "Co udělat hned"), texts.now, 5, "Každý krok na samostatný řádek.")}
            {f.area(&name("bring"), &label(lang, "Co si vzít s sebou"), texts.bring, 3, "Každou věc na samostatný řádek.")}
        }
        .into_any()
    };
    view! { <TranslationFieldset lang>{inputs}</TranslationFieldset> }
}
