//! What residents send: a correction of a service's page, or a service the catalogue lacks.

use super::fields::{FieldErrors, optional_text, required_text};
use serde::{Deserialize, Serialize};

pub const MESSAGE_MAX: usize = 2000;
pub const CONTACT_MAX: usize = 200;

/// The message form as posted. `web` is the honeypot: hidden from people, filled by robots.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub message: String,
    pub contact: String,
    /// "Chybí tu služba?": the topic it is about (a topic's slug; empty: another).
    pub topic: String,
    pub web: String,
}

/// A message worth storing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub message: String,
    pub contact: Option<String>,
}

impl FeedbackForm {
    /// A robot filled the field people cannot see.
    pub fn is_robot(&self) -> bool {
        !self.web.trim().is_empty()
    }

    pub fn validate(&self) -> Result<Feedback, FieldErrors> {
        let mut e = FieldErrors::default();
        let feedback = Feedback {
            message: required_text(&mut e, "message", &self.message, MESSAGE_MAX),
            contact: optional_text(&mut e, "contact", &self.contact, CONTACT_MAX),
        };
        e.or(feedback)
    }
}

/// What a message is about: a service's page, a service the catalogue lacks, or the site's
/// accessibility (the feedback the accessibility statement offers, zákon 99/2019 Sb.).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    Service(i64),
    MissingService,
    Accessibility,
}

impl Subject {
    /// The page whose form sends it.
    pub fn path(self) -> String {
        match self {
            Subject::Service(id) => format!("/sluzby/{id}/pripominka"),
            Subject::MissingService => "/chybi-sluzba".into(),
            Subject::Accessibility => "/pristupnost".into(),
        }
    }

    /// The stored `subject` column.
    pub fn column(self) -> &'static str {
        match self {
            Subject::Accessibility => "pristupnost",
            _ => "sluzba",
        }
    }
}

/// Where a message stands in moderation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeedbackStatus {
    New,
    Done,
    Rejected,
}

impl FeedbackStatus {
    pub const ALL: [FeedbackStatus; 3] = [Self::New, Self::Done, Self::Rejected];

    pub fn slug(self) -> &'static str {
        match self {
            Self::New => "nova",
            Self::Done => "vyrizena",
            Self::Rejected => "zamitnuta",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::New => "nová",
            Self::Done => "vyřízená",
            Self::Rejected => "zamítnutá",
        }
    }

    pub fn from_slug(slug: &str) -> Option<FeedbackStatus> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A message as staff read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackItem {
    pub id: i64,
    pub created_at: i64,
    /// The service it is about; `None` for "a service is missing" and for accessibility.
    pub service: Option<crate::catalog::ServiceRef>,
    /// About the site's accessibility.
    pub accessibility: bool,
    pub message: String,
    pub contact: Option<String>,
    pub status: FeedbackStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_message_is_refused_and_a_long_one_too() {
        let empty = FeedbackForm::default().validate().unwrap_err();
        assert_eq!(empty.get("message"), Some("vyplňte prosím"));
        let long = FeedbackForm {
            message: "a".repeat(MESSAGE_MAX + 1),
            ..FeedbackForm::default()
        };
        assert!(long.validate().unwrap_err().get("message").is_some());
    }

    #[test]
    fn the_honeypot_tells_robots() {
        let robot = FeedbackForm {
            message: "x".into(),
            web: "http://spam".into(),
            ..FeedbackForm::default()
        };
        assert!(robot.is_robot());
        assert!(!FeedbackForm::default().is_robot());
    }

    #[test]
    fn statuses_round_trip() {
        for s in FeedbackStatus::ALL {
            assert_eq!(FeedbackStatus::from_slug(s.slug()), Some(s));
        }
    }
}
