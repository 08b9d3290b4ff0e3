//! The page's language, from its address: `/uk/...` and `/en/...` are the Ukrainian and English
//! versions of the Czech page without the prefix. This layer sits in front of the router (it
//! changes the address the router matches): it takes the prefix off, hands the language to the
//! app as a request extension, and puts the prefix back on the redirects the page answers with,
//! so a form posted in Ukrainian comes back in Ukrainian.
//!
//! The choice is remembered (`pomoc_jazyk`): every page in Ukrainian or English sets it, and
//! `/cs/...` — the switch's Czech link — sets Czech and redirects to the address without a
//! prefix. Only the front door follows the remembered language; a shared link keeps its own.

use crate::forms::CookiePolicy;
use app::i18n::{remembered_language, set_language_cookie};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Lang;
use http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE, VARY};
use http::{HeaderValue, Method, Uri};

pub async fn language(
    State(cookies): State<CookiePolicy>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let remembered = request
        .headers()
        .get(COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(remembered_language);
    let with_query = |path: &str| match &query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    if let Some(rest) = czech_choice(&path) {
        let mut response = Redirect::to(&with_query(rest)).into_response();
        set_cookie(&mut response, Lang::Cs, cookies);
        return response;
    }
    let (lang, rest) = Lang::split_path(&path);
    if lang == Lang::Cs {
        if path == "/"
            && query.is_none()
            && request.method() == Method::GET
            && let Some(lang @ (Lang::Uk | Lang::En)) = remembered
        {
            return Redirect::to(&lang.path("/")).into_response();
        }
        request.extensions_mut().insert(Lang::Cs);
        let mut response = next.run(request).await;
        // The offer of another language follows the browser's languages and the cookie.
        if is_page(&response) {
            response
                .headers_mut()
                .append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        }
        return response;
    }
    let rest = if rest.starts_with('?') {
        "/".to_owned()
    } else {
        rest.to_owned()
    };
    match with_query(&rest).parse::<Uri>() {
        Ok(uri) => *request.uri_mut() = uri,
        Err(_) => {
            return (http::StatusCode::BAD_REQUEST, "Adresa stránky není platná.").into_response();
        }
    }
    request.extensions_mut().insert(lang);
    request.headers_mut().remove(ACCEPT_LANGUAGE);
    let mut response = next.run(request).await;
    prefix_redirect(&mut response, lang);
    if remembered != Some(lang) && is_page(&response) {
        set_cookie(&mut response, lang, cookies);
    }
    response
}

/// `/cs/sluzby` → `/sluzby`; `/cs` → `/`.
fn czech_choice(path: &str) -> Option<&str> {
    match path.strip_prefix("/cs")? {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

fn is_page(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// A redirect to one of the portal's pages stays in the language it came from.
fn prefix_redirect(response: &mut Response, lang: Lang) {
    let Some(location) = response
        .headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return;
    };
    if !location.starts_with('/') || location.starts_with("//") {
        return;
    }
    let (already, rest) = Lang::split_path(location);
    if already != Lang::Cs || stays_czech(rest) {
        return;
    }
    if let Ok(value) = HeaderValue::from_str(&lang.path(location)) {
        response.headers_mut().insert(LOCATION, value);
    }
}

/// The staff's and providers' pages (which are Czech only), the API and files.
fn stays_czech(location: &str) -> bool {
    let path = location.split(['?', '#']).next().unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    last.contains('.')
        || ["/sprava", "/pro-poskytovatele", "/api", "/pkg", "/leaflet"]
            .iter()
            .any(|prefix| {
                path.strip_prefix(prefix)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
}

fn set_cookie(response: &mut Response, lang: Lang, cookies: CookiePolicy) {
    if let Ok(value) = HeaderValue::from_str(&set_language_cookie(lang, cookies.secure)) {
        response.headers_mut().append(SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::{czech_choice, stays_czech};

    #[test]
    fn staff_pages_the_api_and_files_stay_czech() {
        assert!(stays_czech("/sprava/sluzby?x=1"));
        assert!(stays_czech("/api/map/markers"));
        assert!(stays_czech("/akce.ics"));
        assert!(!stays_czech("/pomoc/dluhy?obec=549240"));
        assert!(!stays_czech("/spravce"));
    }

    #[test]
    fn the_czech_choice_is_the_address_without_its_prefix() {
        assert_eq!(czech_choice("/cs/sluzby"), Some("/sluzby"));
        assert_eq!(czech_choice("/cs"), Some("/"));
        assert_eq!(czech_choice("/csak"), None);
        assert_eq!(czech_choice("/sluzby"), None);
    }
}
