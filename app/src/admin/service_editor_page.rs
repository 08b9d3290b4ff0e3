//! `/sprava/sluzby/{id}`: one service's form and its history. A failed save shows the form as
//! typed with each error next to its field; a good one redirects here with "Uloženo".

use super::api::{load_service_editor, save_service};
use super::form::{AdminNav, CsrfField, FieldError, invalid, posted};
use crate::common::{loaded, route_id};
use domain::admin::FieldErrors;
use domain::admin::audit::AuditEntry;
use domain::admin::date::{czech_date, czech_date_time};
use domain::admin::service_edit::{self, ServiceForm};
use domain::admin::views::ServiceEditor;
use leptos::prelude::*;
use leptos_meta::Title;
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
    let submitted = posted::<ServicePost>();
    loaded(
        move || {
            let q = query.read();
            (
                params.read().get("id"),
                q.get("ulozeno").is_some(),
                message_id(q.get("podnet")),
            )
        },
        move |(id, saved, podnet)| {
            let submitted = submitted.clone();
            async move {
                let id = route_id(id)?;
                match submitted {
                    Some(post) => {
                        let post = post?;
                        save_service(id, post.form, message_id(Some(post.podnet))).await
                    }
                    None => load_service_editor(id, saved, podnet).await,
                }
            }
        },
        |editor| view! { <EditorView editor /> },
    )
}

#[component]
fn EditorView(editor: ServiceEditor) -> impl IntoView {
    let ServiceEditor {
        id,
        organization,
        form,
        errors,
        saved,
        verified_at,
        verified_by,
        audit,
        suggestion,
        csrf,
    } = editor;
    let title = form.name.clone();
    let verified = match (verified_at, verified_by) {
        (Some(at), Some(by)) => format!("Naposledy ověřeno {} ({by}).", czech_date(at)),
        _ => "Údaje zatím nikdo neověřil.".to_owned(),
    };
    view! {
        <Title text=format!("Úprava: {title}") />
        <section class="admin" aria-labelledby="editor-heading">
            <AdminNav />
            <p class="breadcrumbs"><a href="/sprava/sluzby">"Služby"</a></p>
            <h1 id="editor-heading">{title}</h1>
            <p>{format!("Poskytovatel: {organization}")} " · " <a href=format!("/sluzby/{id}")>"Veřejná stránka"</a></p>
            {saved.then(|| view! { <p class="notice" role="status">"Uloženo."</p> })}
            {(!errors.is_empty()).then(|| view! {
                <p class="form-error" role="alert">
                    {errors.get("form").map_or_else(
                        || format!("Formulář nebyl uložen: opravte prosím {} označených polí. Nic z toho, co jste napsali, se neztratilo.", errors.len()),
                        str::to_owned,
                    )}
                </p>
            })}
            {suggestion.as_ref().map(|s| view! {
                <aside class="suggestion" aria-label="Podnět od obyvatele">
                    <h2>"Podnět od obyvatele"</h2>
                    <p class="pre">{s.message.clone()}</p>
                    <p class="muted">"Uložením úprav se podnět označí jako vyřízený."</p>
                </aside>
            })}
            <form method="post" action=format!("/sprava/sluzby/{id}") class="stack editor">
                <CsrfField token=csrf />
                <input type="hidden" name="podnet" value=suggestion.map(|s| s.id.to_string()).unwrap_or_default() />
                <ServiceFields form errors />
                <fieldset>
                    <legend>"Stav"</legend>
                    <p class="muted">{verified}</p>
                    <label><input type="checkbox" name="verified" value="on" />" Údaje jsem dnes ověřil(a) u poskytovatele"</label>
                </fieldset>
                <button type="submit" class="button">"Uložit"</button>
            </form>
            <AuditLog entries=audit />
        </section>
    }
}

#[component]
fn ServiceFields(form: ServiceForm, errors: FieldErrors) -> impl IntoView {
    // Label, hint, the control, and the error that `aria-describedby` points at.
    let labelled =
        |field: &'static str, label: &'static str, hint: &'static str, control: AnyView| {
            view! {
                <label for=field>{label}</label>
                {(!hint.is_empty()).then(|| view! { <p class="muted hint">{hint}</p> })}
                {control}
                <FieldError errors=errors.clone() field />
            }
        };
    let text = |field: &'static str,
                label: &'static str,
                value: String,
                max: usize,
                hint: &'static str| {
        let (bad, described) = invalid(&errors, field);
        let control = view! {
            <input id=field name=field type="text" value=value maxlength=max.to_string()
                aria-invalid=bad aria-describedby=described />
        };
        labelled(field, label, hint, control.into_any())
    };
    let area = |field: &'static str,
                label: &'static str,
                value: String,
                rows: u8,
                hint: &'static str| {
        let (bad, described) = invalid(&errors, field);
        let control = view! {
            <textarea id=field name=field rows=rows.to_string() aria-invalid=bad aria-describedby=described>{value}</textarea>
        };
        labelled(field, label, hint, control.into_any())
    };
    let published = form.published;
    view! {
        {text("name", "Název služby", form.name, service_edit::NAME_MAX, "")}
        {area("phones", "Telefony", form.phones, 3, "Každé číslo na samostatný řádek, např. 382 123 456.")}
        {area("emails", "E-maily", form.emails, 2, "Každou adresu na samostatný řádek.")}
        {text("web", "Web", form.web, 1000, "")}
        {text("hours", "Provozní doba", form.hours, 500, "Např. Po–Pá 8:00–16:00; St 8:00–18:00, nebo nonstop.")}
        {area("description", "Popis", form.description, 8, "Odstavce oddělte prázdným řádkem.")}
        {text("keywords", "Klíčová slova pro vyhledávání", form.keywords, service_edit::KEYWORDS_MAX, "")}
        {text("cost", "Úhrada", form.cost, service_edit::NOTE_MAX, "")}
        {text("contact_note", "Poznámka ke kontaktu", form.contact_note, service_edit::NOTE_MAX, "")}
        <fieldset>
            <legend>"Zveřejnění"</legend>
            <label><input type="radio" name="published" value="true" checked=published />" Zveřejněno"</label>
            <label><input type="radio" name="published" value="false" checked=!published />" Koncept (jen pro správu)"</label>
        </fieldset>
    }
}

#[component]
fn AuditLog(entries: Vec<AuditEntry>) -> impl IntoView {
    view! {
        <section aria-labelledby="audit-heading">
            <h2 id="audit-heading">"Historie změn"</h2>
            {if entries.is_empty() {
                view! { <p>"Zatím beze změn."</p> }.into_any()
            } else {
                view! {
                    <table class="admin-table audit">
                        <thead>
                            <tr><th scope="col">"Kdy"</th><th scope="col">"Kdo"</th><th scope="col">"Pole"</th><th scope="col">"Původně"</th><th scope="col">"Nově"</th></tr>
                        </thead>
                        <tbody>
                            {entries.into_iter().map(|e| view! {
                                <tr>
                                    <td>{czech_date_time(e.at)}</td>
                                    <td>{e.staff}</td>
                                    <td>{e.field}</td>
                                    <td class="old">{e.old_value}</td>
                                    <td class="new">{e.new_value}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
