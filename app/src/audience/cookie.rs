//! The cookie that remembers the chosen audience between visits. It holds a slug and nothing
//! else: a preference, not a secret, so the browser's own code may read and write it too.

use crate::common::{cookie_value, set_preference};
use domain::AudienceSlug;

pub const COOKIE: &str = "pomoc_skupina";

/// The audience a `Cookie` header remembers.
pub fn remembered(cookie_header: &str) -> Option<AudienceSlug> {
    cookie_value(cookie_header, COOKIE).and_then(|value| AudienceSlug::parse(value).ok())
}

/// The `Set-Cookie` value that remembers `choice`, or forgets when there is none.
pub fn set_cookie(choice: Option<&AudienceSlug>, secure: bool) -> String {
    set_preference(COOKIE, choice.map(|slug| slug.as_str()), secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_round_trips_and_ignores_other_cookies() {
        let slug = AudienceSlug::parse("seniori").unwrap();
        let set = set_cookie(Some(&slug), true);
        assert!(set.ends_with("; Secure"), "{set}");
        assert!(!set_cookie(Some(&slug), false).contains("Secure"));
        let value = set.split(';').next().unwrap();
        assert_eq!(remembered(&format!("a=b; {value}; c=d")), Some(slug));
        assert_eq!(remembered("pomoc_skupina=<script>"), None);
        assert_eq!(remembered(""), None);
        assert!(set_cookie(None, true).contains("Max-Age=0"));
    }
}
