//! Slugs: the stable, URL-safe names of things staff create (audiences, topics, questions,
//! wizard steps, service keys), e.g. "rodiny-s-detmi".

use crate::parsed::text_value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "označení smí obsahovat jen malá písmena bez diakritiky, číslice a pomlčky (nejvýše 60 znaků)"
)]
pub struct SlugError;

/// A URL-safe name: lower-case ASCII letters, digits and inner hyphens, 1 to 60 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Self, SlugError> {
        let ok = (1..=60).contains(&input.len())
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-');
        if ok {
            Ok(Slug(input.to_owned()))
        } else {
            Err(SlugError)
        }
    }

    /// A slug made from any text: folded, non-alphanumerics turned into hyphens.
    pub fn from_text(text: &str) -> Result<Self, SlugError> {
        let words = crate::text::words(text);
        let mut slug = String::new();
        for word in words.iter().filter(|w| w.is_ascii()) {
            if slug.len() + word.len() + 1 > 60 {
                break;
            }
            if !slug.is_empty() {
                slug.push('-');
            }
            slug.push_str(word);
        }
        Slug::parse(&slug)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_value!(Slug, SlugError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert!(Slug::parse("rodiny-s-detmi").is_ok());
        for bad in [
            "",
            "Senioři",
            "a b",
            "-x",
            "x-",
            &"a".repeat(61),
            "<script>",
            "a/b",
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn text_becomes_a_slug() {
        assert_eq!(
            Slug::from_text("Nemám co jíst!").unwrap().as_str(),
            "nemam-co-jist"
        );
        assert!(Slug::from_text("???").is_err());
    }
}
