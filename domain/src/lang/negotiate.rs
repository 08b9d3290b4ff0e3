//! Which of the portal's languages a browser asks for first (`Accept-Language`, RFC 9110 §12.5.4).

use super::Lang;

/// The portal's language the browser ranks highest, by its `q` weights (ties keep the browser's
/// order); `None` when it names none of them. `uk-UA` counts as `uk`; `*` counts for nothing.
pub fn preferred(accept_language: &str) -> Option<Lang> {
    let mut best: Option<(Lang, u16)> = None;
    for range in accept_language.split(',').take(32) {
        let mut parts = range.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("");
        let Some(lang) = Lang::from_code(primary) else {
            continue;
        };
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q=").map(quality))
            .unwrap_or(Some(1000));
        let Some(weight) = weight else { continue };
        if weight > 0 && best.is_none_or(|(_, w)| weight > w) {
            best = Some((lang, weight));
        }
    }
    best.map(|(lang, _)| lang)
}

/// A `q` value in thousandths; `None` when it is not one.
fn quality(value: &str) -> Option<u16> {
    let value = value.trim();
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let digits = format!("{fraction:0<3}");
    let thousandths: u16 = digits.parse().ok()?;
    let q = whole * 1000 + thousandths;
    (q <= 1000).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_weight_wins_and_regions_count_as_their_language() {
        assert_eq!(
            preferred("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.6"),
            Some(Lang::Uk)
        );
        assert_eq!(preferred("en-GB,en;q=0.9,cs;q=0.8"), Some(Lang::En));
        assert_eq!(preferred("ru;q=1,cs;q=0.5,uk;q=0.7"), Some(Lang::Uk));
        assert_eq!(preferred("cs-CZ,cs;q=0.9,en;q=0.8"), Some(Lang::Cs));
    }

    #[test]
    fn nothing_named_or_refused_is_none() {
        assert_eq!(preferred(""), None);
        assert_eq!(preferred("de-DE,fr;q=0.5,*;q=0.1"), None);
        assert_eq!(preferred("uk;q=0"), None);
        assert_eq!(preferred("uk;q=2,en;q=0.3"), Some(Lang::En));
        assert_eq!(preferred("uk;q=0.1234,en;q=abc"), None);
    }

    #[test]
    fn ties_keep_the_browsers_order() {
        assert_eq!(preferred("en,uk"), Some(Lang::En));
        assert_eq!(preferred("uk;q=0.5,en;q=0.5"), Some(Lang::Uk));
    }
}
