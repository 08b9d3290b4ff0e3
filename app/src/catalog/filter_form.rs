//! The catalogue's filter form: a plain GET form to the view's path, so the URL always says what
//! is shown. Without JavaScript a change waits for "Hledat" or "Použít filtr"; with it the form
//! is live (`data-live`, `crate::navigation`): the results update in place as it changes, focus
//! stays in the form and the count is read out (WCAG 3.2.2, no change of context on input).

use super::CatalogView;
use crate::i18n::use_i18n;
use domain::Filter;
use domain::catalog::{FacetCount, Facets};
use domain::filter::keys;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn FilterForm(
    view: CatalogView,
    filter: Filter,
    facets: Facets,
    /// The finer filters stay folded even when some are chosen: on the map, whose map must show
    /// in the first screen.
    #[prop(optional)]
    folded: bool,
) -> impl IntoView {
    let type_count = facets.service_types.len();
    let types_open = !filter.service_types.is_empty();
    let narrowed = usize::from(filter.audience.is_some())
        + usize::from(filter.municipality.is_some())
        + filter.forms.len()
        + filter.languages.len()
        + filter.service_types.len();
    let filters_open = narrowed > 0 && !folded;
    let i18n = use_i18n();
    let more_summary = if narrowed == 0 {
        i18n.t("filter-more")
    } else {
        i18n.count("filter-more-chosen", narrowed)
    };

    view! {
        <form class="filters" method="get" action=view.path() role="search" aria-label=i18n.t("filter-label") data-live="">
            <crate::embed::KeepColours />
            <div class="field">
                <label for="filter-q">{i18n.t("filter-text")}</label>
                <div class="search-row">
                    <input id="filter-q" name=keys::TEXT type="search" value=filter.text.clone() autocomplete="off" />
                    <button type="submit">{i18n.t("home-search")}</button>
                </div>
            </div>
            <details class="more-filters" id="more-filters" open=filters_open>
            <summary>{more_summary}</summary>
            <div class="filter-grid">
            <FacetSelect
                id="filter-audience"
                name=keys::AUDIENCE
                label=i18n.t("filter-audience")
                anything=i18n.t("filter-audience-any")
                options=facets
                    .audiences
                    .into_iter()
                    .map(|f| Choice {
                        selected: filter.audience.as_ref() == Some(&f.value.slug),
                        value: f.value.slug.to_string(),
                        label: f.value.name,
                        count: f.count,
                    })
                    .collect()
            />
            <FacetSelect
                id="filter-municipality"
                name=keys::MUNICIPALITY
                label=i18n.t("filter-municipality")
                anything=i18n.t("filter-municipality-any")
                options=facets
                    .municipalities
                    .into_iter()
                    .map(|f| Choice {
                        selected: filter.municipality == Some(f.value.code),
                        value: f.value.code.to_string(),
                        label: f.value.name,
                        count: f.count,
                    })
                    .collect()
            />
            <fieldset class="field">
                <legend>{i18n.t("filter-form")}</legend>
                {checks(keys::FORM, facets.forms, &filter.forms, domain::DeliveryForm::slug, |f| {
                    format!("{} – {}", i18n.form(f), i18n.form_explanation(f))
                })}
            </fieldset>
            <fieldset class="field">
                <legend>{i18n.t("filter-language")}</legend>
                {checks(keys::LANGUAGE, facets.languages, &filter.languages, domain::ServiceLanguage::slug, |l| i18n.language(l))}
            </fieldset>
            <details class="field" id="type-filters" open=types_open>
                <summary>{i18n.count("filter-type-count", type_count)}</summary>
                <fieldset>
                    <legend class="visually-hidden">{i18n.t("filter-type")}</legend>
                    {checks(keys::SERVICE_TYPE, facets.service_types, &filter.service_types, domain::ServiceType::slug, |t| i18n.service_type(t))}
                </fieldset>
            </details>
            {filter
                .target_groups
                .iter()
                .map(|g| view! { <input type="hidden" name=keys::TARGET_GROUP value=g.slug() /> })
                .collect_view()}
            <div class="form-actions">
                <button type="submit">{i18n.t("filter-apply")}</button>
            </div>
            </div>
            </details>
            {(!filter.is_unrestricted()).then(|| view! { <p class="reset"><a href=view.path()>{i18n.t("filter-reset")}</a></p> })}
        </form>
    }
}

/// On a page in Ukrainian or English, one link that keeps only the services speaking it, with
/// how many there are; nothing when the filter already names a language or none speaks it.
#[component]
pub fn OwnLanguageLink(view: CatalogView, filter: Filter, facets: Facets) -> impl IntoView {
    let i18n = use_i18n();
    let own = domain::ServiceLanguage::of_page(i18n.lang);
    let count = facets
        .languages
        .iter()
        .find(|f| f.value == own)
        .map_or(0, |f| f.count);
    (i18n.lang != domain::Lang::Cs && filter.languages.is_empty() && count > 0).then(|| {
        let href = view.href(&filter.changed(|f| {
            f.languages.insert(own);
        }));
        let text = i18n.t_with(
            "filter-own-language",
            &[
                ("language", i18n.language(own).into()),
                ("count", count.into()),
            ],
        );
        view! { <p class="own-language"><a href=href>{text}</a></p> }
    })
}

/// A checkbox for each value of a code-list facet, the chosen ones checked.
fn checks<T: Copy + Ord>(
    name: &'static str,
    facet: Vec<FacetCount<T>>,
    chosen: &BTreeSet<T>,
    slug: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> AnyView {
    facet
        .into_iter()
        .map(|f| {
            let choice = Choice {
                selected: chosen.contains(&f.value),
                value: slug(f.value).to_owned(),
                label: label(f.value),
                count: f.count,
            };
            view! { <FacetCheckbox name choice /> }
        })
        .collect_view()
        .into_any()
}

/// One value of a facet: what it is called and how many results choosing it gives.
struct Choice {
    value: String,
    label: String,
    count: u32,
    selected: bool,
}

/// A select over one facet, with "anything" first.
#[component]
fn FacetSelect(
    id: &'static str,
    name: &'static str,
    label: String,
    anything: String,
    options: Vec<Choice>,
) -> impl IntoView {
    let none_selected = !options.iter().any(|c| c.selected);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=name>
                <option value="" selected=none_selected>{anything}</option>
                {options
                    .into_iter()
                    .map(|c| {
                        view! {
                            <option value=c.value selected=c.selected>
                                {format!("{} ({})", c.label, c.count)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A checkbox for one value of a facet, with its count.
#[component]
fn FacetCheckbox(name: &'static str, choice: Choice) -> impl IntoView {
    let id = format!("filter-{name}-{}", choice.value);
    let label_for = id.clone();
    view! {
        <div class="check">
            <input type="checkbox" id=id name=name value=choice.value checked=choice.selected />
            <label for=label_for>
                {choice.label}
                <span class="count">{format!(" ({})", choice.count)}</span>
            </label>
        </div>
    }
}
