//! `/sluzby/{id}`: everything about one service a resident needs to get in touch.

use super::api::{ServiceRecord, get_service};
use super::results::forms_text;
use crate::common::{ContactList, MapLinks, record_page, route_id};
use crate::i18n::use_i18n;
use domain::catalog::{Location, ServiceDetail};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ServicePage() -> impl IntoView {
    record_page(
        |id| async move { get_service(route_id(id)?).await },
        |found| view! { <ServiceView found /> },
    )
}

/// Paragraphs separated by blank lines.
pub fn paragraphs(text: &str) -> impl IntoView + use<> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view()
}

#[component]
fn ServiceView(found: ServiceRecord) -> impl IntoView {
    let ServiceRecord {
        service,
        verification,
    } = found;
    let ServiceDetail {
        id,
        name,
        description,
        service_type,
        register_id,
        forms,
        languages,
        target_groups,
        audiences,
        organization,
        locations,
        area,
        hours,
        phones,
        emails,
        web,
        cost,
        contact_note,
        other_services,
        capacities,
        ..
    } = service;
    let summary = domain::text::excerpt(&description, 155);
    let area_count = area.len();
    let i18n = use_i18n();
    let czech = i18n.czech_text();
    view! {
        <Title text=name.clone() />
        <Meta name="description" content=summary />
        <article class="service-detail" aria-labelledby="service-heading">
            <p class="breadcrumbs"><a href=i18n.href("/sluzby")>{i18n.t("catalog-title")}</a></p>
            <h1 id="service-heading" lang=czech>{name}</h1>
            <p class="provider">
                {i18n.t("service-provider")}" "<a href=i18n.href(&format!("/organizace/{}", organization.id)) lang=czech>{organization.name}</a>
            </p>
            <p class="facts">
                {service_type.map(|t| view! { <span class="badge">{format!("{} ({})", i18n.service_type(t), t.section())}</span> })}
                {(service_type.is_none()).then(|| view! { <span class="badge badge-other">{i18n.t("service-other-help")}</span> })}
            </p>

            <section class="contact-box" aria-labelledby="contact-heading">
                <h2 id="contact-heading">{i18n.t("service-contact")}</h2>
                {verification.warning().map(|warning| view! { <p class="notice" lang=czech>{warning}</p> })}
                <ContactList phones emails web note=contact_note />
                {hours.map(|h| view! { <p><strong>{i18n.t("service-when")}" "</strong><span lang=czech>{h.to_string()}</span></p> })}
                {(!languages.is_empty()).then(|| view! { <p class="languages"><strong>{i18n.t("service-languages")}" "</strong>{i18n.languages(&languages)}</p> })}
            </section>

            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{i18n.t("service-offers")}</h2>
                <div lang=czech>{paragraphs(&description)}</div>
                <dl class="facts-list">
                    <dt>{i18n.t("service-form")}</dt>
                    <dd>
                        {forms_text(&forms)}
                        <ul class="plain">
                            {forms.iter().map(|f| view! { <li class="muted">{format!("{}: {}", i18n.form(*f), i18n.form_explanation(*f))}</li> }).collect_view()}
                        </ul>
                    </dd>
                    <dt>{i18n.t("service-for")}</dt>
                    <dd>
                        {audiences
                            .into_iter()
                            .map(|a| view! { <a class="tag" href=i18n.href(&format!("/sluzby?skupina={}", a.slug))>{a.name}</a> })
                            .collect_view()}
                        <p class="muted">{target_groups.iter().map(|g| i18n.target_group(*g)).collect::<Vec<_>>().join(", ")}</p>
                    </dd>
                    {cost.map(|c| view! { <dt>{i18n.t("service-cost")}</dt><dd lang=czech>{c}</dd> })}
                    {(!capacities.is_empty()).then(|| view! {
                        <dt>{i18n.t("service-capacity")}</dt>
                        <dd>
                            <ul class="plain" lang=czech>
                                {capacities.iter().map(|c| view! { <li>{c.describe()}</li> }).collect_view()}
                            </ul>
                            <p class="muted">{i18n.t("service-capacity-note")}</p>
                        </dd>
                    })}
                    {register_id.map(|r| view! { <dt>{i18n.t("service-register-id")}</dt><dd>{r.to_string()}</dd> })}
                </dl>
            </section>

            {(!locations.is_empty()).then(|| view! {
                <section aria-labelledby="where-heading">
                    <h2 id="where-heading">{i18n.t("service-where")}</h2>
                    <ul class="locations">
                        {locations.into_iter().map(|l| view! { <li><LocationView location=l /></li> }).collect_view()}
                    </ul>
                </section>
            })}

            {(area_count > 0).then(|| view! {
                <section aria-labelledby="area-heading">
                    <h2 id="area-heading">{i18n.t("service-travels")}</h2>
                    <details open=area_count <= 12>
                        <summary>{i18n.count("municipalities-total", area_count)}</summary>
                        <p>{area.into_iter().map(|m| m.name).collect::<Vec<_>>().join(", ")}</p>
                    </details>
                </section>
            })}

            {(!other_services.is_empty()).then(|| view! {
                <section aria-labelledby="other-heading">
                    <h2 id="other-heading">{i18n.t("service-others")}</h2>
                    <ul class="link-list">
                        {other_services
                            .into_iter()
                            .map(|s| view! { <li><a href=i18n.href(&format!("/sluzby/{}", s.id)) lang=czech>{s.name}</a></li> })
                            .collect_view()}
                    </ul>
                </section>
            })}
            <footer class="record-footer">
                <p class="muted" lang=czech>
                    {verification.footnote()}
                </p>
                <p><a href=i18n.href(&format!("/sluzby/{id}/pripominka"))>{i18n.t("service-report")}</a></p>
                <p class="muted"><a href=format!("/otevrena-data/sluzby/{id}") type="application/json">{i18n.t("service-open-data")}</a></p>
            </footer>
        </article>
    }
}

#[component]
fn LocationView(location: Location) -> impl IntoView {
    let Location {
        name,
        street,
        municipality,
        postcode,
        position,
        position_approximate,
        hours,
    } = location;
    let label = name.clone().unwrap_or_else(|| municipality.name.clone());
    let i18n = use_i18n();
    let town = match postcode {
        Some(p) => format!("{p} {}", municipality.name),
        None => municipality.name.clone(),
    };
    view! {
        <address>
            {name.map(|n| view! { <strong>{n}</strong><br /> })}
            {match street {
                Some(s) => view! { {s}<br /> }.into_any(),
                None => view! { <span class="muted">{i18n.t("service-no-street")}</span><br /> }.into_any(),
            }}
            {town}
        </address>
        {hours.map(|h| view! { <p>{i18n.t_with("service-open", &[("hours", h.to_string().into())])}</p> })}
        {position.map(|p| view! { <MapLinks position=p label approximate=position_approximate /> })}
    }
}
