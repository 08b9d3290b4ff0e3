//! Common questions with answers ("nejčastější dotazy"), tagged by audience and topic.

use crate::audience::AudienceSlug;
use crate::catalog::{AudienceRef, ServiceSummary};
use crate::lang::{Lang, Localized, Translations};
use crate::query::{self, QueryError};
use crate::slug::Slug;
use serde::{Deserialize, Serialize};

/// A topic questions and audiences are grouped by ("Peníze a dávky", "Bydlení").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub slug: Slug,
    pub name: String,
    /// The name in Ukrainian and English.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<String>,
}

impl Topic {
    /// The topic as a page in `lang` names it.
    pub fn in_lang(mut self, lang: Lang) -> Topic {
        if let Some(name) = self.translations.get(lang) {
            self.name = name.clone();
        }
        self.translations = Translations::default();
        self
    }
}

/// A question's words in another language (the answer is Markdown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqText {
    pub question: String,
    pub answer: String,
}

/// What a question is found by: its Czech and every translation, so a resident searching in
/// Ukrainian or English finds it too ("борги", "debt").
pub fn search_text(question: &str, answer: &str, translations: &Translations<FaqText>) -> String {
    let mut text = format!("{question}\n{answer}");
    for lang in translations.languages() {
        if let Some(t) = translations.get(lang) {
            text.push_str(&format!("\n{}\n{}", t.question, t.answer));
        }
    }
    text
}

/// A question as the data file holds it. The answer is Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub slug: Slug,
    pub question: String,
    pub answer: String,
    /// Empty: for everyone.
    #[serde(default)]
    pub audiences: Vec<AudienceSlug>,
    #[serde(default)]
    pub topics: Vec<Slug>,
    /// Services the answer names, by their key.
    #[serde(default)]
    pub services: Vec<Slug>,
    /// The question and answer in Ukrainian and English.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<FaqText>,
}

/// A question in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqSummary {
    pub slug: Slug,
    pub question: String,
    /// The answer's Markdown; the list shows its first words.
    pub answer: String,
    pub translations: Translations<FaqText>,
}

impl FaqSummary {
    /// The question and answer in `lang`, or the Czech.
    pub fn text(&self, lang: Lang) -> Localized<FaqText> {
        in_lang(&self.question, &self.answer, &self.translations, lang)
    }
}

fn in_lang(
    question: &str,
    answer: &str,
    translations: &Translations<FaqText>,
    lang: Lang,
) -> Localized<FaqText> {
    let czech = FaqText {
        question: question.to_owned(),
        answer: answer.to_owned(),
    };
    translations.pick(lang, czech)
}

/// A question's own page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqDetail {
    pub slug: Slug,
    pub question: String,
    /// Markdown, rendered to safe HTML by the app.
    pub answer: String,
    pub audiences: Vec<AudienceRef>,
    pub topics: Vec<Topic>,
    pub services: Vec<ServiceSummary>,
    pub translations: Translations<FaqText>,
}

impl FaqDetail {
    /// The question and answer in `lang`, or the Czech.
    pub fn text(&self, lang: Lang) -> Localized<FaqText> {
        in_lang(&self.question, &self.answer, &self.translations, lang)
    }
}

/// What a question list shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaqList {
    pub items: Vec<FaqSummary>,
    pub topics: Vec<Topic>,
}

/// What the question list is asked for: `q`, `skupina`, `tema` in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaqFilter {
    pub text: String,
    pub audience: Option<AudienceSlug>,
    pub topic: Option<Slug>,
}

impl FaqFilter {
    /// Unknown keys and malformed values are left out; only an undecodable or over-long query is
    /// an error.
    pub fn from_query(raw: &str) -> Result<FaqFilter, QueryError> {
        if raw.len() > crate::filter::MAX_QUERY_LEN {
            return Err(QueryError::TooLong {
                max: crate::filter::MAX_QUERY_LEN,
            });
        }
        let mut filter = FaqFilter::default();
        for (key, value) in query::parse_pairs(raw)? {
            match key.as_str() {
                "q" => filter.text = crate::filter::normalize_text(&value).0,
                "skupina" => filter.audience = Slug::parse(value.trim()).ok(),
                "tema" => filter.topic = Slug::parse(value.trim()).ok(),
                _ => {}
            }
        }
        Ok(filter)
    }

    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if let Some(a) = &self.audience {
            pairs.push(("skupina", a.to_string()));
        }
        if let Some(t) = &self.topic {
            pairs.push(("tema", t.to_string()));
        }
        query::join_pairs(pairs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_faq_filter_round_trips_and_ignores_junk() {
        let f = FaqFilter::from_query("q=p%C5%99%C3%ADsp%C4%9Bvek&skupina=seniori&tema=penize&x=1")
            .unwrap();
        assert_eq!(f.text, "příspěvek");
        assert_eq!(FaqFilter::from_query(&f.to_query()).unwrap(), f);
        let junk = FaqFilter::from_query("skupina=%3Cb%3E&tema=").unwrap();
        assert_eq!(junk, FaqFilter::default());
        assert!(FaqFilter::from_query("q=%FF").is_err());
    }
}
