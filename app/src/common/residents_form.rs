//! What forms anyone may post share: the honeypot field robots fill and people never see, and
//! the order a post is screened in — robot, then the form's rules, then the client's rate limit.

use leptos::prelude::*;

/// The field people cannot see (hidden by CSS, out of the tab order) and robots fill; it is named
/// `web` in every form.
#[component]
pub fn Honeypot() -> impl IntoView {
    view! {
        <div class="honeypot" aria-hidden="true">
            <label for="web">"Tohle pole nevyplňujte"</label>
            <input id="web" name="web" type="text" tabindex="-1" autocomplete="off" />
        </div>
    }
}

/// A resident's post after screening.
#[cfg(feature = "ssr")]
pub enum Screened<T> {
    /// The honeypot was filled: drop it, and thank the robot as if it were kept.
    Robot,
    /// The form's rules refused it (422, errors by field), or this client posted too often (429).
    Refused(super::Refusal),
    Accepted(T),
}

#[cfg(feature = "ssr")]
pub async fn screen<T>(
    robot: bool,
    validate: impl FnOnce() -> Result<T, domain::admin::FieldErrors>,
    limit: impl Fn(&crate::state::Throttles) -> &crate::state::Throttle,
) -> Screened<T> {
    if robot {
        tracing::info!("honeypot filled: post dropped");
        return Screened::Robot;
    }
    match validate() {
        Err(errors) => Screened::Refused(super::Refusal::fields(errors)),
        Ok(value) => match crate::state::throttle(limit).await {
            Err(error) => Screened::Refused(error.into()),
            Ok(()) => Screened::Accepted(value),
        },
    }
}
