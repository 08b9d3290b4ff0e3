//! `/mapa/pokryti?druh=...`: for planners, every municipality of the district coloured by how
//! many field services of the chosen type reach it, so the white spots show at a glance. Drawn on
//! the server as SVG from the municipalities' centres (no tiles, no JavaScript), with a table that
//! says the same in words.

use super::api::{CoverageData, coverage_of_municipalities};
use crate::common::ErrorPage;
use crate::i18n::use_i18n;
use domain::filter::keys;
use domain::map::{Coverage, CoverageLevel};
use domain::{DeliveryForm, Filter};
use leptos::prelude::*;
use leptos_meta::Title;

/// The drawing's width in SVG units; the height follows the district's shape.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 16.0;

#[component]
pub fn CoveragePage() -> impl IntoView {
    let (query, data) = super::page::query_resource(coverage_of_municipalities);
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("coverage-title") />
        <div class="coverage-page">
            <h1>{i18n.t("coverage-title")}</h1>
            <p class="lead">{i18n.t("coverage-lead")}</p>
            <Transition fallback=move || view! { <p class="loading">{i18n.t("coverage-loading")}</p> }>
                {move || Suspend::new(async move {
                    let filter = Filter::from_query(&query.get_untracked()).map(|p| p.filter).unwrap_or_default();
                    match data.await {
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                        Ok(data) => view! { <CoverageContent filter data /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn CoverageContent(filter: Filter, data: CoverageData) -> impl IntoView {
    let chosen = filter.service_types.iter().next().copied();
    let white = data.coverage.iter().filter(|c| c.services == 0).count() as u32;
    let i18n = use_i18n();
    let of_type = chosen
        .map(|t| {
            let name = i18n.service_type(t);
            format!(
                " {}",
                i18n.t_with("coverage-white-of-type", &[("type", name.into())])
            )
        })
        .unwrap_or_default();
    let summary = format!(
        "{}{of_type}.",
        i18n.t_with(
            "coverage-white",
            &[("count", white.into()), ("all", data.coverage.len().into())]
        )
    );
    let mut rows = data.coverage.clone();
    rows.sort_by_key(|c| (c.services, domain::text::sort_key(&c.municipality.name)));
    let types = data.search.facets.service_types.clone();

    view! {
        <form class="coverage-form" method="get" action=i18n.href("/mapa/pokryti")>
            <label for="coverage-type">{i18n.t("coverage-type")}</label>
            <div class="search-row">
                <select id="coverage-type" name=keys::SERVICE_TYPE>
                    <option value="" selected=chosen.is_none()>{i18n.t("coverage-all-types")}</option>
                    {types
                        .into_iter()
                        .map(|f| {
                            let selected = chosen == Some(f.value);
                            view! { <option value=f.value.slug() selected=selected>{format!("{} ({})", i18n.service_type(f.value), f.count)}</option> }
                        })
                        .collect_view()}
                </select>
                <button type="submit">{i18n.t("coverage-show")}</button>
            </div>
        </form>
        <p class="result-count" role="status">{summary}</p>
        <CoverageMap coverage=data.coverage />
        <Legend />
        <table class="coverage-table">
            <caption>{i18n.t("coverage-caption")}</caption>
            <thead><tr><th scope="col">{i18n.t("coverage-municipality")}</th><th scope="col">{i18n.t("coverage-services")}</th></tr></thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|c| {
                        let href = i18n.href(&format!(
                            "/sluzby?{}",
                            filter
                                .changed(|f| {
                                    f.municipality = Some(c.municipality.code);
                                    f.forms = [DeliveryForm::Field].into();
                                })
                                .to_query()
                        ));
                        let class = c.level().class();
                        view! {
                            <tr class=class>
                                <th scope="row"><a href=href>{c.municipality.name}</a></th>
                                <td>{if c.services == 0 { i18n.t("coverage-none") } else { c.services.to_string() }}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The district's municipalities as discs at their centres, coloured by coverage.
#[component]
fn CoverageMap(coverage: Vec<Coverage>) -> impl IntoView {
    let Some(bounds) = domain::map::Bounds::around(coverage.iter().map(|c| c.position)) else {
        return ().into_any();
    };
    // Equirectangular, shrunk east-west by the cosine of the middle latitude: true enough in shape
    // for one district.
    let i18n = use_i18n();
    let shrink = ((bounds.south() + bounds.north()) / 2.0).to_radians().cos();
    let span_x = ((bounds.east() - bounds.west()) * shrink).max(1e-6);
    let span_y = (bounds.north() - bounds.south()).max(1e-6);
    let scale = (WIDTH - 2.0 * MARGIN) / span_x;
    let height = span_y * scale + 2.0 * MARGIN;
    let discs = coverage
        .into_iter()
        .map(|c| {
            let x = MARGIN + (c.position.lon() - bounds.west()) * shrink * scale;
            let y = MARGIN + (bounds.north() - c.position.lat()) * scale;
            let title = i18n.t_with(
                "coverage-disc",
                &[
                    ("place", c.municipality.name.clone().into()),
                    ("count", c.services.into()),
                ],
            );
            view! {
                <circle class=c.level().class() cx=format!("{x:.1}") cy=format!("{y:.1}") r="7">
                    <title>{title}</title>
                </circle>
            }
        })
        .collect_view();
    view! {
        <figure class="coverage-map">
            <svg viewBox=format!("0 0 {WIDTH} {height:.0}") role="img" aria-labelledby="coverage-map-caption">
                {discs}
            </svg>
            <figcaption id="coverage-map-caption">{i18n.t("coverage-figure")}</figcaption>
        </figure>
    }
    .into_any()
}

#[component]
fn Legend() -> impl IntoView {
    let i18n = use_i18n();
    let name = move |level: CoverageLevel| {
        let step = level.class().trim_start_matches("coverage-");
        i18n.t(&format!("coverage-level-{step}"))
    };
    view! {
        <ul class="coverage-legend" aria-label=i18n.t("coverage-legend")>
            {CoverageLevel::ALL
                .into_iter()
                .map(|level| view! { <li><span class=format!("swatch {}", level.class()) aria-hidden="true"></span>{name(level)}</li> })
                .collect_view()}
        </ul>
    }
}
