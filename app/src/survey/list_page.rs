//! `/ankety`: open surveys to answer, closed ones with their results.

use super::api::load_survey_list;
use crate::common::{count, loaded};
use domain::survey::SurveySummary;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn SurveyListPage() -> impl IntoView {
    view! {
        <Title text="Ankety" />
        <Meta name="description" content="Krátké anonymní ankety k plánování sociálních služeb a jejich výsledky." />
        {loaded(|| (), |_| load_survey_list(), |surveys: Vec<SurveySummary>| view! { <ListBody surveys /> })}
    }
}

#[component]
fn ListBody(surveys: Vec<SurveySummary>) -> impl IntoView {
    view! {
        <section class="narrow" aria-labelledby="surveys-heading">
            <h1 id="surveys-heading">"Ankety"</h1>
            <p class="lead">"Řekněte nám, jak se vám se službami žije. Ankety jsou anonymní: neptáme se na jméno ani kontakt."</p>
            {if surveys.is_empty() {
                view! { <p>"Teď neprobíhá žádná anketa."</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {surveys.into_iter().map(|s| {
                            let answered = count(s.responses as u32, "odpověď", "odpovědi", "odpovědí");
                            view! {
                                <li>
                                    {if s.open {
                                        view! { <a href=format!("/ankety/{}", s.slug)>{s.title.clone()}</a> }.into_any()
                                    } else {
                                        view! { <span>{s.title.clone()}</span>" (uzavřená)" }.into_any()
                                    }}
                                    " · " <a href=format!("/ankety/{}/vysledky", s.slug)>{format!("výsledky ({answered})")}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
