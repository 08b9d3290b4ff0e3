//! The meter beside a new-password field: as staff type, the server's estimate of how guessable
//! the password is (`password_strength`), with what to do better. The lists stay on the server;
//! the browser sends the password after a pause in typing, over the same connection the form
//! would. Without JavaScript the meter is absent and the form's answer says the same.

use domain::password::Strength;
use leptos::prelude::*;

/// What the meter shows: nothing (no password yet), the estimate, or why there is none.
type Shown = Option<Result<Strength, String>>;

/// The meter for the password input `field`, whose owner's login name is in the input
/// `username_field` (hidden on the own-password pages, typed on the new-account one).
#[island(lazy)]
pub fn PasswordMeter(field: String, username_field: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    let shown = RwSignal::new(Shown::None);
    let status_id = format!("{field}-sila");
    Effect::new(move |_| {
        hydrated.set(true);
        listen(&field, &username_field, shown);
    });
    view! {
        <Show when=move || hydrated.get()>
            <div class="password-meter" id=status_id.clone() role="status" aria-live="polite">
                {move || match shown.get() {
                    None => ().into_any(),
                    Some(Err(message)) => view! { <p class="muted">{message}</p> }.into_any(),
                    Some(Ok(strength)) => view! { <Estimate strength /> }.into_any(),
                }}
            </div>
        </Show>
    }
}

#[component]
fn Estimate(strength: Strength) -> impl IntoView {
    let verdict = if strength.acceptable() {
        "Takové heslo lze uložit."
    } else {
        "Takové heslo portál nepřijme."
    };
    view! {
        <meter min="0" max="4" low="2.5" high="3.5" optimum="4" value=strength.score.to_string()
            aria-hidden="true"></meter>
        <p>
            <strong>{format!("Síla hesla: {}. ", strength.label())}</strong>
            {verdict}
        </p>
        {strength.warning.clone().map(|warning| view! { <p>{warning}</p> })}
        {(!strength.suggestions.is_empty()).then(|| view! {
            <ul class="muted">
                {strength.suggestions.clone().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ul>
        })}
    }
}

/// How long typing must pause before the server is asked.
#[cfg(feature = "hydrate")]
const PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

/// Asks for an estimate after each pause in typing into `field` (and at once for what was typed
/// before this ran); an answer to an older text than the field holds is dropped.
#[cfg(feature = "hydrate")]
fn listen(field: &str, username_field: &str, shown: RwSignal<Shown>) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::HtmlInputElement;

    let input_named = |id: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
    };
    let Some(input) = input_named(field) else {
        return;
    };
    let username = input_named(username_field);
    let pending = Rc::new(Cell::new(None::<TimeoutHandle>));
    let latest = Rc::new(Cell::new(0u32));
    let typed = input.clone();
    let weigh = move || {
        if let Some(timer) = pending.take() {
            timer.clear();
        }
        let asked = latest.get().wrapping_add(1);
        latest.set(asked);
        let password = typed.value();
        if password.is_empty() {
            shown.set(None);
            return;
        }
        let name = username
            .as_ref()
            .map(HtmlInputElement::value)
            .unwrap_or_default();
        let latest = latest.clone();
        let ask = move || {
            leptos::task::spawn_local(async move {
                let answer = super::api::password_strength(password, name).await;
                if latest.get() == asked {
                    shown.set(Some(answer.map_err(|error| error.to_string())));
                }
            })
        };
        pending.set(set_timeout_with_handle(ask, PAUSE).ok());
    };
    // What was typed before the page's script ran is weighed at once.
    if !input.value().is_empty() {
        weigh();
    }
    let on_input = Closure::<dyn FnMut()>::new(weigh);
    // The listener lives as long as the page.
    if input
        .add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref())
        .is_ok()
    {
        on_input.forget();
    }
}

#[cfg(not(feature = "hydrate"))]
fn listen(_field: &str, _username_field: &str, _shown: RwSignal<Shown>) {}
