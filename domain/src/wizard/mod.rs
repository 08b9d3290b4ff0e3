//! The "Potřebuji pomoc" wizard: a decision tree kept as data. A node is either a question with
//! two to six answers, each leading to another node, or an outcome that says what to do now,
//! whom to call, what to bring and what to read. Staff edit the tree; [`WizardTree::validate`]
//! refuses one that would strand a resident, and [`WizardTree::walk`] follows a resident's answers.

mod translation;
mod tree;
mod validate;
mod walk;

pub use translation::{LocalizedTree, OutcomeText, QuestionText};
pub use tree::{Answer, Outcome, Question, Step, WizardNode, WizardTree};
pub use validate::{TreeError, TreeErrors};
pub use walk::{QuestionsOnly, Walk, WalkError};

/// Fewest and most answers a question may offer.
pub const ANSWERS: std::ops::RangeInclusive<usize> = 2..=6;
/// Most answers a resident gives before reaching an outcome.
pub const MAX_DEPTH: usize = 4;

#[cfg(test)]
mod tests;
