//! A resident's answers, posted as `q0`, `q1`… (a multiple-choice question posts its field once
//! per ticked option) and checked against the questions. Nothing about who answered is kept.

use super::{Question, QuestionKind, Survey};
use crate::admin::fields::FieldErrors;
use serde::{Deserialize, Serialize};

pub const TEXT_MAX: usize = 2000;

/// The answer to one question; every question may be skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Skipped,
    /// The index of the chosen option.
    Single(usize),
    Multiple(Vec<usize>),
    Scale(u8),
    Text(String),
}

/// The posted pairs; `web` is the honeypot.
pub fn is_robot(pairs: &[(String, String)]) -> bool {
    pairs
        .iter()
        .any(|(k, v)| k == "web" && !v.trim().is_empty())
}

impl Survey {
    /// One answer per question, in order; refuses values the questions do not offer and a form
    /// with nothing answered.
    pub fn check_answers(&self, pairs: &[(String, String)]) -> Result<Vec<Answer>, FieldErrors> {
        let mut e = FieldErrors::default();
        let answers: Vec<Answer> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let field = Question::field(i);
                let values: Vec<&str> = pairs
                    .iter()
                    .filter(|(k, _)| *k == field)
                    .map(|(_, v)| v.trim())
                    .filter(|v| !v.is_empty())
                    .collect();
                answer(q, &values).unwrap_or_else(|why| {
                    e.add(&field, why);
                    Answer::Skipped
                })
            })
            .collect();
        if e.is_empty() && answers.iter().all(|a| *a == Answer::Skipped) {
            e.add("form", "Odpovězte prosím aspoň na jednu otázku.");
        }
        e.or(answers)
    }
}

fn option(options: &[String], value: &str) -> Result<usize, &'static str> {
    value
        .parse::<usize>()
        .ok()
        .filter(|i| *i < options.len())
        .ok_or("vyberte prosím z nabízených možností")
}

fn answer(question: &Question, values: &[&str]) -> Result<Answer, String> {
    if values.is_empty() {
        return Ok(Answer::Skipped);
    }
    match &question.kind {
        QuestionKind::Single(options) => match values {
            [one] => Ok(Answer::Single(option(options, one)?)),
            _ => Err("vyberte prosím jen jednu možnost".into()),
        },
        QuestionKind::Multiple(options) => {
            let mut chosen = values
                .iter()
                .map(|v| option(options, v))
                .collect::<Result<Vec<_>, _>>()?;
            chosen.sort_unstable();
            chosen.dedup();
            Ok(Answer::Multiple(chosen))
        }
        QuestionKind::Scale { min, max } => match values {
            [one] => one
                .parse::<u8>()
                .ok()
                .filter(|n| (*min..=*max).contains(n))
                .map(Answer::Scale)
                .ok_or_else(|| format!("vyberte číslo od {min} do {max}")),
            _ => Err("vyberte prosím jedno číslo".into()),
        },
        QuestionKind::Text => {
            let text = values.join("\n");
            if text.chars().count() > TEXT_MAX {
                Err(format!("nejvýše {TEXT_MAX} znaků"))
            } else {
                Ok(Answer::Text(text))
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::survey::builder::parse_questions;

    pub(crate) fn survey() -> Survey {
        Survey {
            id: 1,
            slug: "anketa".into(),
            title: "Anketa".into(),
            intro: String::new(),
            questions: parse_questions(
                "jedna: Jak často? | týdně | občas | nikdy\n\
                 více: Které znáte? | pečovatelská | poradna | noclehárna\n\
                 škála: Spokojenost? | 1 | 5\n\
                 text: Co chybí?",
            )
            .unwrap(),
            open: true,
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn answers_are_checked_against_the_questions() {
        let s = survey();
        let answers = s
            .check_answers(&pairs(&[
                ("q0", "1"),
                ("q1", "2"),
                ("q1", "0"),
                ("q2", "4"),
                ("q3", " "),
            ]))
            .unwrap();
        assert_eq!(
            answers,
            vec![
                Answer::Single(1),
                Answer::Multiple(vec![0, 2]),
                Answer::Scale(4),
                Answer::Skipped
            ]
        );
        let wrong = s
            .check_answers(&pairs(&[("q0", "7"), ("q2", "9"), ("q1", "x")]))
            .unwrap_err();
        assert!(
            wrong.get("q0").is_some() && wrong.get("q1").is_some() && wrong.get("q2").is_some()
        );
        let nothing = s.check_answers(&pairs(&[("csrf", "x")])).unwrap_err();
        assert_eq!(
            nothing.get("form"),
            Some("Odpovězte prosím aspoň na jednu otázku.")
        );
        assert!(is_robot(&pairs(&[("web", "spam")])));
    }
}
