//! The map's lists: the filter's services grouped by municipality (the page without JavaScript,
//! and the text alternative of the markers), and the same services by distance from a place.

use super::words::MapWords;
use domain::catalog::ServiceSummary;
use domain::map::{MapService, Nearby};
use leptos::prelude::*;

/// The services of one page, each under every municipality where it has a place; field services
/// without an office of their own last, under `field_group`.
pub fn by_municipality(
    items: &[ServiceSummary],
    field_group: &str,
) -> Vec<(String, Vec<ServiceSummary>)> {
    let mut groups: Vec<(String, Vec<ServiceSummary>)> = Vec::new();
    for service in items {
        let places = if service.places.is_empty() {
            vec![field_group.to_owned()]
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
    let key = |name: &str| (name == field_group, domain::text::sort_key(name));
    groups.sort_by_key(|g| key(&g.0));
    groups
}

#[component]
pub fn ByMunicipality(items: Vec<ServiceSummary>, words: MapWords) -> impl IntoView {
    view! {
        <div class="place-groups">
            {by_municipality(&items, &words.field_group)
                .into_iter()
                .enumerate()
                .map(|(i, (place, services))| {
                    let heading = format!("obec-{i}");
                    let labelled = heading.clone();
                    view! {
                        <section class="place-group" aria-labelledby=labelled>
                            <h3 id=heading>
                                {place}
                                <span class="muted">{format!(" ({})", words.services.say(services.len() as u32))}</span>
                            </h3>
                            <ul class="place-list">
                                {services
                                    .into_iter()
                                    .map(|s| view! { <ServiceLine service=brief(s) note=None words=words.clone() /> })
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
pub fn NearbyList(nearby: Nearby, words: MapWords) -> impl IntoView {
    view! {
        <ol class="place-list nearby">
            {nearby
                .items
                .iter()
                .map(|n| {
                    let note = words.nearby_note(&nearby, n);
                    view! { <ServiceLine service=brief(n.service.clone()) note=Some(note) words=words.clone() /> }
                })
                .collect_view()}
        </ol>
    }
}

/// The services with a place in the map's view.
#[component]
pub fn InViewList(services: Vec<MapService>, total: u32, words: MapWords) -> impl IntoView {
    let more = total.saturating_sub(services.len() as u32);
    view! {
        <ul class="place-list">
            {services
                .into_iter()
                .map(|service| view! { <ServiceLine service note=None words=words.clone() /> })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="muted">{words.more_in_view.say(more)}</p> })}
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
fn ServiceLine(service: MapService, note: Option<String>, words: MapWords) -> impl IntoView {
    let czech = (words.lang != domain::Lang::Cs).then_some("cs");
    view! {
        <li>
            <a href=words.lang.path(&format!("/sluzby/{}", service.id)) target=crate::embed::new_tab() lang=czech>{service.name}</a>
            <span class="provider" lang=czech>{format!(" – {}", service.organization.name)}</span>
            <span class="muted">{format!(" ({})", words.forms(&service.forms))}</span>
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
        let field = "Terénní služby bez stálé adresy";
        let groups = by_municipality(
            &[
                service(1, &["Písek"]),
                service(2, &[]),
                service(3, &["Čížová", "Písek"]),
            ],
            field,
        );
        let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Čížová", "Písek", field]);
        assert_eq!(groups[1].1.iter().map(|s| s.id).collect::<Vec<_>>(), [1, 3]);
    }
}
