//! `/sprava/organizace/{id}` and `/sprava/nova-organizace`: a provider's form (IČO checked by its
//! check digit, address, contacts), its services with a form to start a new one, and its history.

use super::api::{load_organization_editor, save_organization};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{Fields, heading_and_action, record_form_page};
use crate::admin::home_page::ServiceTable;
use crate::admin::service::StartServiceForm;
use domain::admin::organization_edit::OrganizationForm;
use domain::admin::service_edit::{NAME_MAX, NOTE_MAX, NewServiceForm};
use domain::admin::views::OrganizationEditor;
use domain::catalog::MunicipalityRef;
use leptos::prelude::*;

/// `/sprava/organizace/{id}`.
#[component]
pub fn OrganizationEditorPage() -> impl IntoView {
    record_form_page(
        true,
        load_organization_editor,
        save_organization,
        |page| view! { <EditorView page /> },
    )
}

#[component]
pub fn NewOrganizationPage() -> impl IntoView {
    record_form_page(
        false,
        load_organization_editor,
        save_organization,
        |page| view! { <EditorView page /> },
    )
}

#[component]
fn EditorView(page: OrganizationEditor) -> impl IntoView {
    let OrganizationEditor {
        editor,
        services,
        new_service_once,
        municipalities,
    } = page;
    let (title, action) = heading_and_action(
        editor.id,
        &editor.form.name,
        "/sprava/organizace",
        ("Nový poskytovatel", "/sprava/nova-organizace"),
    );
    let id = editor.id;
    let csrf = editor.csrf.clone();
    let (form, frame) = Frame::of(editor);
    let fields = frame.fields();
    let services = id.map(|id| {
        let start = NewServiceForm {
            organization: id.to_string(),
            service_name: String::new(),
        };
        view! {
            <section aria-labelledby="services-heading">
                <h2 id="services-heading">"Služby poskytovatele"</h2>
                <ServiceTable rows=services />
                <StartServiceForm csrf once=new_service_once form=start fields=Fields::new(Default::default()) />
            </section>
        }
        .into_any()
    });
    let intro = id.map(|id| {
        view! {
            <p>
                <a href=format!("/organizace/{id}")>"Veřejná stránka"</a>" · "
                <a href=format!("/sprava/organizace/{id}/kontakty")>"Kdo u poskytovatele udržuje údaje (pozvánky)"</a>
            </p>
        }
        .into_any()
    });
    view! {
        <RecordEditor page_title=format!("Úprava: {title}") heading=title
            back=("/sprava/organizace", "Poskytovatelé") action frame intro after=services>
            <OrganizationFields form fields municipalities />
        </RecordEditor>
    }
}

#[component]
fn OrganizationFields(
    form: OrganizationForm,
    fields: Fields,
    municipalities: Vec<MunicipalityRef>,
) -> impl IntoView {
    let f = fields;
    let contacts = form.contacts;
    let places = municipalities
        .into_iter()
        .map(|m| (m.code.number().to_string(), m.name))
        .collect();
    view! {
        {f.text("name", "Název", form.name, NAME_MAX, "")}
        {f.text("ico", "IČO", form.ico, 20, "8 číslic; kontroluje se kontrolní číslice.")}
        {f.text("legal_form", "Právní forma", form.legal_form, NAME_MAX, "Např. spolek, obecně prospěšná společnost.")}
        {f.area("description", "Popis", form.description, 6, "")}
        <h2>"Adresa"</h2>
        {f.text("street", "Ulice a číslo", form.street, NAME_MAX, "")}
        {f.select("municipality", "Obec", form.municipality, "— neuvedena —", places)}
        {f.text("postcode", "PSČ", form.postcode, 10, "")}
        <h2>"Kontakty"</h2>
        {f.area("phones", "Telefony", contacts.phones, 3, "Každé číslo na samostatný řádek.")}
        {f.area("emails", "E-maily", contacts.emails, 2, "Každou adresu na samostatný řádek.")}
        {f.text("web", "Web", contacts.web, domain::admin::contacts::WEB_MAX, "")}
        {f.text("contact_note", "Poznámka ke kontaktu", form.contact_note, NOTE_MAX, "")}
    }
}
