//! The catalogue's filter form. Without JavaScript it is a plain GET form; after hydration every
//! change submits it at once and the router navigates to the canonical query, so the URL always
//! says what is shown.

use domain::catalog::Facets;
use domain::filter::keys;
use domain::{DeliveryForm, Filter};
use leptos::ev::{Event, SubmitEvent};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement, UrlSearchParams};

/// The form's fields as a canonical catalogue query.
fn form_query(form: &HtmlFormElement) -> Option<String> {
    let data = FormData::new_with_form(form).ok()?;
    let params = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let raw = String::from(params.to_string());
    Some(
        Filter::from_query(&raw)
            .map(|p| p.filter.to_query())
            .unwrap_or(raw),
    )
}

#[component]
pub fn FilterForm(filter: Filter, facets: Facets) -> impl IntoView {
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
        let url = if query.is_empty() {
            "/sluzby".to_owned()
        } else {
            format!("/sluzby?{query}")
        };
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

    let selected_audience = filter.audience.clone();
    let selected_municipality = filter.municipality;
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
        <form class="filters" method="get" action="/sluzby" role="search" aria-label="Hledání a filtry" on:submit=on_submit on:change=on_change>
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
            <div class="field">
                <label for="filter-audience">"Pro koho"</label>
                <select id="filter-audience" name=keys::AUDIENCE>
                    <option value="" selected=selected_audience.is_none()>"Všechny skupiny"</option>
                    {facets
                        .audiences
                        .into_iter()
                        .map(|f| {
                            let selected = selected_audience.as_ref() == Some(&f.value.slug);
                            view! {
                                <option value=f.value.slug.to_string() selected=selected prop:selected=selected>
                                    {format!("{} ({})", f.value.name, f.count)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-municipality">"Obec"</label>
                <select id="filter-municipality" name=keys::MUNICIPALITY>
                    <option value="" selected=selected_municipality.is_none()>"Všechny obce"</option>
                    {facets
                        .municipalities
                        .into_iter()
                        .map(|f| {
                            let selected = selected_municipality == Some(f.value.code);
                            view! {
                                <option value=f.value.code.to_string() selected=selected prop:selected=selected>
                                    {format!("{} ({})", f.value.name, f.count)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <fieldset class="field">
                <legend>"Forma služby"</legend>
                {facets
                    .forms
                    .into_iter()
                    .map(|f| {
                        let checked = filter.forms.contains(&f.value);
                        let id = format!("filter-form-{}", f.value.slug());
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() name=keys::FORM value=f.value.slug() checked=checked prop:checked=checked />
                                <label for=id>
                                    {form_label(f.value)}
                                    <span class="count">{format!(" ({})", f.count)}</span>
                                </label>
                            </div>
                        }
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
                            let checked = filter.service_types.contains(&f.value);
                            let id = format!("filter-type-{}", f.value.slug());
                            view! {
                                <div class="check">
                                    <input type="checkbox" id=id.clone() name=keys::SERVICE_TYPE value=f.value.slug() checked=checked prop:checked=checked />
                                    <label for=id>
                                        {f.value.label()}
                                        <span class="count">{format!(" ({})", f.count)}</span>
                                    </label>
                                </div>
                            }
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
            {(!filter.is_unrestricted()).then(|| view! { <p class="reset"><a href="/sluzby">"Zrušit všechny filtry"</a></p> })}
        </form>
    }
}

fn form_label(form: DeliveryForm) -> String {
    format!("{} – {}", form.label(), form.explanation())
}
