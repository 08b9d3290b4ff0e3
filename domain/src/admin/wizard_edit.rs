//! One step of the "Potřebuji pomoc" tree as staff edit it in `/sprava/pruvodce/{key}`: a question
//! with its answers (rows of key, label and the step it leads to), or an outcome (what to do,
//! whom to call, what to bring). Edits go to a draft of the whole tree; only a draft that passes
//! [`WizardTree::validate`](crate::wizard::WizardTree::validate) can be published.

use super::fields::{FieldErrors, lines, many, optional_text, required_text};
use crate::slug::Slug;
use crate::wizard::{Answer, Outcome, Question, Step, WizardNode};
use serde::{Deserialize, Serialize};

pub const TEXT_MAX: usize = 300;
pub const HELP_MAX: usize = 1000;
pub const ITEMS_MAX: usize = 12;

/// A step as typed. `kind` is `otazka` or `vysledek`; the fields of the other kind are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NodeForm {
    pub kind: String,
    pub text: String,
    pub help: String,
    #[serde(deserialize_with = "many")]
    pub ans_key: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub ans_label: Vec<String>,
    #[serde(deserialize_with = "many")]
    pub ans_next: Vec<String>,
    pub title: String,
    pub summary: String,
    /// One step per line.
    pub now: String,
    /// Service keys, one per line.
    pub contacts: String,
    /// A catalogue query, e.g. `druh=dluhove-poradenstvi`.
    pub search: String,
    pub bring: String,
    /// Question addresses (slugs), one per line.
    pub faq: String,
}

pub const QUESTION: &str = "otazka";
pub const OUTCOME: &str = "vysledek";

/// The error field of answer row `i`.
pub fn answer_field(i: usize) -> String {
    format!("ans-{i}")
}

impl NodeForm {
    /// The step under `key`, checked field by field (the tree as a whole is checked on publish).
    pub fn validate(&self, key: &Slug) -> Result<WizardNode, FieldErrors> {
        let mut e = FieldErrors::default();
        let step = match self.kind.as_str() {
            QUESTION => Step::Question(Question {
                text: required_text(&mut e, "text", &self.text, TEXT_MAX),
                help: optional_text(&mut e, "help", &self.help, HELP_MAX).unwrap_or_default(),
                answers: self.answers(&mut e),
            }),
            OUTCOME => Step::Outcome(Outcome {
                title: required_text(&mut e, "title", &self.title, TEXT_MAX),
                summary: optional_text(&mut e, "summary", &self.summary, HELP_MAX)
                    .unwrap_or_default(),
                now: lines(&mut e, "now", &self.now, ITEMS_MAX, text_line),
                contacts: lines(&mut e, "contacts", &self.contacts, ITEMS_MAX, Slug::parse),
                search: optional_text(&mut e, "search", &self.search, 500),
                bring: lines(&mut e, "bring", &self.bring, ITEMS_MAX, text_line),
                faq: lines(&mut e, "faq", &self.faq, ITEMS_MAX, Slug::parse),
            }),
            _ => {
                e.add("kind", "vyberte, zda jde o otázku, nebo výsledek");
                return Err(e);
            }
        };
        if let Step::Outcome(o) = &step
            && let Some(search) = &o.search
            && let Err(err) = crate::Filter::from_query(search)
        {
            e.add("search", err.to_string());
        }
        e.or(WizardNode {
            key: key.clone(),
            step,
        })
    }

    fn answers(&self, e: &mut FieldErrors) -> Vec<Answer> {
        let rows = self
            .ans_key
            .len()
            .max(self.ans_label.len())
            .max(self.ans_next.len());
        let cell = |column: &[String], i: usize| column.get(i).map_or("", |v| v.trim()).to_owned();
        let mut answers = Vec::new();
        for i in 0..rows {
            let (key, label, next) = (
                cell(&self.ans_key, i),
                cell(&self.ans_label, i),
                cell(&self.ans_next, i),
            );
            if key.is_empty() && label.is_empty() && next.is_empty() {
                continue;
            }
            let field = answer_field(i);
            let key = Slug::from_text(if key.is_empty() { &label } else { &key });
            let next = Slug::parse(&next);
            match (key, next) {
                (Ok(key), Ok(next)) if !label.is_empty() && label.chars().count() <= TEXT_MAX => {
                    answers.push(Answer { key, label, next })
                }
                (_, Err(_)) => e.add(&field, "vyberte krok, kam odpověď vede"),
                _ => e.add(
                    &field,
                    format!("odpověď potřebuje text (nejvýše {TEXT_MAX} znaků)"),
                ),
            }
        }
        answers
    }
}

fn text_line(line: &str) -> Result<String, &'static str> {
    if line.chars().count() > TEXT_MAX {
        Err("řádek je příliš dlouhý")
    } else {
        Ok(line.to_owned())
    }
}

impl From<&WizardNode> for NodeForm {
    fn from(node: &WizardNode) -> NodeForm {
        let joined = |values: &[String]| values.join("\n");
        let slugs = |values: &[Slug]| {
            values
                .iter()
                .map(Slug::as_str)
                .collect::<Vec<_>>()
                .join("\n")
        };
        match &node.step {
            Step::Question(q) => NodeForm {
                kind: QUESTION.into(),
                text: q.text.clone(),
                help: q.help.clone(),
                ans_key: q
                    .answers
                    .iter()
                    .map(|a| a.key.as_str().to_owned())
                    .collect(),
                ans_label: q.answers.iter().map(|a| a.label.clone()).collect(),
                ans_next: q
                    .answers
                    .iter()
                    .map(|a| a.next.as_str().to_owned())
                    .collect(),
                ..NodeForm::default()
            },
            Step::Outcome(o) => NodeForm {
                kind: OUTCOME.into(),
                title: o.title.clone(),
                summary: o.summary.clone(),
                now: joined(&o.now),
                contacts: slugs(&o.contacts),
                search: o.search.clone().unwrap_or_default(),
                bring: joined(&o.bring),
                faq: slugs(&o.faq),
                ..NodeForm::default()
            },
        }
    }
}

/// How the audit log records a step: its kind and every field, one per line.
pub fn audit_text(node: Option<&WizardNode>) -> String {
    let Some(node) = node else {
        return String::new();
    };
    match &node.step {
        Step::Question(q) => {
            let mut text = format!("otázka: {}", q.text);
            for a in &q.answers {
                text.push_str(&format!("\n– {} → {}", a.label, a.next));
            }
            text
        }
        Step::Outcome(o) => format!(
            "výsledek: {}\n{}\nkroky: {}\nkontakty: {}\nhledání: {}",
            o.title,
            o.summary,
            o.now.join(" | "),
            o.contacts
                .iter()
                .map(Slug::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            o.search.clone().unwrap_or_default()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Slug {
        Slug::parse("dluhy").unwrap()
    }

    #[test]
    fn a_question_round_trips_and_names_its_answer_keys() {
        let form = NodeForm {
            kind: QUESTION.into(),
            text: "Co se děje?".into(),
            ans_key: vec![String::new(), "b".into(), String::new()],
            ans_label: vec!["Mám exekuci".into(), "Nemám na nájem".into(), String::new()],
            ans_next: vec!["exekuce".into(), "najem".into(), String::new()],
            ..NodeForm::default()
        };
        let node = form.validate(&key()).unwrap();
        let Step::Question(q) = &node.step else {
            panic!("a question")
        };
        assert_eq!(q.answers.len(), 2, "the blank row is left out");
        assert_eq!(q.answers[0].key.as_str(), "mam-exekuci");
        assert_eq!(NodeForm::from(&node).validate(&key()).unwrap(), node);
    }

    #[test]
    fn bad_rows_and_searches_are_named() {
        let question = NodeForm {
            kind: QUESTION.into(),
            text: "Co?".into(),
            ans_label: vec!["Ano".into()],
            ans_next: vec![String::new()],
            ..NodeForm::default()
        };
        assert!(
            question
                .validate(&key())
                .unwrap_err()
                .get("ans-0")
                .is_some()
        );
        let outcome = NodeForm {
            kind: OUTCOME.into(),
            title: "Zavolejte".into(),
            search: "q=%FF".into(),
            contacts: "Ne platný".into(),
            ..NodeForm::default()
        };
        let errors = outcome.validate(&key()).unwrap_err();
        assert!(errors.get("search").is_some() && errors.get("contacts").is_some());
        assert!(
            NodeForm::default()
                .validate(&key())
                .unwrap_err()
                .get("kind")
                .is_some()
        );
    }
}
