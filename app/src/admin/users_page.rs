//! `/sprava/uzivatele`: the staff accounts, for administrators only. Accounts are made with
//! `server create-user` on the server.

use super::api::load_staff_list;
use super::form::AdminNav;
use crate::common::loaded;
use domain::admin::views::StaffList;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn UsersPage() -> impl IntoView {
    loaded(
        || (),
        |()| load_staff_list(),
        |list| view! { <UsersView list /> },
    )
}

#[component]
fn UsersView(list: StaffList) -> impl IntoView {
    view! {
        <Title text="Uživatelé – správa" />
        <section class="admin" aria-labelledby="users-heading">
            <AdminNav />
            <h1 id="users-heading">"Uživatelé"</h1>
            <table class="admin-table">
                <thead><tr><th scope="col">"Jméno"</th><th scope="col">"Role"</th><th scope="col">"Aktivní"</th></tr></thead>
                <tbody>
                    {list.users.into_iter().map(|u| view! {
                        <tr>
                            <td>{u.username}</td>
                            <td>{u.role.label()}</td>
                            <td>{if u.active { "ano" } else { "ne" }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="muted">"Nový účet založí správce na serveru příkazem server create-user."</p>
        </section>
    }
}
