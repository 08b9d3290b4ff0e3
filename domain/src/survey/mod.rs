//! Short anonymous questionnaires: staff write the questions (`builder.rs`), residents answer
//! without giving their name (`answer.rs`), and the results are counted, drawn as charts and
//! exported as CSV (`results.rs`).

pub mod answer;
pub mod builder;
pub mod results;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<Question>,
    /// Taking answers; a closed survey shows its results only.
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub text: String,
    pub kind: QuestionKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// One of the options.
    Single(Vec<String>),
    /// Any of the options.
    Multiple(Vec<String>),
    /// A whole number from `min` to `max`.
    Scale { min: u8, max: u8 },
    /// A few sentences.
    Text,
}

impl Question {
    /// The form field of the `index`-th question.
    pub fn field(index: usize) -> String {
        format!("q{index}")
    }
}

/// A survey in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveySummary {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub open: bool,
    pub responses: i64,
}
