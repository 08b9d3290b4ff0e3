//! `/sprava/sluzby/{id}`: one service's form — contacts, hours, whom it serves, where (places and
//! the municipalities a field service reaches) — and its history. A failed save shows the form as
//! typed with each error next to its field; a good one redirects here with "Uloženo".

use super::api::{load_service_editor, save_service};
use super::places::{AreaChoice, PlaceRows};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{Choice, Fields, PublishedChoice, form_page};
use crate::common::route_id;
use domain::admin::date::czech_date;
use domain::admin::service_edit::{self, ServiceForm};
use domain::admin::views::ServiceEditor;
use domain::catalog::MunicipalityRef;
use domain::{DeliveryForm, ServiceLanguage, ServiceType, TargetGroup};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::Deserialize;

/// The editor's form as posted: the service's fields and the message it answers.
#[derive(Debug, Clone, Deserialize)]
struct ServicePost {
    #[serde(flatten)]
    form: ServiceForm,
    #[serde(default)]
    podnet: String,
}

fn message_id(raw: Option<String>) -> Option<i64> {
    raw?.parse().ok()
}

#[component]
pub fn ServiceEditorPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    form_page(
        move || {
            let q = query.read();
            (
                params.read().get("id"),
                q.get("ulozeno").is_some(),
                message_id(q.get("podnet")),
            )
        },
        |(id, saved, podnet)| async move { load_service_editor(route_id(id)?, saved, podnet).await },
        |(id, _, _), post: ServicePost| async move {
            save_service(route_id(id)?, post.form, message_id(Some(post.podnet))).await
        },
        |page| view! { <EditorView page /> },
    )
}

#[component]
fn EditorView(page: ServiceEditor) -> impl IntoView {
    let ServiceEditor {
        editor,
        organization,
        verified_at,
        verified_by,
        confirmations,
        suggestion,
        municipalities,
        register_ended,
    } = page;
    let id = editor.id.unwrap_or_default();
    let title = editor.form.name.clone();
    let verified = match (verified_at, verified_by) {
        (Some(at), Some(by)) => format!("Naposledy ověřeno {} ({by}).", czech_date(at)),
        _ => "Údaje zatím nikdo neověřil.".to_owned(),
    };
    let (form, frame) = Frame::of(editor);
    let fields = frame.fields();
    let intro = view! {
        <p>
            "Poskytovatel: " <a href=format!("/sprava/organizace/{}", organization.id)>{organization.name}</a>
            " · " <a href=format!("/sluzby/{id}")>"Veřejná stránka"</a>
        </p>
    };
    let notices = view! {
        {register_ended.map(|ended| view! {
            <aside class="notice" aria-label="Registr">
                <p>{format!("Registr poskytovatelů službu ukončil nebo ji už neuvádí ({ended}). Import ji proto nezveřejnil; pokud ji zveřejníte, import to nezmění.")}</p>
            </aside>
        })}
        {suggestion.as_ref().map(|s| view! {
            <aside class="suggestion" aria-label="Podnět od obyvatele">
                <h2>"Podnět od obyvatele"</h2>
                <p class="pre">{s.message.clone()}</p>
                <p class="muted">"Uložením úprav se podnět označí jako vyřízený."</p>
            </aside>
        })}
    };
    view! {
        <RecordEditor page_title=format!("Úprava: {title}") heading=title back=("/sprava/sluzby", "Služby")
            action=format!("/sprava/sluzby/{id}") frame intro=intro.into_any() notices=notices.into_any()>
            <input type="hidden" name="podnet" value=suggestion.map(|s| s.id.to_string()).unwrap_or_default() />
            <ServiceFields form fields municipalities />
            <fieldset>
                <legend>"Ověření"</legend>
                <p class="muted">{verified}</p>
                {(!confirmations.is_empty()).then(|| view! {
                    <ul class="muted">
                        {confirmations.into_iter().take(10).map(|c| view! {
                            <li>{format!("{}: {} ({})", czech_date(c.at), c.source.label(), c.by)}</li>
                        }).collect_view()}
                    </ul>
                })}
                <label><input type="checkbox" name="verified" value="on" />" Údaje jsem dnes ověřil(a) u poskytovatele"</label>
            </fieldset>
        </RecordEditor>
    }
}

fn code_list<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| (slug(*v).to_owned(), label(*v).to_owned()))
        .collect()
}

#[component]
fn ServiceFields(
    form: ServiceForm,
    fields: Fields,
    municipalities: Vec<MunicipalityRef>,
) -> impl IntoView {
    let f = &fields;
    let contacts = form.contacts;
    let types = code_list(ServiceType::ALL, ServiceType::slug, ServiceType::label);
    let groups = code_list(TargetGroup::ALL, TargetGroup::slug, TargetGroup::label);
    let forms = code_list(DeliveryForm::ALL, DeliveryForm::slug, DeliveryForm::label);
    let languages = code_list(
        ServiceLanguage::ALL,
        ServiceLanguage::slug,
        ServiceLanguage::label,
    );
    view! {
        <h2>"Základní údaje"</h2>
        {f.text("name", "Název služby", form.name, service_edit::NAME_MAX, "")}
        {f.select("service_type", "Druh služby podle zákona", form.service_type, "— neuveden —", types)}
        {f.area("description", "Popis", form.description, 8, "Odstavce oddělte prázdným řádkem.")}
        {f.text("keywords", "Klíčová slova pro vyhledávání", form.keywords, service_edit::KEYWORDS_MAX, "")}
        {f.checkboxes("target_groups", "Komu je služba určena", &form.target_groups, groups)}
        {f.checkboxes("forms", "Forma poskytování", &form.forms, forms)}
        {f.checkboxes("languages", "Jazyky, ve kterých pracovníci s klienty mluví (bez tlumočníka)", &form.languages, languages)}
        <h2>"Kontakty"</h2>
        {f.area("phones", "Telefony", contacts.phones, 3, "Každé číslo na samostatný řádek, např. 382 123 456.")}
        {f.area("emails", "E-maily", contacts.emails, 2, "Každou adresu na samostatný řádek.")}
        {f.text("web", "Web", contacts.web, domain::admin::contacts::WEB_MAX, "")}
        {f.text("hours", "Provozní doba", form.hours, service_edit::HOURS_MAX, "Např. Po–Pá 8:00–16:00; St 8:00–18:00, nebo nonstop.")}
        {f.text("cost", "Úhrada", form.cost, service_edit::NOTE_MAX, "")}
        {f.text("contact_note", "Poznámka ke kontaktu", form.contact_note, service_edit::NOTE_MAX, "")}
        <h2>"Kde"</h2>
        <PlaceRows
            fields=fields.clone()
            names=form.loc_name
            streets=form.loc_street
            places=form.loc_municipality
            postcodes=form.loc_postcode
            hours=form.loc_hours
            municipalities=municipalities.clone()
        />
        <AreaChoice fields=fields.clone() selected=form.area municipalities />
        <PublishedChoice published=form.published />
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::ServicePost;

    #[test]
    fn the_editor_reads_a_post_as_a_browser_sends_it() {
        let body = "csrf=t&name=Poradna&phones=382+123+456&target_groups=seniori\
                    &forms=ambulantni&forms=terenni&languages=cs&languages=uk&area=549240&loc_name=&loc_street=N%C3%A1dra%C5%BEn%C3%AD+1\
                    &loc_municipality=549240&loc_postcode=&loc_hours=&loc_name=&loc_street=\
                    &loc_municipality=&loc_postcode=&loc_hours=&published=true&verified=on&podnet=7";
        let post: ServicePost = serde_html_form::from_str(body).unwrap();
        assert_eq!(post.form.forms, ["ambulantni", "terenni"]);
        assert_eq!(post.form.languages, ["cs", "uk"]);
        assert_eq!(post.form.target_groups, ["seniori"]);
        assert_eq!(post.form.loc_municipality, ["549240", ""]);
        assert_eq!(post.form.contacts.phones, "382 123 456");
        assert!(post.form.published && post.form.verified);
        assert_eq!(post.podnet, "7");
    }
}
