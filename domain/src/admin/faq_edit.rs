//! The question form of `/sprava/dotazy`: the question, its Markdown answer, the audiences and
//! topics it is filed under, and whether residents see it.

use super::fields::{FieldErrors, choices, many, optional_text, required_text};
use crate::faq::FaqText;
use crate::lang::{Lang, Translations};
use crate::slug::Slug;
use serde::{Deserialize, Serialize};

pub const QUESTION_MAX: usize = 300;
pub const ANSWER_MAX: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FaqForm {
    pub question: String,
    /// Markdown.
    pub answer: String,
    /// Audience slugs; none means everyone.
    #[serde(deserialize_with = "many")]
    pub audiences: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub topics: Vec<String>,
    #[serde(deserialize_with = "super::fields::checkbox")]
    pub published: bool,
    /// The question and answer in Ukrainian and English; both empty: not translated.
    pub question_uk: String,
    pub answer_uk: String,
    pub question_en: String,
    pub answer_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FaqEdit {
    pub question: String,
    pub answer: String,
    pub audiences: Vec<Slug>,
    pub topics: Vec<Slug>,
    pub published: bool,
    pub translations: Translations<FaqText>,
}

/// The form fields of a language's question and answer (`question_uk`, `answer_uk`).
pub fn translated_fields(lang: Lang) -> (String, String) {
    (
        format!("question_{}", lang.code()),
        format!("answer_{}", lang.code()),
    )
}

impl FaqForm {
    pub fn validate(&self) -> Result<FaqEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let sorted = |mut slugs: Vec<Slug>| {
            slugs.sort();
            slugs.dedup();
            slugs
        };
        let edit = FaqEdit {
            question: required_text(&mut e, "question", &self.question, QUESTION_MAX),
            answer: required_text(&mut e, "answer", &self.answer, ANSWER_MAX),
            audiences: sorted(choices(&mut e, "audiences", &self.audiences, Slug::parse)),
            topics: sorted(choices(&mut e, "topics", &self.topics, Slug::parse)),
            published: self.published,
            translations: self.translations(&mut e),
        };
        e.or(edit)
    }

    /// `lang`'s question and answer as typed.
    pub fn translated(&self, lang: Lang) -> (&str, &str) {
        match lang {
            Lang::Uk => (&self.question_uk, &self.answer_uk),
            Lang::En => (&self.question_en, &self.answer_en),
            Lang::Cs => (&self.question, &self.answer),
        }
    }

    /// A language begun needs both its question and its answer.
    fn translations(&self, e: &mut FieldErrors) -> Translations<FaqText> {
        let mut translations = Translations::default();
        for lang in Lang::TRANSLATED {
            let (question, answer) = self.translated(lang);
            if question.trim().is_empty() && answer.trim().is_empty() {
                continue;
            }
            let (question_field, answer_field) = translated_fields(lang);
            let question = required_text(e, &question_field, question, QUESTION_MAX);
            let answer = optional_text(e, &answer_field, answer, ANSWER_MAX).unwrap_or_default();
            if answer.is_empty() {
                e.add(&answer_field, "napište i odpověď, nebo smažte i otázku");
            }
            translations.set(lang, Some(FaqText { question, answer }));
        }
        translations
    }
}

impl FaqEdit {
    pub fn to_form(&self) -> FaqForm {
        let slugs = |values: &[Slug]| values.iter().map(|s| s.as_str().to_owned()).collect();
        let text = |lang| self.translations.get(lang).cloned().unwrap_or_default();
        let (uk, en) = (text(Lang::Uk), text(Lang::En));
        FaqForm {
            question: self.question.clone(),
            answer: self.answer.clone(),
            audiences: slugs(&self.audiences),
            topics: slugs(&self.topics),
            published: self.published,
            question_uk: uk.question,
            answer_uk: uk.answer,
            question_en: en.question,
            answer_en: en.answer,
        }
    }

    pub fn audit_values(&self) -> Vec<(&'static str, String)> {
        let joined = |values: &[Slug]| {
            values
                .iter()
                .map(Slug::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        vec![
            ("otázka", self.question.clone()),
            ("odpověď", self.answer.clone()),
            ("skupiny", joined(&self.audiences)),
            ("témata", joined(&self.topics)),
            ("stav", super::published_label(self.published).to_owned()),
            ("překlad", self.translations.to_json()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_needs_text_and_known_shapes() {
        let errors = FaqForm {
            question: " ".into(),
            answer: "Ano.".into(),
            audiences: vec!["<b>".into()],
            ..FaqForm::default()
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("question").is_some());
        assert!(errors.get("audiences").is_some());
        let good = FaqForm {
            question: "Kde?".into(),
            answer: "Tady.".into(),
            audiences: vec!["seniori".into()],
            published: true,
            ..FaqForm::default()
        };
        let edit = good.validate().unwrap();
        assert_eq!(edit.to_form(), good);
    }
}
