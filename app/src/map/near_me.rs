//! "Blízko mě": the phone's position, asked for only when the resident taps the button, orders the
//! filter's services by distance. The position goes to the server for that one request and is
//! kept nowhere. Without JavaScript there is no button; the municipality form does the same.

use super::api::near_position;
use super::list::NearbyList;
use domain::map::Nearby;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
enum NearState {
    Idle,
    Locating,
    Found(Nearby),
    Failed(String),
}

/// A part of the map's island ([`super::live_map::LiveMap`]): one module for the page's code.
#[component]
pub fn NearMe(query: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let state = RwSignal::new(NearState::Idle);
    let query = StoredValue::new(query);
    let locate = move |_| {
        state.set(NearState::Locating);
        current_position(move |result| match result {
            Ok((lat, lon)) => leptos::task::spawn_local(async move {
                state.set(match near_position(query.get_value(), lat, lon).await {
                    Ok(nearby) => NearState::Found(nearby),
                    Err(error) => NearState::Failed(error.to_string()),
                });
            }),
            Err(message) => state.set(NearState::Failed(message)),
        });
    };

    view! {
        <Show when=move || hydrated.get()>
            <section class="near-me" aria-labelledby="near-me-heading">
                <h2 id="near-me-heading" class="visually-hidden">"Služby blízko mě"</h2>
                <button type="button" on:click=locate disabled=move || state.get() == NearState::Locating>
                    "Blízko mě"
                </button>
                <span class="muted">" Poloha se nikam neukládá."</span>
                <div role="status" aria-live="polite">
                    {move || match state.get() {
                        NearState::Idle => ().into_any(),
                        NearState::Locating => view! { <p>"Zjišťuji polohu…"</p> }.into_any(),
                        NearState::Failed(message) => view! { <p class="notice">{message}</p> }.into_any(),
                        NearState::Found(nearby) => view! {
                            <h3>"Nejblíže vám"</h3>
                            <NearbyList nearby />
                        }
                        .into_any(),
                    }}
                </div>
            </section>
        </Show>
    }
}

/// A position as latitude and longitude, or why there is none, in Czech.
type Located = Result<(f64, f64), String>;

/// Asks the browser for the position once and calls `done` with it or with a Czech message.
fn current_position(done: impl FnOnce(Located) + 'static) {
    #[cfg(feature = "hydrate")]
    {
        use std::cell::RefCell;
        use std::rc::Rc;
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;

        let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok())
        else {
            done(Err(
                "Tento prohlížeč polohu nezjistí; vyberte obec ze seznamu.".into(),
            ));
            return;
        };
        // Either callback may run, never both: whichever does takes `done`.
        type Once = Rc<RefCell<Option<Box<dyn FnOnce(Located)>>>>;
        let done: Once = Rc::new(RefCell::new(Some(Box::new(done))));
        let on_error = done.clone();
        let success = Closure::once_into_js(move |position: web_sys::Position| {
            let coords = position.coords();
            if let Some(done) = done.borrow_mut().take() {
                done(Ok((coords.latitude(), coords.longitude())));
            }
        });
        let failure = Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
            if let Some(done) = on_error.borrow_mut().take() {
                done(Err(
                    "Polohu se nepodařilo zjistit (nebo jste ji nepovolili). Vyberte obec ze seznamu."
                        .into(),
                ));
            }
        });
        let _ = geolocation.get_current_position_with_error_callback(
            success.unchecked_ref(),
            Some(failure.unchecked_ref()),
        );
    }
    #[cfg(not(feature = "hydrate"))]
    {
        done(Err("Polohu zjišťuje jen prohlížeč.".into()));
    }
}
