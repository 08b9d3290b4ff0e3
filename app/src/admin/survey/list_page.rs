//! `/sprava/ankety`: the surveys with their responses, and the form that makes a new one.

use super::api::{AdminSurveys, create_survey, load_admin_surveys};
use crate::admin::form::{AdminNav, Created, CsrfField, Fields, FormStatus, OnceField, form_page};
use domain::survey::builder::{INTRO_MAX, SurveyForm, TITLE_MAX};
use leptos::prelude::*;
use leptos_meta::Title;

const QUESTIONS_HINT: &str = "Jedna otázka na řádek, nejdřív její druh a dvojtečka, možnosti oddělte svislítkem |. \
    Například: „jedna: Jak často? | týdně | občas | nikdy“, „více: Co znáte? | poradna | noclehárna“, \
    „škála: Jak jste spokojeni? | 1 | 5“, „text: Co vám chybí?“.";

#[component]
pub fn SurveysPage() -> impl IntoView {
    form_page(
        || (),
        |()| load_admin_surveys(),
        |(), post: Created<SurveyForm>| create_survey(post.form, post.once),
        |page| view! { <ListView page /> },
    )
}

#[component]
fn ListView(page: AdminSurveys) -> impl IntoView {
    let AdminSurveys { rows, editor } = page;
    let f = Fields::new(editor.errors.clone());
    let form = editor.form;
    view! {
        <Title text="Ankety – správa" />
        <section class="admin" aria-labelledby="surveys-heading">
            <AdminNav />
            <h1 id="surveys-heading">"Ankety"</h1>
            <table class="admin-table">
                <thead><tr><th scope="col">"Anketa"</th><th scope="col">"Stav"</th><th scope="col">"Odpovědí"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <td><a href=format!("/sprava/ankety/{}", r.id)>{r.title}</a></td>
                            <td>{if r.open { "otevřená" } else { "uzavřená" }}</td>
                            <td>{r.responses}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2 id="new-survey-heading">"Nová anketa"</h2>
            <FormStatus errors=editor.errors saved=false />
            <form method="post" action="/sprava/ankety" class="stack editor" aria-labelledby="new-survey-heading">
                <CsrfField token=editor.csrf />
                <OnceField once=editor.once />
                {f.text("title", "Název ankety", form.title, TITLE_MAX, "")}
                {f.area("intro", "Úvod", form.intro, 3, &format!("K čemu anketa je a jak dlouho zabere; nejvýše {INTRO_MAX} znaků."))}
                {f.area("questions", "Otázky", form.questions, 10, QUESTIONS_HINT)}
                <button type="submit" class="button">"Vytvořit a otevřít anketu"</button>
            </form>
        </section>
    }
}
