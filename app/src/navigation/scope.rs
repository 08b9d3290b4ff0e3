//! Which addresses the page moves to by itself: the residents' pages of the portal. The staff
//! area, the embedded views, the API, files and anything on another origin are left to the
//! browser, which loads them as a new document.

/// Path prefixes the in-page navigation never takes.
const LEFT_TO_THE_BROWSER: &[&str] = &[
    "/sprava",
    "/pro-poskytovatele",
    "/embed",
    "/api",
    "/pkg",
    "/leaflet",
    "/p",
];

/// Whether a same-origin path (without its query) is a resident's page the router can fetch and
/// show in the page: not a prefix above, and not a file (`/udalosti.ics`, `/sw.js`).
pub fn in_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    path.starts_with('/')
        && !last.contains('.')
        && !LEFT_TO_THE_BROWSER.iter().any(|prefix| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
}

/// Whether the page on screen (`shown`) moves to `path` by itself: a resident's page in the same
/// language. Another language is a new document (its `<html lang>` differs), and `/cs/...`
/// is the switch's Czech link, which the server answers with a redirect that remembers it.
pub fn in_page_from(shown: &str, path: &str) -> bool {
    if path == "/cs" || path.starts_with("/cs/") {
        return false;
    }
    let (here, _) = domain::Lang::split_path(shown);
    let (there, rest) = domain::Lang::split_path(path);
    here == there && in_page(rest)
}

#[cfg(test)]
mod tests {
    use super::{in_page, in_page_from};

    #[test]
    fn another_language_is_a_new_document() {
        assert!(in_page_from("/uk/pomoc", "/uk/pomoc/dluhy"));
        assert!(in_page_from("/sluzby", "/pomoc"));
        assert!(!in_page_from("/uk/pomoc", "/en/pomoc"));
        assert!(!in_page_from("/uk/pomoc", "/cs/pomoc"));
        assert!(!in_page_from("/pomoc", "/uk/pomoc"));
        assert!(!in_page_from("/uk/", "/uk/embed/mapa"));
    }

    #[test]
    fn the_residents_pages_are_taken() {
        for path in [
            "/",
            "/sluzby",
            "/sluzby/12",
            "/mapa",
            "/pomoc/dluhy/ne",
            "/dotazy/mame-dluhy",
            "/spravce",
        ] {
            assert!(in_page(path), "{path}");
        }
    }

    #[test]
    fn staff_embeds_files_and_the_api_are_left_to_the_browser() {
        for path in [
            "/sprava",
            "/sprava/sluzby/1",
            "/embed/mapa",
            "/api/hsds/services",
            "/pkg/pomoc.wasm",
            "/akce.ics",
            "/sw.js",
            "/p/ab12",
            "sluzby",
        ] {
            assert!(!in_page(path), "{path}");
        }
    }
}
