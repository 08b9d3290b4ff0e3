//! `/sprava/uzivatele` and `/sprava/uzivatele/{id}`, for administrators only: the accounts, a
//! form for a new one, and per account its role, whether it may sign in, and its history.

use super::api::{create_account, load_account_editor, load_staff_list, save_account};
use crate::admin::editor_frame::{Frame, RecordEditor};
use crate::admin::form::{AdminNav, CsrfField, Fields, FormStatus, form_page, record_key};
use crate::common::route_id;
use domain::admin::account::AccountChange;
use domain::admin::account::AccountForm;
use domain::admin::views::{AccountEditor, StaffList};
use domain::staff::{PASSWORD_CHARS, Role};
use leptos::prelude::*;
use leptos_meta::Title;

fn roles() -> Vec<(String, String)> {
    [Role::Editor, Role::Admin]
        .map(|r| (r.slug().to_owned(), r.label().to_owned()))
        .into()
}

#[component]
pub fn UsersPage() -> impl IntoView {
    form_page(
        || (),
        |()| load_staff_list(),
        |(), form: AccountForm| create_account(form),
        |list| view! { <UsersView list /> },
    )
}

#[component]
fn UsersView(list: StaffList) -> impl IntoView {
    let StaffList { users, editor, me } = list;
    let f = Fields::new(editor.errors.clone());
    let form = editor.form;
    view! {
        <Title text="Uživatelé – správa" />
        <section class="admin" aria-labelledby="users-heading">
            <AdminNav />
            <h1 id="users-heading">"Uživatelé"</h1>
            <table class="admin-table">
                <thead><tr><th scope="col">"Jméno"</th><th scope="col">"Role"</th><th scope="col">"Může se přihlásit"</th></tr></thead>
                <tbody>
                    {users.into_iter().map(|u| {
                        let name = if u.username == me { format!("{} (vy)", u.username) } else { u.username };
                        view! {
                            <tr>
                                <td><a href=format!("/sprava/uzivatele/{}", u.id)>{name}</a></td>
                                <td>{u.role.label()}</td>
                                <td>{if u.active { "ano" } else { "ne, zablokován" }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <h2 id="new-user-heading">"Nový účet"</h2>
            <FormStatus errors=editor.errors saved=false />
            <form method="post" action="/sprava/uzivatele" class="stack editor" aria-labelledby="new-user-heading">
                <CsrfField token=editor.csrf />
                {f.text("username", "Uživatelské jméno", form.username, 40, "Malá písmena bez diakritiky, číslice, tečka, pomlčka; např. jana.novakova.")}
                {f.select("role", "Role", form.role, "— vyberte —", roles())}
                {f.new_password("password", "První heslo", &format!("{} až {} znaků, těžko uhodnutelné: nejlépe několik slov, která k sobě nepatří. Předejte je osobně; nikam se neposílá.", PASSWORD_CHARS.start(), PASSWORD_CHARS.end()))}
                <button type="submit" class="button">"Založit účet"</button>
            </form>
        </section>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    form_page(
        record_key("id"),
        |(id, saved)| async move { load_account_editor(route_id(id)?, saved).await },
        |(id, _), form: AccountChange| async move { save_account(route_id(id)?, form).await },
        |page| view! { <AccountView page /> },
    )
}

#[component]
fn AccountView(page: AccountEditor) -> impl IntoView {
    let AccountEditor {
        editor,
        username,
        own,
    } = page;
    let id = editor.id.unwrap_or_default();
    let (form, frame) = Frame::of(editor);
    let f = frame.fields();
    let intro = if own {
        view! {
            <p class="muted">"To je váš účet: vlastní roli ani přístup změnit nelze. "
                <a href="/sprava/heslo">"Změnit své heslo"</a></p>
        }
        .into_any()
    } else {
        view! {
            <p><a href=format!("/sprava/uzivatele/{id}/heslo")>"Zapomenuté heslo: vytvořit odkaz pro nové"</a></p>
        }
        .into_any()
    };
    view! {
        <RecordEditor page_title=format!("Účet {username} – správa") heading=format!("Účet {username}")
            back=("/sprava/uzivatele", "Uživatelé") action=format!("/sprava/uzivatele/{id}") frame intro>
            {f.select("role", "Role", form.role, "— vyberte —", roles())}
            {f.text("email", "E-mail (nepovinný)", form.email, 254, "Sem přijde odkaz pro nové heslo, když je zapomenuto.")}
            <label><input type="checkbox" name="active" value="on" checked=form.active />" Může se přihlásit (bez zaškrtnutí je účet zablokován a jeho přihlášení končí)"</label>
        </RecordEditor>
    }
}
