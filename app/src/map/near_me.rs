//! "Blízko mě": the phone's position, asked for only when the resident taps the button, orders the
//! filter's services by distance. The position goes to the server for that one request and is
//! kept nowhere. Without JavaScript there is no button; the municipality form does the same.

use super::api::near_position;
use super::list::NearbyList;
use super::words::{MapWords, NearMeWords};
use domain::map::Nearby;
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
enum NearState {
    Idle,
    Locating,
    Found(Nearby),
    Failed(String),
}

/// Why the browser gave no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoPosition {
    /// The browser cannot locate at all.
    Unsupported,
    /// It could not, or the resident did not allow it (only a browser can say so).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Failed,
}

/// A part of the map's island ([`super::live_map::LiveMap`]): one module for the page's code.
#[component]
pub fn NearMe(query: String, words: NearMeWords, list_words: MapWords) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let state = RwSignal::new(NearState::Idle);
    let query = StoredValue::new(query);
    let (unsupported, failed) = (words.unsupported.clone(), words.failed.clone());
    let locate = move |_| {
        let (unsupported, failed) = (unsupported.clone(), failed.clone());
        state.set(NearState::Locating);
        current_position(move |result| match result {
            Ok((lat, lon)) => leptos::task::spawn_local(async move {
                state.set(match near_position(query.get_value(), lat, lon).await {
                    Ok(nearby) => NearState::Found(nearby),
                    Err(error) => NearState::Failed(error.to_string()),
                });
            }),
            Err(NoPosition::Unsupported) => state.set(NearState::Failed(unsupported)),
            Err(NoPosition::Failed) => state.set(NearState::Failed(failed)),
        });
    };

    view! {
        <Show when=move || hydrated.get()>
            <section class="near-me" aria-labelledby="near-me-heading">
                <h2 id="near-me-heading" class="visually-hidden">{words.heading.clone()}</h2>
                <button type="button" on:click=locate.clone() disabled=move || state.get() == NearState::Locating>
                    {words.button.clone()}
                </button>
                <span class="muted">" "{words.private.clone()}</span>
                <div role="status" aria-live="polite">
                    {
                        let (words, list_words) = (words.clone(), list_words.clone());
                        move || match state.get() {
                            NearState::Idle => ().into_any(),
                            NearState::Locating => view! { <p>{words.locating.clone()}</p> }.into_any(),
                            NearState::Failed(message) => view! { <p class="notice">{message}</p> }.into_any(),
                            NearState::Found(nearby) => view! {
                                <h3>{words.nearest.clone()}</h3>
                                <NearbyList nearby words=list_words.clone() />
                            }
                            .into_any(),
                        }
                    }
                </div>
            </section>
        </Show>
    }
}

/// A position as latitude and longitude, or why there is none.
type Located = Result<(f64, f64), NoPosition>;

/// Asks the browser for the position once and calls `done` with it or with why not.
fn current_position(done: impl FnOnce(Located) + 'static) {
    #[cfg(feature = "hydrate")]
    {
        use std::cell::RefCell;
        use std::rc::Rc;
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;

        let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok())
        else {
            done(Err(NoPosition::Unsupported));
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
                done(Err(NoPosition::Failed));
            }
        });
        let _ = geolocation.get_current_position_with_error_callback(
            success.unchecked_ref(),
            Some(failure.unchecked_ref()),
        );
    }
    #[cfg(not(feature = "hydrate"))]
    {
        done(Err(NoPosition::Unsupported));
    }
}
