//! Following a resident's answers through the tree, and the short codes that caseworkers share.

use super::MAX_DEPTH;
use super::tree::{Answer, Question, Step, WizardNode, WizardTree};
use crate::slug::Slug;
use serde::{Deserialize, Serialize};

/// Where a list of answers leads: the questions answered on the way, and the node reached.
#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'t> {
    pub answered: Vec<(&'t WizardNode, &'t Question, &'t Answer)>,
    pub current: &'t WizardNode,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WalkError {
    #[error("na otázku „{question}“ neznáme odpověď „{answer}“")]
    UnknownAnswer { question: String, answer: String },
    #[error("za výsledkem už žádné další otázky nejsou")]
    PastOutcome,
    #[error("průvodce nemá první otázku")]
    NoRoot,
    #[error("tento kód odkazu neznáme")]
    BadCode,
}

impl WizardTree {
    /// Follows answer keys from the first question. Every key must be an answer of the question
    /// reached by the ones before it.
    pub fn walk<'t>(&'t self, answers: &[&str]) -> Result<Walk<'t>, WalkError> {
        if answers.len() > MAX_DEPTH * 2 {
            return Err(WalkError::PastOutcome);
        }
        let mut current = self.node(&self.root).ok_or(WalkError::NoRoot)?;
        let mut answered = Vec::new();
        for key in answers {
            let Step::Question(question) = &current.step else {
                return Err(WalkError::PastOutcome);
            };
            let answer = question
                .answers
                .iter()
                .find(|a| a.key.as_str() == *key)
                .ok_or_else(|| WalkError::UnknownAnswer {
                    question: question.text.clone(),
                    answer: key.chars().take(60).collect(),
                })?;
            answered.push((current, question, answer));
            current = self.node(&answer.next).ok_or(WalkError::NoRoot)?;
        }
        Ok(Walk { answered, current })
    }

    /// A short code for a path: the position (1–6) of each answer, e.g. "32".
    pub fn short_code(&self, walk: &Walk<'_>) -> String {
        walk.answered
            .iter()
            .filter_map(|(_, q, a)| q.answers.iter().position(|x| x.key == a.key))
            .map(|i| char::from(b'1' + i as u8))
            .collect()
    }

    /// The answer keys a short code stands for.
    pub fn from_short_code(&self, code: &str) -> Result<Vec<Slug>, WalkError> {
        if code.len() > MAX_DEPTH * 2 {
            return Err(WalkError::BadCode);
        }
        let mut current = self.node(&self.root).ok_or(WalkError::NoRoot)?;
        let mut keys = Vec::new();
        for digit in code.chars() {
            let Step::Question(question) = &current.step else {
                return Err(WalkError::BadCode);
            };
            let index = digit
                .to_digit(10)
                .filter(|d| *d >= 1)
                .ok_or(WalkError::BadCode)? as usize
                - 1;
            let answer = question.answers.get(index).ok_or(WalkError::BadCode)?;
            keys.push(answer.key.clone());
            current = self.node(&answer.next).ok_or(WalkError::BadCode)?;
        }
        Ok(keys)
    }
}

impl WizardTree {
    /// The answer keys of every path from the first question to a step, the empty path (the
    /// first question) first; a path stops at an outcome, at a node the tree lacks, and at the
    /// depth a walk may have.
    pub fn paths(&self) -> Vec<Vec<&str>> {
        let mut paths = Vec::new();
        let mut open = vec![(Vec::new(), &self.root)];
        while let Some((keys, at)) = open.pop() {
            let Some(node) = self.node(at) else {
                continue;
            };
            if let Step::Question(question) = &node.step
                && keys.len() < MAX_DEPTH * 2
            {
                for answer in question.answers.iter().rev() {
                    let mut next: Vec<&str> = keys.clone();
                    next.push(answer.key.as_str());
                    open.push((next, &answer.next));
                }
            }
            paths.push(keys);
        }
        paths
    }
}

/// The tree as it travels to the browser: every question whole, each outcome by its title only
/// (its page, with the contacts from the catalogue, comes from the server). Plain in serde's
/// terms: no flattened or internally tagged parts, which serde reads by buffering every node
/// first — slower to hydrate, and more code in the wizard's bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionsOnly {
    root: Slug,
    questions: Vec<(Slug, Question)>,
    outcomes: Vec<(Slug, String)>,
}

impl WizardTree {
    pub fn questions_only(&self) -> QuestionsOnly {
        let mut questions = Vec::new();
        let mut outcomes = Vec::new();
        for node in &self.nodes {
            match &node.step {
                Step::Question(q) => questions.push((node.key.clone(), q.clone())),
                Step::Outcome(o) => outcomes.push((node.key.clone(), o.title.clone())),
            }
        }
        QuestionsOnly {
            root: self.root.clone(),
            questions,
            outcomes,
        }
    }
}

impl From<QuestionsOnly> for WizardTree {
    fn from(light: QuestionsOnly) -> Self {
        let questions = light.questions.into_iter().map(|(key, q)| WizardNode {
            key,
            step: Step::Question(q),
        });
        let outcomes = light.outcomes.into_iter().map(|(key, title)| WizardNode {
            key,
            step: Step::Outcome(super::Outcome::titled(title)),
        });
        WizardTree {
            root: light.root,
            nodes: questions.chain(outcomes).collect(),
        }
    }
}

impl Walk<'_> {
    /// The answer keys of the path, for building URLs.
    pub fn keys(&self) -> Vec<&str> {
        self.answered
            .iter()
            .map(|(_, _, a)| a.key.as_str())
            .collect()
    }
}
