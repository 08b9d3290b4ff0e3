//! A comment on a section of a draft: the form residents post (with the honeypot), where it
//! stands in moderation, and how staff settled it.

use crate::admin::fields::{FieldErrors, optional_text, required_text};
use serde::{Deserialize, Serialize};

pub const TEXT_MAX: usize = 3000;
pub const AUTHOR_MAX: usize = 200;
pub const RESPONSE_MAX: usize = 3000;

/// The comment form as posted. `web` is the honeypot.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub section: String,
    pub text: String,
    pub author: String,
    pub web: String,
}

/// A comment worth storing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewComment {
    pub section: String,
    pub text: String,
    pub author: Option<String>,
}

impl CommentForm {
    pub fn is_robot(&self) -> bool {
        !self.web.trim().is_empty()
    }

    /// `known`: whether the draft has a section of this anchor.
    pub fn validate(&self, known: impl Fn(&str) -> bool) -> Result<NewComment, FieldErrors> {
        let mut e = FieldErrors::default();
        let section = self.section.trim().to_owned();
        if !known(&section) {
            e.add("section", "vyberte prosím část návrhu");
        }
        let comment = NewComment {
            section,
            text: required_text(&mut e, "text", &self.text, TEXT_MAX),
            author: optional_text(&mut e, "author", &self.author, AUTHOR_MAX),
        };
        e.or(comment)
    }
}

/// How a comment was settled (vypořádání).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Accepted,
    PartlyAccepted,
    NotAccepted,
    Noted,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Accepted,
        Outcome::PartlyAccepted,
        Outcome::NotAccepted,
        Outcome::Noted,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Accepted => "vyhoveno",
            Outcome::PartlyAccepted => "castecne",
            Outcome::NotAccepted => "nevyhoveno",
            Outcome::Noted => "na-vedomi",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Accepted => "vyhověno",
            Outcome::PartlyAccepted => "částečně vyhověno",
            Outcome::NotAccepted => "nevyhověno",
            Outcome::Noted => "vzato na vědomí",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.slug() == slug)
    }
}

/// Where a comment stands: waiting for staff, settled (public), or hidden by moderation (abuse,
/// spam, personal data) and never shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommentState {
    Waiting,
    Settled { outcome: Outcome, response: String },
    Hidden,
}

impl CommentState {
    /// The stored `status` column.
    pub fn status_slug(&self) -> &'static str {
        match self {
            CommentState::Waiting => "ceka",
            CommentState::Settled { .. } => "vyporadana",
            CommentState::Hidden => "skryta",
        }
    }

    /// From the stored columns; `None` for values the store should never hold.
    pub fn from_columns(
        status: &str,
        outcome: Option<&str>,
        response: Option<String>,
    ) -> Option<CommentState> {
        match (status, outcome, response) {
            ("ceka", _, _) => Some(CommentState::Waiting),
            ("skryta", _, _) => Some(CommentState::Hidden),
            ("vyporadana", Some(outcome), Some(response)) => Some(CommentState::Settled {
                outcome: Outcome::from_slug(outcome)?,
                response,
            }),
            _ => None,
        }
    }

    /// How the audit log names it.
    pub fn label(&self) -> String {
        match self {
            CommentState::Waiting => "čeká na vypořádání".into(),
            CommentState::Settled { outcome, .. } => outcome.label().into(),
            CommentState::Hidden => "skryto moderátorem".into(),
        }
    }
}

/// A comment as staff (all) and the public (settled only) read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: i64,
    pub created_at: i64,
    pub section: String,
    pub text: String,
    pub author: Option<String>,
    pub state: CommentState,
}

/// Staff's decision on a comment, as posted: `outcome` is an `Outcome` slug, or `skryt`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettleForm {
    pub id: i64,
    pub outcome: String,
    pub response: String,
}

impl SettleForm {
    pub fn validate(&self) -> Result<CommentState, FieldErrors> {
        let mut e = FieldErrors::default();
        if self.outcome == "skryt" {
            return Ok(CommentState::Hidden);
        }
        let outcome = Outcome::from_slug(&self.outcome);
        if outcome.is_none() {
            e.add(
                &format!("outcome-{}", self.id),
                "vyberte, jak byla připomínka vypořádána",
            );
        }
        let response = required_text(
            &mut e,
            &format!("response-{}", self.id),
            &self.response,
            RESPONSE_MAX,
        );
        match outcome {
            Some(outcome) if e.is_empty() => Ok(CommentState::Settled { outcome, response }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_names_a_known_section_and_says_something() {
        let known = |s: &str| s == "cast-1";
        let form = CommentForm {
            section: "cast-1".into(),
            text: " Chybí víkendy. ".into(),
            ..CommentForm::default()
        };
        let comment = form.validate(known).unwrap();
        assert_eq!(comment.text, "Chybí víkendy.");
        assert_eq!(comment.author, None);
        let wrong = CommentForm {
            section: "cast-9".into(),
            ..CommentForm::default()
        };
        let errors = wrong.validate(known).unwrap_err();
        assert!(errors.get("section").is_some());
        assert_eq!(errors.get("text"), Some("vyplňte prosím"));
        assert!(
            CommentForm {
                web: "x".into(),
                ..form
            }
            .is_robot()
        );
    }

    #[test]
    fn settling_needs_an_outcome_and_a_reason_hiding_does_not() {
        let settle = SettleForm {
            id: 7,
            outcome: "castecne".into(),
            response: "Doplníme.".into(),
        };
        let state = settle.validate().unwrap();
        assert_eq!(state.label(), "částečně vyhověno");
        assert_eq!(
            CommentState::from_columns("vyporadana", Some("castecne"), Some("Doplníme.".into())),
            Some(state)
        );
        let bare = SettleForm {
            response: String::new(),
            ..settle
        };
        assert_eq!(
            bare.validate().unwrap_err().get("response-7"),
            Some("vyplňte prosím")
        );
        let hide = SettleForm {
            id: 7,
            outcome: "skryt".into(),
            response: String::new(),
        };
        assert_eq!(hide.validate(), Ok(CommentState::Hidden));
        assert_eq!(CommentState::from_columns("vyporadana", None, None), None);
        for o in Outcome::ALL {
            assert_eq!(Outcome::from_slug(o.slug()), Some(o));
        }
    }
}
