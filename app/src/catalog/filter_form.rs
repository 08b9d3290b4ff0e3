//! The catalogue's filter form. Without JavaScript it is a plain GET form; after hydration every
//! change submits it at once and the router navigates to the canonical query, so the URL always
//! says what is shown.

use super::CatalogView;
use domain::Filter;
use domain::catalog::Facets;
use domain::filter::{audience_choice, keys};
use leptos::ev::{Event, SubmitEvent};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement, UrlSearchParams};

/// The form's fields as a canonical catalogue query. "Všechny skupiny" stays in it as
/// `skupina=`, so that the audience the site remembers is cleared, not brought back.
fn form_query(form: &HtmlFormElement) -> Option<String> {
    let data = FormData::new_with_form(form).ok()?;
    let params = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let raw = String::from(params.to_string());
    let canonical = Filter::from_query(&raw)
        .map(|p| p.filter.to_query())
        .unwrap_or_else(|_| raw.clone());
    Some(match (audience_choice(&raw), canonical.is_empty()) {
        (Some(None), true) => format!("{}=", keys::AUDIENCE),
        (Some(None), false) => format!("{canonical}&{}=", keys::AUDIENCE),
        _ => canonical,
    })
}

#[component]
pub fn FilterForm(view: CatalogView, filter: Filter, facets: Facets) -> impl IntoView {
    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let Some(query) = form_query(&form) else {
            return;
        };
        ev.prevent_default();
        let url = view.href_query(&query);
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_change = |ev: Event| {
        if let Some(form) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        {
            let _ = form.request_submit();
        }
    };

    let type_count = facets.service_types.len();
    let types_open = !filter.service_types.is_empty();
    let narrowed = usize::from(filter.audience.is_some())
        + usize::from(filter.municipality.is_some())
        + filter.forms.len()
        + filter.service_types.len();
    let filters_open = narrowed > 0;
    let more_summary = if narrowed == 0 {
        "Upřesnit výběr".to_owned()
    } else {
        format!("Upřesnit výběr (zvoleno {narrowed})")
    };

    view! {
        <form class="filters" method="get" action=view.path() role="search" aria-label="Hledání a filtry" on:submit=on_submit on:change=on_change>
            <crate::embed::KeepColours />
            <div class="field">
                <label for="filter-q">"Hledat slovo"</label>
                <div class="search-row">
                    <input id="filter-q" name=keys::TEXT type="search" value=filter.text.clone() prop:value=filter.text.clone() autocomplete="off" />
                    <button type="submit">"Hledat"</button>
                </div>
            </div>
            <details class="more-filters" open=filters_open>
            <summary>{more_summary}</summary>
            <div class="filter-grid">
            <FacetSelect
                id="filter-audience"
                name=keys::AUDIENCE
                label="Pro koho"
                anything="Všechny skupiny"
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
                label="Obec"
                anything="Všechny obce"
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
                <legend>"Forma služby"</legend>
                {facets
                    .forms
                    .into_iter()
                    .map(|f| {
                        let choice = Choice {
                            selected: filter.forms.contains(&f.value),
                            value: f.value.slug().to_owned(),
                            label: format!("{} – {}", f.value.label(), f.value.explanation()),
                            count: f.count,
                        };
                        view! { <FacetCheckbox name=keys::FORM choice /> }
                    })
                    .collect_view()}
            </fieldset>
            <details class="field" open=types_open>
                <summary>{format!("Druh služby ({type_count})")}</summary>
                <fieldset>
                    <legend class="visually-hidden">"Druh služby"</legend>
                    {facets
                        .service_types
                        .into_iter()
                        .map(|f| {
                            let choice = Choice {
                                selected: filter.service_types.contains(&f.value),
                                value: f.value.slug().to_owned(),
                                label: f.value.label().to_owned(),
                                count: f.count,
                            };
                            view! { <FacetCheckbox name=keys::SERVICE_TYPE choice /> }
                        })
                        .collect_view()}
                </fieldset>
            </details>
            {filter
                .target_groups
                .iter()
                .map(|g| view! { <input type="hidden" name=keys::TARGET_GROUP value=g.slug() /> })
                .collect_view()}
            <div class="form-actions">
                <button type="submit">"Použít filtr"</button>
            </div>
            </div>
            </details>
            {(!filter.is_unrestricted()).then(|| view! { <p class="reset"><a href=view.path()>"Zrušit všechny filtry"</a></p> })}
        </form>
    }
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
    label: &'static str,
    anything: &'static str,
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
                            <option value=c.value selected=c.selected prop:selected=c.selected>
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
            <input type="checkbox" id=id name=name value=choice.value checked=choice.selected prop:checked=choice.selected />
            <label for=label_for>
                {choice.label}
                <span class="count">{format!(" ({})", choice.count)}</span>
            </label>
        </div>
    }
}
