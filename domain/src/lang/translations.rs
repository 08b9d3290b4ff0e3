//! A record's texts in the languages it is translated into, beside its Czech original.

use super::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A record's translated texts by language (`{"uk": {...}, "en": {...}}` in the data file and
/// the database). Czech is never here: it is the record itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translations<T>(BTreeMap<Lang, T>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations(BTreeMap::new())
    }
}

impl<T> Translations<T> {
    pub fn get(&self, lang: Lang) -> Option<&T> {
        self.0.get(&lang)
    }

    pub fn set(&mut self, lang: Lang, text: Option<T>) {
        match text {
            Some(text) if lang != Lang::Cs => {
                self.0.insert(lang, text);
            }
            _ => {
                self.0.remove(&lang);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.keys().copied()
    }

    /// As stored: a JSON object by language code (`{}` when there are none).
    pub fn to_json(&self) -> String
    where
        T: Serialize,
    {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// The texts in `lang`, or the Czech original when they are not translated — with the
    /// language they are in, so the page can mark Czech text inside a Ukrainian page.
    pub fn pick(&self, lang: Lang, czech: T) -> Localized<T>
    where
        T: Clone,
    {
        match self.get(lang) {
            Some(text) if lang != Lang::Cs => Localized {
                value: text.clone(),
                lang,
            },
            _ => Localized {
                value: czech,
                lang: Lang::Cs,
            },
        }
    }
}

/// A text as shown, and the language it is in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Localized<T> {
    pub value: T,
    pub lang: Lang,
}

impl<T> Localized<T> {
    /// Whether the page in `page` shows this text in another language (Czech in its place).
    pub fn falls_back(&self, page: Lang) -> bool {
        self.lang != page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untranslated_language_falls_back_to_czech_and_says_so() {
        let mut names = Translations::default();
        names.set(Lang::Uk, Some("Борги".to_owned()));
        let uk = names.pick(Lang::Uk, "Dluhy".to_owned());
        assert_eq!(uk.value, "Борги");
        assert!(!uk.falls_back(Lang::Uk));
        let en = names.pick(Lang::En, "Dluhy".to_owned());
        assert_eq!(en.value, "Dluhy");
        assert_eq!(en.lang, Lang::Cs);
        assert!(en.falls_back(Lang::En));
        assert!(
            !names
                .pick(Lang::Cs, "Dluhy".to_owned())
                .falls_back(Lang::Cs)
        );
    }

    #[test]
    fn czech_is_never_a_translation_and_none_removes_one() {
        let mut names = Translations::default();
        names.set(Lang::Cs, Some("x".to_owned()));
        assert!(names.is_empty());
        names.set(Lang::En, Some("Debt".to_owned()));
        names.set(Lang::En, None);
        assert!(names.is_empty());
    }

    #[test]
    fn it_reads_and_writes_as_a_map_by_language_code() {
        let names: Translations<String> =
            serde_json::from_str(r#"{"uk":"Борги","en":"Debt"}"#).unwrap();
        assert_eq!(names.get(Lang::En).map(String::as_str), Some("Debt"));
        assert_eq!(
            serde_json::to_string(&names).unwrap(),
            r#"{"uk":"Борги","en":"Debt"}"#
        );
        assert!(serde_json::from_str::<Translations<String>>(r#"{"de":"x"}"#).is_err());
    }
}
