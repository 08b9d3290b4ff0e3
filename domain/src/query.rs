//! The URL query string: `application/x-www-form-urlencoded`, as browsers send GET forms.

/// Why a query string could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("adresa je příliš dlouhá (nejvýše {max} znaků)")]
    TooLong { max: usize },
    #[error("adresa obsahuje neplatně zakódované znaky")]
    InvalidEncoding,
}

/// Splits a query into decoded key-value pairs. A `%` not followed by two hex digits is kept as
/// it is, like browsers do; bytes that do not form UTF-8 make the whole query invalid.
pub fn parse_pairs(query: &str) -> Result<Vec<(String, String)>, QueryError> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Ok((decode(key)?, decode(value)?))
        })
        .collect()
}

fn decode(text: &str) -> Result<String, QueryError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(hex),
                bytes.get(i + 2).and_then(hex),
            ) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| QueryError::InvalidEncoding)
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encodes a value for a query string (space as `+`).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Joins pairs into a query string without the leading `?`.
pub fn join_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_forms_as_browsers_send_them() {
        let pairs =
            parse_pairs("?q=pe%C4%8Dovatelsk%C3%A1+slu%C5%BEba&druh=a&druh=b&empty&x=%zz").unwrap();
        assert_eq!(
            pairs,
            [
                ("q".into(), "pečovatelská služba".into()),
                ("druh".into(), "a".into()),
                ("druh".into(), "b".into()),
                ("empty".into(), String::new()),
                ("x".into(), "%zz".into()),
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_refused() {
        assert_eq!(parse_pairs("q=%FF%FE"), Err(QueryError::InvalidEncoding));
        assert_eq!(parse_pairs("q=%C4"), Err(QueryError::InvalidEncoding));
    }

    #[test]
    fn a_trailing_percent_is_kept() {
        assert_eq!(
            parse_pairs("q=100%").unwrap(),
            [("q".into(), "100%".into())]
        );
        assert_eq!(parse_pairs("q=%4").unwrap(), [("q".into(), "%4".into())]);
    }

    proptest! {
        #[test]
        fn encoding_round_trips(value in "\\PC{0,30}") {
            let query = join_pairs([("q", value.clone())]);
            prop_assert_eq!(parse_pairs(&query).unwrap(), vec![("q".to_owned(), value)]);
        }
    }
}
