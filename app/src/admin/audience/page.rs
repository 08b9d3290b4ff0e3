//! `/sprava/skupiny` and `/sprava/skupiny/{slug}`: the groups residents choose from ("senioři",
//! "rodiny s dětmi"...), how each is named and described, and which of the law's target groups it
//! stands for — which services the whole site shows once a resident picks it.

use super::api::{load_audience_editor, load_audience_list, save_audience};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{AdminNav, form_page, record_key};
use crate::admin::translation::{TranslationFieldset, label};
use crate::common::loaded;
use domain::Lang;
use domain::TargetGroup;
use domain::admin::audience_edit::{AudienceForm, translated_fields};
use domain::admin::views::{AudienceEditor, AudienceList};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AudienceListPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_audience_list(),
        |list: AudienceList| {
            view! {
                <Title text="Skupiny – správa" />
                <section class="admin" aria-labelledby="audiences-heading">
                    <AdminNav />
                    <h1 id="audiences-heading">"Skupiny obyvatel"</h1>
                    <p class="muted">"Skupinu si obyvatel vybere na úvodní stránce; web pak ukazuje služby pro její cílové skupiny."</p>
                    <ul>
                        {list.audiences.into_iter().map(|a| view! {
                            <li><a href=format!("/sprava/skupiny/{}", a.slug)>{a.name}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        },
    )
}

#[component]
pub fn AudienceEditorPage() -> impl IntoView {
    form_page(
        record_key("slug"),
        |(slug, saved)| load_audience_editor(slug.unwrap_or_default(), saved),
        |(slug, _), form: AudienceForm| save_audience(slug.unwrap_or_default(), form),
        |page| view! { <EditorView page /> },
    )
}

#[component]
fn EditorView(page: AudienceEditor) -> impl IntoView {
    let AudienceEditor { editor, slug } = page;
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let groups = TargetGroup::ALL
        .iter()
        .map(|g| (g.slug().to_owned(), g.label().to_owned()))
        .collect();
    let intro =
        view! { <p><a href=format!("/sluzby?skupina={slug}")>"Co skupina na webu vidí"</a></p> };
    let translations = Lang::TRANSLATED
        .into_iter()
        .map(|lang| {
            let (name_field, description_field) = translated_fields(lang);
            let (name, description) = form.translated(lang);
            let (name, description) = (name.to_owned(), description.to_owned());
            let f = f.clone();
            view! {
                <TranslationFieldset lang>
                    {f.text(&name_field, &label(lang, "Název"), name.clone(), 80, "")}
                    {f.area(&description_field, &label(lang, "Popis"), description.clone(), 3, "")}
                </TranslationFieldset>
            }
        })
        .collect_view();
    view! {
        <RecordEditor page_title=format!("Úprava: {}", form.name) heading=form.name.clone()
            back=("/sprava/skupiny", "Skupiny") action=format!("/sprava/skupiny/{slug}") frame
            intro=intro.into_any()>
            {f.text("name", "Název", form.name, 80, "")}
            {f.area("description", "Popis", form.description, 3, "")}
            {translations}
            {f.checkboxes("target_groups", "Cílové skupiny podle registru", &form.target_groups, groups)}
        </RecordEditor>
    }
}
