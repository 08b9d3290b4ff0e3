//! One step of the "Potřebuji pomoc" tree as staff edit it in `/sprava/pruvodce/{key}`: a question
//! with its answers (rows of key, label and the step it leads to), or an outcome (what to do,
//! whom to call, what to bring). Edits go to a draft of the whole tree; only a draft that passes
//! [`WizardTree::validate`](crate::wizard::WizardTree::validate) can be published.

use super::fields::{FieldErrors, lines, many, optional_text, required_text};
use crate::lang::{Lang, Translations};
use crate::slug::Slug;
use crate::wizard::{Answer, Outcome, OutcomeText, Question, QuestionText, Step, WizardNode};
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
    /// The step in Ukrainian: a question's text, help and answers (one per line, in the order
    /// of the Czech answers), or an outcome's title, summary, steps and what to bring.
    pub uk_text: String,
    pub uk_help: String,
    pub uk_answers: String,
    pub uk_title: String,
    pub uk_summary: String,
    pub uk_now: String,
    pub uk_bring: String,
    /// The same in English.
    pub en_text: String,
    pub en_help: String,
    pub en_answers: String,
    pub en_title: String,
    pub en_summary: String,
    pub en_now: String,
    pub en_bring: String,
}

/// One language's fields of a [`NodeForm`], as typed (`uk_text`, `en_text`...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationFields {
    pub text: String,
    pub help: String,
    pub answers: String,
    pub title: String,
    pub summary: String,
    pub now: String,
    pub bring: String,
}

impl TranslationFields {
    fn is_blank(&self) -> bool {
        [
            &self.text,
            &self.help,
            &self.answers,
            &self.title,
            &self.summary,
            &self.now,
            &self.bring,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

/// The form field of `lang`'s `field` (`uk_text`), as the page names its inputs and errors.
pub fn translation_field(lang: Lang, field: &str) -> String {
    format!("{}_{field}", lang.code())
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
            QUESTION => {
                let answers = self.answers(&mut e);
                Step::Question(Question {
                    text: required_text(&mut e, "text", &self.text, TEXT_MAX),
                    help: optional_text(&mut e, "help", &self.help, HELP_MAX).unwrap_or_default(),
                    translations: self.question_translations(&mut e, answers.len()),
                    answers,
                })
            }
            OUTCOME => Step::Outcome(Outcome {
                title: required_text(&mut e, "title", &self.title, TEXT_MAX),
                summary: optional_text(&mut e, "summary", &self.summary, HELP_MAX)
                    .unwrap_or_default(),
                now: lines(&mut e, "now", &self.now, ITEMS_MAX, text_line),
                contacts: lines(&mut e, "contacts", &self.contacts, ITEMS_MAX, Slug::parse),
                search: optional_text(&mut e, "search", &self.search, 500),
                bring: lines(&mut e, "bring", &self.bring, ITEMS_MAX, text_line),
                faq: lines(&mut e, "faq", &self.faq, ITEMS_MAX, Slug::parse),
                translations: self.outcome_translations(&mut e),
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

    /// `lang`'s fields as typed.
    pub fn translation(&self, lang: Lang) -> TranslationFields {
        let [text, help, answers, title, summary, now, bring] = match lang {
            Lang::En => [
                &self.en_text,
                &self.en_help,
                &self.en_answers,
                &self.en_title,
                &self.en_summary,
                &self.en_now,
                &self.en_bring,
            ],
            _ => [
                &self.uk_text,
                &self.uk_help,
                &self.uk_answers,
                &self.uk_title,
                &self.uk_summary,
                &self.uk_now,
                &self.uk_bring,
            ],
        }
        .map(Clone::clone);
        TranslationFields {
            text,
            help,
            answers,
            title,
            summary,
            now,
            bring,
        }
    }

    fn set_translation(&mut self, lang: Lang, fields: TranslationFields) {
        let targets = match lang {
            Lang::Cs => return,
            Lang::Uk => [
                &mut self.uk_text,
                &mut self.uk_help,
                &mut self.uk_answers,
                &mut self.uk_title,
                &mut self.uk_summary,
                &mut self.uk_now,
                &mut self.uk_bring,
            ],
            Lang::En => [
                &mut self.en_text,
                &mut self.en_help,
                &mut self.en_answers,
                &mut self.en_title,
                &mut self.en_summary,
                &mut self.en_now,
                &mut self.en_bring,
            ],
        };
        let values = [
            fields.text,
            fields.help,
            fields.answers,
            fields.title,
            fields.summary,
            fields.now,
            fields.bring,
        ];
        for (target, value) in targets.into_iter().zip(values) {
            *target = value;
        }
    }

    /// A question's translations: a language left blank has none; one begun needs its text and
    /// a label for every answer.
    fn question_translations(
        &self,
        e: &mut FieldErrors,
        answers: usize,
    ) -> Translations<QuestionText> {
        let mut translations = Translations::default();
        for lang in Lang::TRANSLATED {
            let fields = self.translation(lang);
            if fields.is_blank() {
                continue;
            }
            let field = |name| translation_field(lang, name);
            let text = required_text(e, &field("text"), &fields.text, TEXT_MAX);
            let help = optional_text(e, &field("help"), &fields.help, HELP_MAX).unwrap_or_default();
            let labels = lines(e, &field("answers"), &fields.answers, ITEMS_MAX, text_line);
            if labels.len() != answers {
                e.add(
                    &field("answers"),
                    format!(
                        "napište {answers} odpovědí, jednu na řádek, ve stejném pořadí jako česky"
                    ),
                );
            }
            translations.set(
                lang,
                Some(QuestionText {
                    text,
                    help,
                    answers: labels,
                }),
            );
        }
        translations
    }

    /// An outcome's translations: a language begun needs its title and what to do now.
    fn outcome_translations(&self, e: &mut FieldErrors) -> Translations<OutcomeText> {
        let mut translations = Translations::default();
        for lang in Lang::TRANSLATED {
            let fields = self.translation(lang);
            if fields.is_blank() {
                continue;
            }
            let field = |name| translation_field(lang, name);
            let title = required_text(e, &field("title"), &fields.title, TEXT_MAX);
            let summary =
                optional_text(e, &field("summary"), &fields.summary, HELP_MAX).unwrap_or_default();
            let now = lines(e, &field("now"), &fields.now, ITEMS_MAX, text_line);
            if now.is_empty() {
                e.add(&field("now"), "napište, co udělat, aspoň jeden krok");
            }
            let bring = lines(e, &field("bring"), &fields.bring, ITEMS_MAX, text_line);
            translations.set(
                lang,
                Some(OutcomeText {
                    title,
                    summary,
                    now,
                    bring,
                }),
            );
        }
        translations
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
        let mut form = match &node.step {
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
        };
        for lang in Lang::TRANSLATED {
            let fields = match &node.step {
                Step::Question(q) => q.translations.get(lang).map(|t| TranslationFields {
                    text: t.text.clone(),
                    help: t.help.clone(),
                    answers: joined(&t.answers),
                    ..TranslationFields::default()
                }),
                Step::Outcome(o) => o.translations.get(lang).map(|t| TranslationFields {
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    now: joined(&t.now),
                    bring: joined(&t.bring),
                    ..TranslationFields::default()
                }),
            };
            if let Some(fields) = fields {
                form.set_translation(lang, fields);
            }
        }
        form
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
    fn translations_round_trip_and_must_match_the_czech_answers() {
        let mut form = NodeForm {
            kind: QUESTION.into(),
            text: "Co se děje?".into(),
            ans_label: vec!["Mám exekuci".into(), "Nemám na nájem".into()],
            ans_next: vec!["exekuce".into(), "najem".into()],
            uk_text: "Що сталося?".into(),
            uk_answers: "Маю виконавче провадження\nНе маю на оренду".into(),
            ..NodeForm::default()
        };
        let node = form.validate(&key()).unwrap();
        let Step::Question(q) = &node.step else {
            panic!("a question")
        };
        assert_eq!(q.translations.get(Lang::Uk).unwrap().answers.len(), 2);
        assert!(
            q.translations.get(Lang::En).is_none(),
            "blank English is none"
        );
        assert_eq!(NodeForm::from(&node).validate(&key()).unwrap(), node);
        form.uk_answers = "Маю виконавче провадження".into();
        assert!(
            form.validate(&key())
                .unwrap_err()
                .get("uk_answers")
                .is_some()
        );
        let outcome = NodeForm {
            kind: OUTCOME.into(),
            title: "Zavolejte".into(),
            now: "Zavolejte".into(),
            en_summary: "Call them".into(),
            ..NodeForm::default()
        };
        let errors = outcome.validate(&key()).unwrap_err();
        assert!(errors.get("en_title").is_some() && errors.get("en_now").is_some());
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
