//! `/organizace/{id}`: a provider and all its services.

use super::api::get_organization;
use super::results::ResultList;
use super::service_page::paragraphs;
use crate::common::{ContactList, record_page, route_id};
use domain::catalog::OrganizationDetail;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OrganizationPage() -> impl IntoView {
    record_page(
        |id| async move { get_organization(route_id(id)?).await },
        |found| view! { <OrganizationView organization=found /> },
    )
}

#[component]
fn OrganizationView(organization: OrganizationDetail) -> impl IntoView {
    let OrganizationDetail {
        id,
        name,
        ico,
        legal_form,
        description,
        street,
        municipality,
        postcode,
        phones,
        emails,
        web,
        contact_note,
        services,
    } = organization;
    let address = [
        street,
        postcode.map(|p| {
            format!(
                "{p} {}",
                municipality.as_ref().map_or("", |m| m.name.as_str())
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let seat = municipality.map(|m| m.name);
    let i18n = crate::i18n::use_i18n();
    let czech = i18n.czech_text();
    view! {
        <Title text=name.clone() />
        <article class="organization-detail" aria-labelledby="org-heading">
            <p class="breadcrumbs"><a href=i18n.href("/sluzby")>{i18n.t("catalog-title")}</a></p>
            <h1 id="org-heading" lang=czech>{name}</h1>
            <div lang=czech>{paragraphs(&description)}</div>
            <dl class="facts-list">
                {legal_form.map(|f| view! { <dt>{i18n.t("organization-legal-form")}</dt><dd lang=czech>{f}</dd> })}
                <dt>{i18n.t("organization-ico")}</dt>
                <dd>{ico.map(|i| i.to_string()).unwrap_or_else(|| i18n.t("organization-unknown"))}</dd>
                <dt>{i18n.t("organization-seat")}</dt>
                <dd>
                    {if address.is_empty() { seat.unwrap_or_else(|| i18n.t("organization-unknown")) } else { address.join(", ") }}
                </dd>
            </dl>
            <section class="contact-box" aria-labelledby="org-contact-heading">
                <h2 id="org-contact-heading">{i18n.t("service-contact")}</h2>
                <ContactList phones emails web note=contact_note />
            </section>
            <section aria-labelledby="org-services-heading">
                <h2 id="org-services-heading">{format!("{} ({})", i18n.t("menu-services"), services.len())}</h2>
                <ResultList items=services />
            </section>
            <p class="muted"><a href=format!("/otevrena-data/organizace/{id}") type="application/json">"Údaje poskytovatele jako otevřená data (HSDS JSON)"</a></p>
        </article>
    }
}
