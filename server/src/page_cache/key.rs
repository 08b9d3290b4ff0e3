//! Which requests may be answered with a kept page, and under what key: the address with its
//! query in one order, the page's language, the audience the browser's cookie remembers and the
//! language a Czech page offers (from the language cookie and `Accept-Language`) — everything
//! a public page's render reads from the request. Staff's and providers' pages, the API, files
//! and any request carrying a staff session are never served from the cache.

use axum::extract::Request;
use domain::Lang;
use http::Method;
use http::header::{ACCEPT_LANGUAGE, COOKIE};

/// What a kept page is found by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageKey(String);

/// The key of a request that may be answered from the cache; `None` for one that may not.
/// `session_cookie` is the staff session's cookie name.
pub fn of(request: &Request, session_cookie: &str) -> Option<PageKey> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return None;
    }
    let path = request.uri().path();
    if !is_public_page(path) {
        return None;
    }
    let header = |name| {
        request
            .headers()
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let cookies = header(COOKIE);
    if has_cookie(&cookies, session_cookie) {
        return None;
    }
    let lang = *request.extensions().get::<Lang>()?;
    let query = normalised_query(request.uri().query().unwrap_or_default())?;
    let audience = app::audience::remembered(&cookies);
    let offer = match lang {
        Lang::Cs => app::i18n::offered_for(&cookies, &header(ACCEPT_LANGUAGE)),
        Lang::Uk | Lang::En => None,
    };
    Some(PageKey(format!(
        "{}|{path}|{query}|{}|{}",
        lang.code(),
        audience.as_ref().map_or("", |a| a.as_str()),
        offer.map_or("", Lang::code),
    )))
}

#[cfg(test)]
impl PageKey {
    pub fn for_test(key: &str) -> PageKey {
        PageKey(key.to_owned())
    }
}

/// The residents' pages: not the staff's or providers' area, the API, the bundle or a file.
fn is_public_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    !crate::cache_control::is_staff(path)
        && !last.contains('.')
        && !["/api/", "/pkg/", "/leaflet/", "/dokumenty/"]
            .iter()
            .any(|prefix| path.starts_with(prefix))
}

/// The query's pairs, decoded, in the order of their names (values of one name keep theirs),
/// each written with its length so that no two queries meet; `None` for one that does not
/// decode (the page answers it with its own message).
fn normalised_query(raw: &str) -> Option<String> {
    if raw.is_empty() {
        return Some(String::new());
    }
    let mut pairs = domain::query::parse_pairs(raw).ok()?;
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(
        pairs
            .iter()
            .map(|(k, v)| format!("{}:{k}={}:{v}", k.len(), v.len()))
            .collect(),
    )
}

/// Whether the `Cookie` header names `name` (with or without the `__Host-` prefix).
fn has_cookie(cookies: &str, name: &str) -> bool {
    let bare = name.trim_start_matches("__Host-");
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(key, _)| key == name || key == bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, uri: &str, cookie: Option<&str>, lang: Lang) -> Request {
        let mut builder = http::Request::builder().method(method).uri(uri);
        if let Some(cookie) = cookie {
            builder = builder.header(COOKIE, cookie);
        }
        let mut request = builder.body(axum::body::Body::empty()).expect("request");
        request.extensions_mut().insert(lang);
        request
    }

    fn key(uri: &str, cookie: Option<&str>) -> Option<PageKey> {
        of(
            &request(Method::GET, uri, cookie, Lang::Cs),
            "__Host-pomoc_sprava",
        )
    }

    #[test]
    fn the_order_of_a_query_does_not_make_another_page() {
        assert_eq!(
            key("/sluzby?q=dluhy&forma=terenni", None),
            key("/sluzby?forma=terenni&q=dluhy", None)
        );
        assert_eq!(key("/sluzby?q=a%20b", None), key("/sluzby?q=a+b", None));
        assert_ne!(key("/sluzby?q=a&q=b", None), key("/sluzby?q=b&q=a", None));
        assert_ne!(key("/sluzby?q=a%26b=c", None), key("/sluzby?q=a&b=c", None));
    }

    #[test]
    fn the_language_and_the_remembered_audience_make_other_pages() {
        let czech = key("/sluzby", None);
        let ukrainian = of(
            &request(Method::GET, "/sluzby", None, Lang::Uk),
            "pomoc_sprava",
        );
        assert_ne!(czech, ukrainian);
        assert_ne!(czech, key("/sluzby", Some("pomoc_skupina=seniori")));
        assert_ne!(czech, key("/sluzby", Some("pomoc_jazyk=uk")));
        assert_eq!(czech, key("/sluzby", Some("pomoc_csrf=abc; jine=1")));
    }

    #[test]
    fn staff_sessions_staff_pages_posts_and_files_are_never_kept() {
        assert!(key("/sluzby", Some("__Host-pomoc_sprava=x")).is_none());
        assert!(key("/sluzby", Some("a=1; pomoc_sprava=x")).is_none());
        assert!(key("/sprava/sluzby", None).is_none());
        assert!(key("/pro-poskytovatele", None).is_none());
        assert!(key("/api/search", None).is_none());
        assert!(key("/akce.ics", None).is_none());
        let post = request(Method::POST, "/zpetna-vazba", None, Lang::Cs);
        assert!(of(&post, "pomoc_sprava").is_none());
        assert!(key("/sluzby?q=%ff", None).is_none());
    }
}
