//! The tree's texts in Ukrainian and English, kept in each node beside its Czech. A node is
//! translated whole or not at all: a resident reading Ukrainian sees a Czech node marked as such,
//! never a question in one language with answers in another.

use super::tree::{Outcome, Question, Step, WizardTree};
use crate::Slug;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A question's words in another language; `answers` in the order of the Czech answers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub text: String,
    #[serde(default)]
    pub help: String,
    pub answers: Vec<String>,
}

/// An outcome's words in another language; `now` and `bring` need not count as many items as
/// the Czech (a translator may join or split sentences).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub now: Vec<String>,
    #[serde(default)]
    pub bring: Vec<String>,
}

impl Question {
    fn translate(&mut self, lang: Lang) -> bool {
        let Some(text) = self.translations.get(lang).cloned() else {
            return false;
        };
        if text.answers.len() != self.answers.len() {
            return false;
        }
        self.text = text.text;
        self.help = text.help;
        for (answer, label) in self.answers.iter_mut().zip(text.answers) {
            answer.label = label;
        }
        true
    }
}

impl Outcome {
    fn translate(&mut self, lang: Lang) -> bool {
        let Some(text) = self.translations.get(lang).cloned() else {
            return false;
        };
        self.title = text.title;
        self.summary = text.summary;
        self.now = text.now;
        self.bring = text.bring;
        true
    }
}

/// The tree in one language, and the nodes left in Czech.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalizedTree {
    pub tree: WizardTree,
    pub in_czech: Vec<Slug>,
}

impl LocalizedTree {
    /// Whether the node `key` is shown in Czech on a page in another language.
    pub fn in_czech(&self, key: &Slug) -> bool {
        self.in_czech.contains(key)
    }
}

impl WizardTree {
    /// The tree with every node in `lang` where it is translated (Czech elsewhere); the
    /// translations themselves are dropped, so what goes to the browser carries one language.
    pub fn localized(&self, lang: Lang) -> LocalizedTree {
        let mut tree = self.clone();
        let mut in_czech = Vec::new();
        for node in &mut tree.nodes {
            let translated = lang == Lang::Cs
                || match &mut node.step {
                    Step::Question(q) => q.translate(lang),
                    Step::Outcome(o) => o.translate(lang),
                };
            if !translated {
                in_czech.push(node.key.clone());
            }
            match &mut node.step {
                Step::Question(q) => q.translations = Default::default(),
                Step::Outcome(o) => o.translations = Default::default(),
            }
        }
        LocalizedTree { tree, in_czech }
    }

    /// Nodes whose translation into `lang` does not match their Czech (answers missing or
    /// extra), which the checks refuse.
    pub fn mismatched_translations(&self) -> Vec<(Slug, Lang)> {
        let mut found = Vec::new();
        for node in &self.nodes {
            if let Step::Question(q) = &node.step {
                for lang in q.translations.languages() {
                    let text = q.translations.get(lang);
                    if text.is_some_and(|t| t.answers.len() != q.answers.len()) {
                        found.push((node.key.clone(), lang));
                    }
                }
            }
        }
        found
    }
}
