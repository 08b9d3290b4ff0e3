//! `/sluzby/{id}`: everything about one service a resident needs to get in touch.

use super::api::{ServiceRecord, get_service};
use super::results::forms_text;
use crate::common::{ContactList, MapLinks, record_page, route_id};
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
    view! {
        <Title text=name.clone() />
        <Meta name="description" content=summary />
        <article class="service-detail" aria-labelledby="service-heading">
            <p class="breadcrumbs"><a href="/sluzby">"Katalog služeb"</a></p>
            <h1 id="service-heading">{name}</h1>
            <p class="provider">
                "Poskytovatel: "<a href=format!("/organizace/{}", organization.id)>{organization.name}</a>
            </p>
            <p class="facts">
                {service_type.map(|t| view! { <span class="badge">{format!("{} ({})", t.label(), t.section())}</span> })}
                {(service_type.is_none()).then(|| view! { <span class="badge badge-other">"Další pomoc"</span> })}
            </p>

            <section class="contact-box" aria-labelledby="contact-heading">
                <h2 id="contact-heading">"Kontakt"</h2>
                {verification.warning().map(|warning| view! { <p class="notice">{warning}</p> })}
                <ContactList phones emails web note=contact_note />
                {hours.map(|h| view! { <p><strong>"Kdy: "</strong>{h.to_string()}</p> })}
            </section>

            <section aria-labelledby="about-heading">
                <h2 id="about-heading">"Co nabízí"</h2>
                {paragraphs(&description)}
                <dl class="facts-list">
                    <dt>"Forma"</dt>
                    <dd>
                        {forms_text(&forms)}
                        <ul class="plain">
                            {forms.iter().map(|f| view! { <li class="muted">{format!("{}: {}", f.label(), f.explanation())}</li> }).collect_view()}
                        </ul>
                    </dd>
                    <dt>"Pro koho"</dt>
                    <dd>
                        {audiences
                            .into_iter()
                            .map(|a| view! { <a class="tag" href=format!("/sluzby?skupina={}", a.slug)>{a.name}</a> })
                            .collect_view()}
                        <p class="muted">{target_groups.iter().map(|g| g.label()).collect::<Vec<_>>().join(", ")}</p>
                    </dd>
                    {cost.map(|c| view! { <dt>"Cena"</dt><dd>{c}</dd> })}
                    {(!capacities.is_empty()).then(|| view! {
                        <dt>"Kapacita podle registru"</dt>
                        <dd>
                            <ul class="plain">
                                {capacities.iter().map(|c| view! { <li>{c.describe()}</li> }).collect_view()}
                            </ul>
                            <p class="muted">"Nejvyšší počet, který služba smí mít podle registrace; "
                                "kolik míst je volných, řekne poskytovatel."</p>
                        </dd>
                    })}
                    {register_id.map(|r| view! { <dt>"Identifikátor v registru"</dt><dd>{r.to_string()}</dd> })}
                </dl>
            </section>

            {(!locations.is_empty()).then(|| view! {
                <section aria-labelledby="where-heading">
                    <h2 id="where-heading">"Kde"</h2>
                    <ul class="locations">
                        {locations.into_iter().map(|l| view! { <li><LocationView location=l /></li> }).collect_view()}
                    </ul>
                </section>
            })}

            {(area_count > 0).then(|| view! {
                <section aria-labelledby="area-heading">
                    <h2 id="area-heading">"Kam dojíždí"</h2>
                    <details open=area_count <= 12>
                        <summary>{crate::common::count(area_count as u32, "obec", "obce", "obcí")}</summary>
                        <p>{area.into_iter().map(|m| m.name).collect::<Vec<_>>().join(", ")}</p>
                    </details>
                </section>
            })}

            {(!other_services.is_empty()).then(|| view! {
                <section aria-labelledby="other-heading">
                    <h2 id="other-heading">"Další služby poskytovatele"</h2>
                    <ul class="link-list">
                        {other_services
                            .into_iter()
                            .map(|s| view! { <li><a href=format!("/sluzby/{}", s.id)>{s.name}</a></li> })
                            .collect_view()}
                    </ul>
                </section>
            })}
            <footer class="record-footer">
                <p class="muted">
                    {verification.footnote()}
                </p>
                <p><a href=format!("/sluzby/{id}/pripominka")>"Nahlásit chybu / navrhnout změnu"</a></p>
                <p class="muted"><a href=format!("/otevrena-data/sluzby/{id}") type="application/json">"Údaje služby jako otevřená data (HSDS JSON)"</a></p>
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
    let town = match postcode {
        Some(p) => format!("{p} {}", municipality.name),
        None => municipality.name.clone(),
    };
    view! {
        <address>
            {name.map(|n| view! { <strong>{n}</strong><br /> })}
            {match street {
                Some(s) => view! { {s}<br /> }.into_any(),
                None => view! { <span class="muted">"Ulice neuvedena"</span><br /> }.into_any(),
            }}
            {town}
        </address>
        {hours.map(|h| view! { <p>{format!("Otevřeno: {h}")}</p> })}
        {position.map(|p| view! { <MapLinks position=p label approximate=position_approximate /> })}
    }
}
