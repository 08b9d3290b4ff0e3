//! The residents' languages: Czech first, Ukrainian and English beside it. A page's language is
//! in its address — Czech without a prefix, the others under `/uk` and `/en` — so every version
//! of a page has its own link and the switch keeps the place.

mod dates;
mod negotiate;
mod translations;

pub use dates::{month_name, short_date, weekdays};
pub use negotiate::preferred;
pub use translations::{Localized, Translations};

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Cs,
    Uk,
    En,
}

impl Lang {
    /// In the order the switch offers them.
    pub const ALL: [Lang; 3] = [Lang::Cs, Lang::Uk, Lang::En];
    /// The languages content is translated into (Czech is the original).
    pub const TRANSLATED: [Lang; 2] = [Lang::Uk, Lang::En];

    /// The BCP 47 tag, for `lang` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Cs => "cs",
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in itself, as the switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Cs => "Čeština",
            Lang::Uk => "Українська",
            Lang::En => "English",
        }
    }

    /// What an address starts with in this language: nothing for Czech.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Cs => "",
            Lang::Uk => "/uk",
            Lang::En => "/en",
        }
    }

    /// The language an address is in, and the address without its prefix (`/uk/sluzby` →
    /// Ukrainian, `/sluzby`; `/uk` → Ukrainian, `/`). `/ukazka` stays Czech.
    pub fn split_path(path: &str) -> (Lang, &str) {
        for lang in Lang::TRANSLATED {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') || rest.starts_with('?') {
                    return (lang, rest);
                }
            }
        }
        (Lang::Cs, path)
    }

    /// `path` (with its query) in this language. Only the portal's own absolute paths get a
    /// prefix; `/` becomes `/uk/`.
    pub fn path(self, path: &str) -> String {
        if self == Lang::Cs || !path.starts_with('/') || path.starts_with("//") {
            return path.to_owned();
        }
        format!("{}{path}", self.prefix())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_its_language_and_the_rest_is_the_czech_path() {
        assert_eq!(Lang::split_path("/uk/sluzby"), (Lang::Uk, "/sluzby"));
        assert_eq!(Lang::split_path("/en"), (Lang::En, "/"));
        assert_eq!(Lang::split_path("/en?jazyk=en"), (Lang::En, "?jazyk=en"));
        assert_eq!(Lang::split_path("/ukazka"), (Lang::Cs, "/ukazka"));
        assert_eq!(Lang::split_path("/sluzby"), (Lang::Cs, "/sluzby"));
        assert_eq!(Lang::split_path("/"), (Lang::Cs, "/"));
    }

    #[test]
    fn only_the_portals_own_paths_get_a_prefix() {
        assert_eq!(Lang::Uk.path("/pomoc/dluhy"), "/uk/pomoc/dluhy");
        assert_eq!(Lang::En.path("/"), "/en/");
        assert_eq!(Lang::Cs.path("/pomoc"), "/pomoc");
        assert_eq!(
            Lang::Uk.path("https://example.org/"),
            "https://example.org/"
        );
        assert_eq!(Lang::Uk.path("//example.org/"), "//example.org/");
        assert_eq!(Lang::Uk.path("#obsah"), "#obsah");
    }

    #[test]
    fn codes_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("UK"), Some(Lang::Uk));
        assert_eq!(Lang::from_code("ru"), None);
    }
}
