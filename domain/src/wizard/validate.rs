//! What makes a tree safe to publish: every answer leads somewhere, nothing loops, every node can
//! be reached, and every outcome is at most [`MAX_DEPTH`](super::MAX_DEPTH) answers away.

use super::tree::{Step, WizardTree};
use super::{ANSWERS, MAX_DEPTH};
use crate::slug::Slug;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One fault of a tree, naming the node where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    #[error("uzel „{0}“ je ve stromu dvakrát")]
    DuplicateNode(Slug),
    #[error("první otázka „{0}“ ve stromu není")]
    MissingRoot(Slug),
    #[error("první uzel „{0}“ musí být otázka")]
    RootIsOutcome(Slug),
    #[error("otázka „{node}“ má {count} odpovědí, musí mít 2 až 6")]
    AnswerCount { node: Slug, count: usize },
    #[error("otázka „{node}“ má odpověď „{answer}“ dvakrát")]
    DuplicateAnswer { node: Slug, answer: Slug },
    #[error("odpověď „{answer}“ otázky „{node}“ vede do neexistujícího uzlu „{next}“")]
    DeadEnd {
        node: Slug,
        answer: Slug,
        next: Slug,
    },
    #[error("z uzlu „{0}“ se dá dojít zpět do něj (cyklus)")]
    Cycle(Slug),
    #[error("k uzlu „{0}“ nevede žádná cesta od první otázky")]
    Unreachable(Slug),
    #[error("k výsledku „{node}“ vede {depth} odpovědí, nejvýše smí {max}")]
    TooDeep {
        node: Slug,
        depth: usize,
        max: usize,
    },
    #[error("výsledek „{0}“ neříká, co udělat, ani koho kontaktovat")]
    EmptyOutcome(Slug),
    #[error("uzel „{0}“ nemá text")]
    NoText(Slug),
    #[error("překlad otázky „{node}“ do jazyka {lang} nemá tolik odpovědí jako česká otázka")]
    TranslationMismatch { node: Slug, lang: crate::Lang },
}

/// Every fault found, so staff can mend them all at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeErrors(pub Vec<TreeError>);

impl fmt::Display for TreeErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let messages: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "strom průvodce není v pořádku: {}", messages.join("; "))
    }
}

impl std::error::Error for TreeErrors {}

impl WizardTree {
    pub fn validate(&self) -> Result<(), TreeErrors> {
        let mut errors = Vec::new();
        let mut seen = HashSet::new();
        for node in &self.nodes {
            if !seen.insert(&node.key) {
                errors.push(TreeError::DuplicateNode(node.key.clone()));
            }
        }
        match self.node(&self.root).map(|n| &n.step) {
            None => errors.push(TreeError::MissingRoot(self.root.clone())),
            Some(Step::Outcome(_)) => errors.push(TreeError::RootIsOutcome(self.root.clone())),
            Some(Step::Question(_)) => {}
        }
        for node in &self.nodes {
            match &node.step {
                Step::Question(q) => {
                    if q.text.trim().is_empty() {
                        errors.push(TreeError::NoText(node.key.clone()));
                    }
                    if !ANSWERS.contains(&q.answers.len()) {
                        errors.push(TreeError::AnswerCount {
                            node: node.key.clone(),
                            count: q.answers.len(),
                        });
                    }
                    let mut answers = HashSet::new();
                    for a in &q.answers {
                        if !answers.insert(&a.key) {
                            errors.push(TreeError::DuplicateAnswer {
                                node: node.key.clone(),
                                answer: a.key.clone(),
                            });
                        }
                        if a.label.trim().is_empty() {
                            errors.push(TreeError::NoText(node.key.clone()));
                        }
                        if self.node(&a.next).is_none() {
                            errors.push(TreeError::DeadEnd {
                                node: node.key.clone(),
                                answer: a.key.clone(),
                                next: a.next.clone(),
                            });
                        }
                    }
                }
                Step::Outcome(o) => {
                    if o.title.trim().is_empty() {
                        errors.push(TreeError::NoText(node.key.clone()));
                    }
                    if o.now.is_empty() && o.contacts.is_empty() && o.search.is_none() {
                        errors.push(TreeError::EmptyOutcome(node.key.clone()));
                    }
                }
            }
        }
        errors.extend(
            self.mismatched_translations()
                .into_iter()
                .map(|(node, lang)| TreeError::TranslationMismatch { node, lang }),
        );
        if errors.is_empty() {
            errors.extend(self.cycles());
        }
        if errors.is_empty() {
            errors.extend(self.reach());
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(TreeErrors(errors))
        }
    }

    fn next_nodes<'a>(&'a self, key: &Slug) -> impl Iterator<Item = &'a Slug> {
        let answers = match self.node(key).map(|n| &n.step) {
            Some(Step::Question(q)) => q.answers.as_slice(),
            _ => &[],
        };
        answers.iter().map(|a| &a.next)
    }

    /// Nodes that can reach themselves (depth-first search with the path on a stack).
    fn cycles(&self) -> Vec<TreeError> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            Open,
            Done,
        }
        let mut marks: HashMap<&Slug, Mark> = HashMap::new();
        let mut found = Vec::new();
        for start in &self.nodes {
            if marks.contains_key(&start.key) {
                continue;
            }
            let mut stack: Vec<(&Slug, Vec<&Slug>)> =
                vec![(&start.key, self.next_nodes(&start.key).collect())];
            marks.insert(&start.key, Mark::Open);
            while let Some((node, pending)) = stack.last_mut() {
                match pending.pop() {
                    Some(next) => match marks.get(next) {
                        Some(Mark::Open) => {
                            if !found.contains(&TreeError::Cycle(next.clone())) {
                                found.push(TreeError::Cycle(next.clone()));
                            }
                        }
                        Some(Mark::Done) => {}
                        None => {
                            marks.insert(next, Mark::Open);
                            stack.push((next, self.next_nodes(next).collect()));
                        }
                    },
                    None => {
                        marks.insert(node, Mark::Done);
                        stack.pop();
                    }
                }
            }
        }
        found
    }

    /// Unreachable nodes and outcomes too deep, by breadth-first search from the root (the tree
    /// has no cycles by now, so every path is finite).
    fn reach(&self) -> Vec<TreeError> {
        // The longest way to a node counts: a resident may come by any of them.
        let mut longest: HashMap<&Slug, usize> = HashMap::from([(&self.root, 0)]);
        let mut queue = std::collections::VecDeque::from([&self.root]);
        while let Some(node) = queue.pop_front() {
            let here = longest[node];
            for next in self.next_nodes(node) {
                if longest.get(next).is_none_or(|d| *d < here + 1) {
                    longest.insert(next, here + 1);
                    queue.push_back(next);
                }
            }
        }
        let mut errors = Vec::new();
        for node in &self.nodes {
            match longest.get(&node.key) {
                None => errors.push(TreeError::Unreachable(node.key.clone())),
                Some(d) if *d > MAX_DEPTH && matches!(node.step, Step::Outcome(_)) => {
                    errors.push(TreeError::TooDeep {
                        node: node.key.clone(),
                        depth: *d,
                        max: MAX_DEPTH,
                    })
                }
                Some(_) => {}
            }
        }
        errors
    }
}
