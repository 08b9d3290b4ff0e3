//! The cookie that remembers the resident's language: set by every page in Ukrainian or
//! English and by the switch's Czech link, read at the front door (`/`) and by the offer.

use crate::common::{cookie_value, set_preference};
use domain::Lang;

pub const COOKIE: &str = "pomoc_jazyk";

/// The language a `Cookie` header remembers.
pub fn remembered(cookie_header: &str) -> Option<Lang> {
    cookie_value(cookie_header, COOKIE).and_then(Lang::from_code)
}

/// The `Set-Cookie` value that remembers `lang`.
pub fn set_cookie(lang: Lang, secure: bool) -> String {
    set_preference(COOKIE, Some(lang.code()), secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_round_trips_and_ignores_other_cookies() {
        let set = set_cookie(Lang::Uk, false);
        let value = set.split(';').next().unwrap();
        assert_eq!(remembered(&format!("a=b; {value}")), Some(Lang::Uk));
        assert_eq!(remembered("pomoc_jazyk=de"), None);
        assert!(set_cookie(Lang::En, true).ends_with("; Secure"));
    }
}
