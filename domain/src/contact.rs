//! Ways to reach a service: phone numbers, e-mail addresses, web addresses. Each parses itself.

use crate::parsed::{text_value, without_spaces};

/// Why a contact was refused, in Czech for the form field it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error("telefon zadejte jako 9 číslic (např. 382 123 456), případně s předvolbou +420")]
    Phone,
    #[error("e-mail má tvar jmeno@domena.cz")]
    Email,
    #[error("webová adresa má tvar https://www.example.cz")]
    Url,
}

/// A Czech phone number (9 digits) or a short national line such as 116 123.
/// Kept as "+420 382 123 456" or "116 123".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, ContactError> {
        let compact: String = without_spaces(input)
            .chars()
            .filter(|c| !matches!(c, '-' | '/' | '(' | ')' | '.'))
            .collect();
        let national = compact
            .strip_prefix("+420")
            .or_else(|| compact.strip_prefix("00420"))
            .unwrap_or(&compact);
        if !national.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ContactError::Phone);
        }
        match national.len() {
            9 if !national.starts_with(['0', '1']) => Ok(Phone(format!(
                "+420 {} {} {}",
                &national[..3],
                &national[3..6],
                &national[6..]
            ))),
            // Emergency and service numbers (112, 1212) and the European helplines (116 xxx).
            3 | 4 if national.starts_with('1') && national.len() == compact.len() => {
                Ok(Phone(group_by_three(national)))
            }
            6 if national.starts_with("116") && national.len() == compact.len() => {
                Ok(Phone(group_by_three(national)))
            }
            _ => Err(ContactError::Phone),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number as people read it in the Czech Republic, without the country prefix.
    pub fn display(&self) -> &str {
        self.0.strip_prefix("+420 ").unwrap_or(&self.0)
    }

    /// The `tel:` link a phone dials.
    pub fn href(&self) -> String {
        format!("tel:{}", without_spaces(&self.0))
    }
}
text_value!(Phone, ContactError);

fn group_by_three(digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// An e-mail address; the domain is kept in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, ContactError> {
        let input = input.trim();
        let (local, domain) = input.split_once('@').ok_or(ContactError::Email)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "._%+-!#$&'*/=?^`{|}~".contains(c))
            && !local.starts_with('.')
            && !local.ends_with('.');
        if input.len() > 254 || !local_ok || !is_domain(domain) {
            return Err(ContactError::Email);
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn href(&self) -> String {
        format!("mailto:{}", self.0)
    }
}
text_value!(Email, ContactError);

/// A host name with at least two labels and a top-level domain of letters.
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// A web address with http or https; "www.example.cz" gains "https://".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(input: &str) -> Result<Self, ContactError> {
        let input = input.trim();
        let lower = input.to_ascii_lowercase();
        let (scheme, rest) = if lower.starts_with("https://") {
            ("https://", &input[8..])
        } else if lower.starts_with("http://") {
            ("http://", &input[7..])
        } else if lower.contains("://") {
            return Err(ContactError::Url);
        } else {
            ("https://", input)
        };
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(end);
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                host
            }
            _ => authority,
        };
        let path_ok = path.chars().all(|c| {
            !c.is_whitespace() && !c.is_control() && !matches!(c, '"' | '<' | '>' | '\\' | '`')
        });
        if input.len() > 2000 || !is_domain(host) || !path_ok {
            return Err(ContactError::Url);
        }
        Ok(WebUrl(format!(
            "{scheme}{}{path}",
            authority.to_lowercase()
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address without its scheme and trailing slash, as it is printed.
    pub fn display(&self) -> &str {
        let rest = self.0.split_once("://").map_or(self.0.as_str(), |(_, r)| r);
        rest.strip_suffix('/').unwrap_or(rest)
    }
}
text_value!(WebUrl, ContactError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalise_to_one_form() {
        for input in [
            "382 123 456",
            "+420 382 123 456",
            "00420382123456",
            "382-123-456",
            "+420 (382) 123/456",
        ] {
            let phone = Phone::parse(input).unwrap();
            assert_eq!(phone.as_str(), "+420 382 123 456", "{input}");
            assert_eq!(phone.display(), "382 123 456");
            assert_eq!(phone.href(), "tel:+420382123456");
        }
    }

    #[test]
    fn short_national_lines_are_phones() {
        let line = Phone::parse("116123").unwrap();
        assert_eq!(line.as_str(), "116 123");
        assert_eq!(line.href(), "tel:116123");
        assert_eq!(Phone::parse("112").unwrap().as_str(), "112");
    }

    #[test]
    fn phones_refuse_nonsense() {
        for input in [
            "",
            "12345",
            "082 123 456",
            "38212345a",
            "+421 382 123 456",
            "+420 116 123",
            "3821234567",
        ] {
            assert_eq!(Phone::parse(input), Err(ContactError::Phone), "{input}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Info@Charita.CZ ").unwrap().as_str(),
            "Info@charita.cz"
        );
        for input in [
            "",
            "@x.cz",
            "a@",
            "a@b",
            "a b@c.cz",
            "a@b.c",
            "a@@b.cz",
            "<script>@x.cz",
        ] {
            assert!(Email::parse(input).is_err(), "{input}");
        }
    }

    #[test]
    fn web_addresses() {
        let url = WebUrl::parse("www.Pisek.cz/socialni-odbor/").unwrap();
        assert_eq!(url.as_str(), "https://www.pisek.cz/socialni-odbor/");
        assert_eq!(url.display(), "www.pisek.cz/socialni-odbor");
        assert_eq!(
            WebUrl::parse("http://example.cz:8080/a?b=c")
                .unwrap()
                .as_str(),
            "http://example.cz:8080/a?b=c"
        );
        for input in [
            "",
            "javascript:alert(1)",
            "ftp://x.cz",
            "https://",
            "https://localhost",
            "https://x.cz/a b",
            "https://x.cz/\"><script>",
        ] {
            assert!(WebUrl::parse(input).is_err(), "{input}");
        }
    }
}
