//! The map's lists: the filter's services grouped by municipality (the page without JavaScript,
//! and the text alternative of the markers), and the same services by distance from a place.

use crate::catalog::forms_text;
use crate::common::count;
use domain::catalog::ServiceSummary;
use domain::map::{MapService, Nearby};
use leptos::prelude::*;

/// Field services without an office of their own are grouped under this heading.
const FIELD_GROUP: &str = "Terénní služby bez stálé adresy";

/// The services of one page, each under every municipality where it has a place.
pub fn by_municipality(items: &[ServiceSummary]) -> Vec<(String, Vec<ServiceSummary>)> {
    let mut groups: Vec<(String, Vec<ServiceSummary>)> = Vec::new();
    for service in items {
        let places = if service.places.is_empty() {
            vec![FIELD_GROUP.to_owned()]
        } else {
            service.places.clone()
        };
        for place in places {
            match groups.iter_mut().find(|(name, _)| *name == place) {
                Some((_, list)) => list.push(service.clone()),
                None => groups.push((place, vec![service.clone()])),
            }
        }
    }
    let key = |name: &str| (name == FIELD_GROUP, domain::text::sort_key(name));
    groups.sort_by_key(|g| key(&g.0));
    groups
}

#[component]
pub fn ByMunicipality(items: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <div class="place-groups">
            {by_municipality(&items)
                .into_iter()
                .enumerate()
                .map(|(i, (place, services))| {
                    let heading = format!("obec-{i}");
                    let labelled = heading.clone();
                    view! {
                        <section class="place-group" aria-labelledby=labelled>
                            <h3 id=heading>
                                {place}
                                <span class="muted">{format!(" ({})", count(services.len() as u32, "služba", "služby", "služeb"))}</span>
                            </h3>
                            <ul class="place-list">
                                {services
                                    .into_iter()
                                    .map(|s| view! { <ServiceLine service=brief(s) note=None /> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Services nearest first, each with its distance, those in the municipality marked.
#[component]
pub fn NearbyList(nearby: Nearby) -> impl IntoView {
    let place = nearby
        .municipality
        .as_ref()
        .map(|m| m.name.clone())
        .unwrap_or_else(|| "vaší polohy".to_owned());
    view! {
        <ol class="place-list nearby">
            {nearby
                .items
                .into_iter()
                .map(|n| {
                    let note = match (n.in_municipality, n.distance) {
                        (true, _) => format!("v obci {place} nebo sem dojíždí"),
                        (false, Some(d)) => format!("{d} od obce {place}"),
                        (false, None) => "terénní služba, vzdálenost neuvádíme".to_owned(),
                    };
                    view! { <ServiceLine service=brief(n.service) note=Some(note) /> }
                })
                .collect_view()}
        </ol>
    }
}

/// The services with a place in the map's view.
#[component]
pub fn InViewList(services: Vec<MapService>, total: u32) -> impl IntoView {
    let more = total.saturating_sub(services.len() as u32);
    view! {
        <ul class="place-list">
            {services
                .into_iter()
                .map(|service| view! { <ServiceLine service note=None /> })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="muted">{format!("…a {} dalších; přibližte mapu.", more)}</p> })}
    }
}

/// The part of a result-list entry that one line of the map's lists shows.
fn brief(s: ServiceSummary) -> MapService {
    MapService {
        id: s.id,
        name: s.name,
        organization: s.organization,
        forms: s.forms,
    }
}

#[component]
fn ServiceLine(service: MapService, note: Option<String>) -> impl IntoView {
    view! {
        <li>
            <a href=format!("/sluzby/{}", service.id) target=crate::embed::new_tab()>{service.name}</a>
            <span class="provider">{format!(" – {}", service.organization.name)}</span>
            <span class="muted">{format!(" ({})", forms_text(&service.forms))}</span>
            {note.map(|n| view! { <span class="distance">{format!(" · {n}")}</span> })}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::catalog::OrganizationRef;

    fn service(id: i64, places: &[&str]) -> ServiceSummary {
        ServiceSummary {
            id,
            name: format!("služba {id}"),
            organization: OrganizationRef {
                id: 1,
                name: "p".into(),
            },
            service_type: None,
            forms: vec![],
            languages: vec![],
            places: places.iter().map(|p| (*p).to_owned()).collect(),
            reaches: 0,
            excerpt: String::new(),
            phone: None,
        }
    }

    #[test]
    fn services_group_under_each_of_their_municipalities_in_czech_order() {
        let groups = by_municipality(&[
            service(1, &["Písek"]),
            service(2, &[]),
            service(3, &["Čížová", "Písek"]),
        ]);
        let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Čížová", "Písek", FIELD_GROUP]);
        assert_eq!(groups[1].1.iter().map(|s| s.id).collect::<Vec<_>>(), [1, 3]);
    }
}
