//! The residents' preference cookies (the audience, the language): a value and nothing else, a
//! preference rather than a secret, kept a year for the whole site.

const YEAR: u32 = 365 * 24 * 60 * 60;

/// The value of cookie `name` in a `Cookie` header.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.trim())
}

/// The `Set-Cookie` value that keeps `value` under `name` for a year, or forgets it (`None`).
pub fn set_preference(name: &str, value: Option<&str>, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    match value {
        Some(value) => format!("{name}={value}; Path=/; Max-Age={YEAR}; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; Max-Age=0; SameSite=Lax{secure}"),
    }
}
