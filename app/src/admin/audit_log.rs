//! A record's history under its form: who changed which field when, from what to what.

use domain::admin::audit::AuditEntry;
use domain::admin::date::czech_date_time;
use leptos::prelude::*;

#[component]
pub fn AuditLog(entries: Vec<AuditEntry>) -> impl IntoView {
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
