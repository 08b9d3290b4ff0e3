//! Errors of one form, each under the name of the input it belongs to.

use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// Field name → the Czech sentence shown next to that field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// `Ok(value)` when nothing was added.
    pub fn or<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// A checkbox: `on` as a browser posts it, or a boolean as JSON carries it; absent is `false`.
pub fn checkbox<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Posted {
        Flag(bool),
        Text(String),
    }
    Ok(match Posted::deserialize(deserializer)? {
        Posted::Flag(flag) => flag,
        Posted::Text(text) => matches!(text.as_str(), "on" | "true" | "1"),
    })
}

/// A list of values: repeated fields as a browser posts them (`tg=a&tg=b`), one value alone, or
/// a JSON array; absent is empty. Checkbox groups and table rows of a form use it.
pub fn many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Posted {
        Many(Vec<String>),
        One(String),
    }
    Ok(match Posted::deserialize(deserializer)? {
        Posted::Many(values) => values,
        Posted::One(value) => vec![value],
    })
}

/// The values of a checkbox group, each parsed; an unknown one is an error of the group.
pub fn choices<T, E: std::fmt::Display>(
    errors: &mut FieldErrors,
    field: &str,
    raw: &[String],
    parse: impl Fn(&str) -> Result<T, E>,
) -> Vec<T> {
    raw.iter()
        .filter_map(|value| {
            parse(value.trim())
                .map_err(|e| errors.add(field, e.to_string()))
                .ok()
        })
        .collect()
}

/// Optional text parsed into a value; empty is `None`.
pub fn optional<T, E: std::fmt::Display>(
    errors: &mut FieldErrors,
    field: &str,
    raw: &str,
    max: usize,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Option<T> {
    optional_text(errors, field, raw, max).and_then(|text| {
        parse(&text)
            .map_err(|e| errors.add(field, e.to_string()))
            .ok()
    })
}

/// Trimmed text of at most `max` characters; empty is allowed (`None`).
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &str,
    raw: &str,
    max: usize,
) -> Option<String> {
    let text = raw.trim();
    if text.chars().count() > max {
        errors.add(
            field,
            format!("nejvýše {max} znaků (zadáno {})", text.chars().count()),
        );
        return None;
    }
    (!text.is_empty()).then(|| text.to_owned())
}

/// Trimmed text of 1 to `max` characters.
pub fn required_text(errors: &mut FieldErrors, field: &str, raw: &str, max: usize) -> String {
    match optional_text(errors, field, raw, max) {
        Some(text) => text,
        None => {
            errors.add(field, "vyplňte prosím");
            String::new()
        }
    }
}

/// One value per line (blank lines skipped), each parsed; at most `max` of them.
pub fn lines<T, E: std::fmt::Display>(
    errors: &mut FieldErrors,
    field: &str,
    raw: &str,
    max: usize,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Vec<T> {
    let mut values = Vec::new();
    for (number, line) in raw
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match parse(line.trim()) {
            Ok(value) => values.push(value),
            Err(e) => errors.add(field, format!("řádek {}: {e}", number + 1)),
        }
    }
    if values.len() > max {
        errors.add(field, format!("nejvýše {max} položek"));
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_error_of_a_field_stays() {
        let mut errors = FieldErrors::default();
        errors.add("name", "první");
        errors.add("name", "druhá");
        assert_eq!(errors.get("name"), Some("první"));
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn over_long_text_is_refused_with_its_length() {
        let mut errors = FieldErrors::default();
        assert_eq!(optional_text(&mut errors, "x", &"é".repeat(11), 10), None);
        assert_eq!(errors.get("x"), Some("nejvýše 10 znaků (zadáno 11)"));
    }

    #[test]
    fn a_list_reads_one_value_many_or_none() {
        #[derive(Deserialize)]
        struct Posted {
            #[serde(default, deserialize_with = "many")]
            tg: Vec<String>,
        }
        let read = |json: &str| serde_json::from_str::<Posted>(json).unwrap().tg;
        assert_eq!(read(r#"{"tg":"a"}"#), vec!["a"]);
        assert_eq!(read(r#"{"tg":["a","b"]}"#), vec!["a", "b"]);
        assert!(read("{}").is_empty());
    }

    #[test]
    fn an_unknown_choice_is_named() {
        let mut errors = FieldErrors::default();
        let parsed = choices(&mut errors, "n", &["1".into(), "x".into()], |v| {
            v.parse::<u8>()
        });
        assert_eq!(parsed, vec![1]);
        assert!(errors.get("n").is_some());
    }

    #[test]
    fn lines_name_the_line_that_failed() {
        let mut errors = FieldErrors::default();
        let parsed = lines(&mut errors, "p", "1\n\nx\n", 5, |l| l.parse::<u8>());
        assert_eq!(parsed, vec![1]);
        assert!(errors.get("p").unwrap().starts_with("řádek 3:"));
    }
}
