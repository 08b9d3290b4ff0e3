//! The question form of `/sprava/dotazy`: the question, its Markdown answer, the audiences and
//! topics it is filed under, and whether residents see it.

use super::fields::{FieldErrors, choices, many, required_text};
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct FaqEdit {
    pub question: String,
    pub answer: String,
    pub audiences: Vec<Slug>,
    pub topics: Vec<Slug>,
    pub published: bool,
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
        };
        e.or(edit)
    }
}

impl FaqEdit {
    pub fn to_form(&self) -> FaqForm {
        let slugs = |values: &[Slug]| values.iter().map(|s| s.as_str().to_owned()).collect();
        FaqForm {
            question: self.question.clone(),
            answer: self.answer.clone(),
            audiences: slugs(&self.audiences),
            topics: slugs(&self.topics),
            published: self.published,
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
