//! serde_json's errors in Czech: staff read them on the import's report and on the staff home,
//! so "invalid type: string, expected struct Ref at line 1 column 80" becomes a sentence that
//! says what the file has where and what the register has there.

use serde_json::error::Category;

/// The error as a Czech sentence, with its place in the file when it has one.
pub fn czech(e: &serde_json::Error) -> String {
    let place = if e.line() > 0 {
        format!(" (řádek {}, sloupec {})", e.line(), e.column())
    } else {
        String::new()
    };
    format!("{}{place}", czech_detail(e))
}

/// The sentence alone, for an error whose place is said otherwise (an item and its field).
pub fn czech_detail(e: &serde_json::Error) -> String {
    match e.classify() {
        Category::Eof => "soubor končí uprostřed, je useknutý".to_owned(),
        Category::Syntax => "není to platný JSON".to_owned(),
        Category::Io => without_place(&e.to_string()).to_owned(),
        Category::Data => data(without_place(&e.to_string())),
    }
}

fn without_place(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at])
}

fn data(message: &str) -> String {
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|m| m.strip_suffix('`'))
    {
        return format!("chybí pole „{field}“");
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|m| m.split_once(", expected "))
    {
        return format!(
            "je tu {}, registr tu má {}",
            found_cs(found),
            expected_cs(expected)
        );
    }
    format!("hodnota nemá podobu, jakou registr zveřejňuje ({message})")
}

fn found_cs(found: &str) -> String {
    let quoted = |s: &str| {
        let inner: String = s
            .trim_matches(|c| c == '"' || c == '`')
            .chars()
            .take(60)
            .collect();
        format!("„{inner}“")
    };
    if let Some(text) = found.strip_prefix("string ") {
        format!("text {}", quoted(text))
    } else if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        format!("číslo {}", n.trim_matches('`'))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        format!("pravdivostní hodnota {}", b.trim_matches('`'))
    } else {
        match found {
            "map" => "objekt".to_owned(),
            "sequence" => "seznam".to_owned(),
            "null" | "unit value" => "null".to_owned(),
            other => other.to_owned(),
        }
    }
}

fn expected_cs(expected: &str) -> String {
    if expected.starts_with("struct ") || expected == "a map" {
        "objekt".to_owned()
    } else if expected == "a sequence" {
        "seznam".to_owned()
    } else if expected == "a string" {
        "text".to_owned()
    } else if matches!(
        expected,
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "f32" | "f64"
    ) {
        "číslo".to_owned()
    } else {
        expected.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Shape {
        reference: Reference,
        count: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Reference {
        id: String,
    }

    fn error(json: &str) -> String {
        czech(&serde_json::from_str::<Shape>(json).unwrap_err())
    }

    #[test]
    fn errors_read_as_czech_sentences_with_their_place() {
        assert_eq!(
            error(r#"{"reference": "DruhSocialniSluzby/3", "count": 1}"#),
            "je tu text „DruhSocialniSluzby/3“, registr tu má objekt (řádek 1, sloupec 36)"
        );
        assert_eq!(
            error(r#"{"reference": {"id": "x"}}"#),
            "chybí pole „count“ (řádek 1, sloupec 26)"
        );
        assert_eq!(
            error(r#"{"reference": {"id": "x"}, "count": "#),
            "soubor končí uprostřed, je useknutý (řádek 1, sloupec 36)"
        );
        assert!(error("%PDF-1.4").starts_with("není to platný JSON"));
        assert_eq!(
            error(r#"{"reference": {"id": "x"}, "count": [1]}"#),
            "je tu seznam, registr tu má číslo (řádek 1, sloupec 36)"
        );
    }
}
