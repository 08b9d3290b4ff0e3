//! The tree's shape, as the data file and the database hold it.

use super::translation::{OutcomeText, QuestionText};
use crate::lang::Translations;
use crate::slug::Slug;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WizardTree {
    /// The first question.
    pub root: Slug,
    pub nodes: Vec<WizardNode>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WizardNode {
    pub key: Slug,
    #[serde(flatten)]
    pub step: Step,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Step {
    Question(Question),
    Outcome(Outcome),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub text: String,
    #[serde(default)]
    pub help: String,
    pub answers: Vec<Answer>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<QuestionText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Names the answer in the wizard's URL.
    pub key: Slug,
    pub label: String,
    /// The node this answer leads to.
    pub next: Slug,
}

/// Where the wizard ends: concrete help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// What to do now, in order.
    pub now: Vec<String>,
    /// Services to call, by their key, most important first.
    #[serde(default)]
    pub contacts: Vec<Slug>,
    /// A catalogue query for further help, narrowed by the resident's municipality and audience.
    #[serde(default)]
    pub search: Option<String>,
    /// What to bring along.
    #[serde(default)]
    pub bring: Vec<String>,
    /// Related questions, by their slug.
    #[serde(default)]
    pub faq: Vec<Slug>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<OutcomeText>,
}

impl Outcome {
    /// An outcome that has its title and nothing else yet.
    pub fn titled(title: String) -> Self {
        Outcome {
            title,
            summary: String::new(),
            now: Vec::new(),
            contacts: Vec::new(),
            search: None,
            bring: Vec::new(),
            faq: Vec::new(),
            translations: Translations::default(),
        }
    }
}

impl WizardTree {
    pub fn node(&self, key: &Slug) -> Option<&WizardNode> {
        self.nodes.iter().find(|n| &n.key == key)
    }

    pub fn root_question(&self) -> Option<&Question> {
        match self.node(&self.root).map(|n| &n.step) {
            Some(Step::Question(q)) => Some(q),
            _ => None,
        }
    }
}
