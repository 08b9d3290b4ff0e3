//! The chosen audience for browsers without JavaScript: a URL that chooses one (`skupina=...`)
//! sets the cookie that remembers it, and a list page whose URL names no audience is redirected
//! to the same URL with the remembered one, so the URL always says what the page shows.

use app::audience::{remembered, set_cookie, with_audience};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::filter::audience_choice;
use http::header::{COOKIE, SET_COOKIE};
use http::{HeaderValue, Method};

/// Pages that list things for the chosen audience.
const LISTS: [&str; 3] = ["/sluzby", "/mapa", "/dotazy"];

pub async fn remember_audience(
    State(cookies): State<crate::forms::CookiePolicy>,
    request: Request,
    next: Next,
) -> Response {
    let query = request.uri().query().unwrap_or_default().to_owned();
    let choice = audience_choice(&query);
    let path = request.uri().path().to_owned();
    if choice.is_none() && request.method() == Method::GET && LISTS.contains(&path.as_str()) {
        let cookie = request
            .headers()
            .get(COOKIE)
            .and_then(|v| v.to_str().ok())
            .and_then(remembered);
        if let Some(slug) = cookie {
            let here = if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            };
            return Redirect::to(&with_audience(&here, Some(&slug))).into_response();
        }
    }
    let embedded = crate::framing::is_embed(&path);
    let mut response = next.run(request).await;
    if let Some(choice) = choice
        && !embedded
        && let Ok(value) = HeaderValue::from_str(&set_cookie(choice.as_ref(), cookies.secure))
    {
        response.headers_mut().append(SET_COOKIE, value);
    }
    response
}
