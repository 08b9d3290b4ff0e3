//! Where a service is, in its form: one fieldset per place (and an empty one to add a place;
//! choosing no municipality removes a row), and the municipalities a field service reaches.
//! Rows post as parallel lists, so they work without JavaScript.

use crate::admin::form::{FieldError, Fields};
use domain::admin::service_edit::{HOURS_MAX, NAME_MAX, location_field};
use domain::catalog::MunicipalityRef;
use leptos::prelude::*;

#[component]
pub fn PlaceRows(
    fields: Fields,
    names: Vec<String>,
    streets: Vec<String>,
    places: Vec<String>,
    postcodes: Vec<String>,
    hours: Vec<String>,
    municipalities: Vec<MunicipalityRef>,
) -> impl IntoView {
    let rows = places.len() + 1;
    let cell = |column: &[String], i: usize| column.get(i).cloned().unwrap_or_default();
    view! {
        {fields.error("locations")}
        {(0..rows).map(|i| {
            let row = location_field(i);
            let input = |name: &'static str, label: &'static str, value: String, max: usize| {
                let id = format!("{name}-{i}");
                view! {
                    <label for=id.clone()>{label}</label>
                    <input id=id name=name type="text" value=value maxlength=max.to_string() />
                }
            };
            let chosen = cell(&places, i);
            let select_id = format!("loc_municipality-{i}");
            view! {
                <fieldset class="place" aria-describedby=fields.described(&row)>
                    <legend>{if i + 1 == rows { "Nové místo".to_owned() } else { format!("Místo {}", i + 1) }}</legend>
                    <FieldError errors=fields.errors() field=row.clone() />
                    {input("loc_name", "Název místa (nepovinné)", cell(&names, i), NAME_MAX)}
                    {input("loc_street", "Ulice a číslo", cell(&streets, i), NAME_MAX)}
                    <label for=select_id.clone()>"Obec"</label>
                    <select id=select_id name="loc_municipality">
                        <option value="" selected=chosen.is_empty()>"— bez obce (místo se nezapíše) —"</option>
                        {municipalities.iter().map(|m| {
                            let value = m.code.number().to_string();
                            let selected = value == chosen;
                            view! { <option value=value selected=selected>{m.name.clone()}</option> }
                        }).collect_view()}
                    </select>
                    {input("loc_postcode", "PSČ", cell(&postcodes, i), 10)}
                    {input("loc_hours", "Provozní doba místa (nepovinné)", cell(&hours, i), HOURS_MAX)}
                </fieldset>
            }
        }).collect_view()}
    }
}

#[component]
pub fn AreaChoice(
    fields: Fields,
    selected: Vec<String>,
    municipalities: Vec<MunicipalityRef>,
) -> impl IntoView {
    let choices = municipalities
        .into_iter()
        .map(|m| (m.code.number().to_string(), m.name))
        .collect();
    fields.checkboxes(
        "area",
        "Obce, kam terénní služba dojíždí",
        &selected,
        choices,
    )
}
