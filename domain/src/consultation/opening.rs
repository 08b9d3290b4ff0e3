//! Staff open a comment period: a title, a short introduction, the draft (Markdown, its `## `
//! headings are the sections people comment on) and the days it is open.

use super::sections;
use crate::admin::fields::{FieldErrors, required_text};
use crate::news::LocalDateTime;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 200;
pub const INTRO_MAX: usize = 1000;
pub const DRAFT_MAX: usize = 60_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpeningForm {
    pub title: String,
    pub intro: String,
    pub draft: String,
    pub opens_on: String,
    pub closes_on: String,
}

/// A comment period worth storing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub title: String,
    pub intro: String,
    pub draft: String,
    pub opens_on: String,
    pub closes_on: String,
}

impl OpeningForm {
    pub fn validate(&self) -> Result<Opening, FieldErrors> {
        let mut e = FieldErrors::default();
        let title = required_text(&mut e, "title", &self.title, TITLE_MAX);
        let intro = required_text(&mut e, "intro", &self.intro, INTRO_MAX);
        let draft = required_text(&mut e, "draft", &self.draft, DRAFT_MAX);
        if !draft.is_empty() && sections(&draft).is_empty() {
            e.add("draft", "návrh nemá žádný text");
        }
        let opens_on = day(&mut e, "opens_on", &self.opens_on);
        let closes_on = day(&mut e, "closes_on", &self.closes_on);
        if let (Some(opens), Some(closes)) = (&opens_on, &closes_on)
            && closes < opens
        {
            e.add("closes_on", "konec nesmí být dřív než začátek");
        }
        e.or(Opening {
            title,
            intro,
            draft,
            opens_on: opens_on.unwrap_or_default(),
            closes_on: closes_on.unwrap_or_default(),
        })
    }
}

/// A day as `YYYY-MM-DD` (what `<input type="date">` posts).
fn day(errors: &mut FieldErrors, field: &str, raw: &str) -> Option<String> {
    let raw = raw.trim();
    match LocalDateTime::parse(&format!("{raw}T00:00")) {
        Ok(_) => Some(raw.to_owned()),
        Err(_) => {
            errors.add(field, "zadejte datum ve tvaru RRRR-MM-DD");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> OpeningForm {
        OpeningForm {
            title: "Akční plán 2027".into(),
            intro: "Návrh k připomínkám.".into(),
            draft: "## Senioři\nVíkendy.".into(),
            opens_on: "2026-11-24".into(),
            closes_on: "2026-12-08".into(),
        }
    }

    #[test]
    fn a_period_needs_a_draft_and_real_days_in_order() {
        assert!(form().validate().is_ok());
        let backwards = OpeningForm {
            closes_on: "2026-11-01".into(),
            ..form()
        };
        assert_eq!(
            backwards.validate().unwrap_err().get("closes_on"),
            Some("konec nesmí být dřív než začátek")
        );
        let bad_day = OpeningForm {
            opens_on: "31. 2. 2026".into(),
            draft: String::new(),
            ..form()
        };
        let errors = bad_day.validate().unwrap_err();
        assert!(errors.get("opens_on").is_some());
        assert_eq!(errors.get("draft"), Some("vyplňte prosím"));
    }
}
