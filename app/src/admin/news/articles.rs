//! `/sprava/novinky`, `/sprava/novinky/{id}`, `/sprava/nova-novinka`: articles with their
//! Markdown text, audiences and an uploaded image with its description.

use super::api::{ArticleEditor, load_article_editor, load_article_list, save_article};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{AdminNav, heading_and_action, record_form_page};
use crate::common::loaded;
use domain::admin::news_edit::{ALT_MAX, NewsRow, SUMMARY_MAX, TITLE_MAX};
use domain::news::date_label;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ArticleListPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_article_list(),
        |rows: Vec<NewsRow>| {
            view! {
                <NewsList rows title="Novinky" base="/sprava/novinky" new=("/sprava/nova-novinka", "Napsat novinku") public="/novinky" />
            }
        },
    )
}

/// The list of articles or of events: title, day, public address.
#[component]
pub fn NewsList(
    rows: Vec<NewsRow>,
    title: &'static str,
    base: &'static str,
    new: (&'static str, &'static str),
    public: &'static str,
) -> impl IntoView {
    view! {
        <Title text=format!("{title} – správa") />
        <section class="admin" aria-labelledby="news-heading">
            <AdminNav />
            <h1 id="news-heading">{title}</h1>
            <p><a class="button" href=new.0>{new.1}</a></p>
            <table class="admin-table">
                <thead><tr><th scope="col">"Název"</th><th scope="col">"Datum"</th><th scope="col">"Adresa"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <td><a href=format!("{base}/{}", row.id)>{row.title}</a></td>
                            <td>{date_label(row.when.get(..10).unwrap_or(&row.when))}</td>
                            <td>{format!("{public}/{}", row.slug)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
pub fn ArticleEditorPage() -> impl IntoView {
    record_form_page(
        true,
        load_article_editor,
        save_article,
        |page| view! { <ArticleEditorView page /> },
    )
}

#[component]
pub fn NewArticlePage() -> impl IntoView {
    record_form_page(
        false,
        load_article_editor,
        save_article,
        |page| view! { <ArticleEditorView page /> },
    )
}

#[component]
fn ArticleEditorView(page: ArticleEditor) -> impl IntoView {
    let ArticleEditor {
        editor,
        slug,
        audiences,
        images,
    } = page;
    let (title, action) = heading_and_action(
        editor.id,
        &editor.form.title,
        "/sprava/novinky",
        ("Nová novinka", "/sprava/nova-novinka"),
    );
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let audiences = audiences
        .into_iter()
        .map(|a| (a.slug.as_str().to_owned(), a.name))
        .collect();
    let images = images
        .into_iter()
        .map(|i| {
            (
                i.name.clone(),
                format!(
                    "{} ({}×{} px, nahrál(a) {})",
                    i.name, i.width, i.height, i.uploaded_by
                ),
            )
        })
        .collect();
    let intro = slug.map(|slug| public_address(&format!("/novinky/{slug}")));
    view! {
        <RecordEditor page_title=format!("Úprava: {title}") heading=title back=("/sprava/novinky", "Novinky")
            action frame intro>
                {f.text("title", "Název", form.title, TITLE_MAX, "")}
                {f.date("published_on", "Datum zveřejnění", form.published_on)}
                {f.area("summary", "Shrnutí", form.summary, 3, &format!("Jedna nebo dvě věty pro seznam a kanál novinek; nejvýše {SUMMARY_MAX} znaků."))}
                {f.area("body", "Text", form.body, 12, "Markdown: **tučně**, odrážky začínají pomlčkou, odkaz [text](https://…). HTML se nezobrazí.")}
                {f.select("image", "Obrázek", form.image, "– bez obrázku –", images)}
                <p class="muted hint"><a href="/sprava/obrazky">"Nahrát nový obrázek"</a></p>
                {f.text("image_alt", "Popis obrázku pro nevidomé", form.image_alt, ALT_MAX, "Co je na obrázku vidět; povinné, je-li obrázek vybrán.")}
                {f.checkboxes("audiences", "Pro koho (nic nezaškrtnuto = pro všechny)", &form.audiences, audiences)}
        </RecordEditor>
    }
}

/// Where residents find the record.
pub(super) fn public_address(path: &str) -> AnyView {
    view! { <p>"Veřejná adresa: " <a href=path.to_owned()>{path.to_owned()}</a></p> }.into_any()
}
