//! Public consultation of draft documents (připomínkování): staff open a comment period on a
//! draft (`opening.rs`), anyone may comment on one of its sections while the period is open
//! (`comment.rs`: the form, its honeypot, moderation states), and staff record how each comment
//! was settled; the settled list is public.

pub mod comment;
pub mod opening;

use serde::{Deserialize, Serialize};

/// A draft put up for comments, as the public page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub intro: String,
    /// `YYYY-MM-DD`, both days included.
    pub opens_on: String,
    pub closes_on: String,
    pub sections: Vec<Section>,
}

/// A comment period in a list, with how many comments wait and how many are settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationSummary {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
    pub waiting: i64,
    pub settled: i64,
}

/// One part of the draft, commented on by its anchor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// `cast-1`, `cast-2`…: the anchor on the page and the key comments are filed under.
    pub anchor: String,
    pub title: String,
    /// Markdown.
    pub text: String,
}

/// Where a comment period stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    Upcoming,
    Open,
    Closed,
}

impl Phase {
    pub fn label(self) -> &'static str {
        match self {
            Phase::Upcoming => "připravuje se",
            Phase::Open => "připomínky lze podávat",
            Phase::Closed => "ukončeno",
        }
    }
}

impl Consultation {
    /// `today` as `YYYY-MM-DD` (`admin::date::iso_date`): ISO dates compare as text.
    pub fn phase(&self, today: &str) -> Phase {
        phase(&self.opens_on, &self.closes_on, today)
    }

    pub fn section(&self, anchor: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.anchor == anchor)
    }
}

pub fn phase(opens_on: &str, closes_on: &str, today: &str) -> Phase {
    if today < opens_on {
        Phase::Upcoming
    } else if today > closes_on {
        Phase::Closed
    } else {
        Phase::Open
    }
}

/// The draft's sections: each `## ` heading starts one; text before the first heading is the
/// section "Úvod". Empty sections are left out.
pub fn sections(draft: &str) -> Vec<Section> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut title = "Úvod".to_owned();
    let mut text = String::new();
    for line in draft.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            found.push((std::mem::take(&mut title), std::mem::take(&mut text)));
            title = heading.trim().to_owned();
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    found.push((title, text));
    found
        .into_iter()
        .filter(|(title, text)| !(title == "Úvod" && text.trim().is_empty()))
        .enumerate()
        .map(|(i, (title, text))| Section {
            anchor: format!("cast-{}", i + 1),
            title,
            text: text.trim().to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_split_the_draft_into_numbered_sections() {
        let draft =
            "Návrh na rok 2027.\n\n## Senioři\nVíkendová péče.\n\n## Rodiny\n- terénní služba\n";
        let parts = sections(draft);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].title, "Úvod");
        assert_eq!(parts[1].anchor, "cast-2");
        assert_eq!(parts[1].title, "Senioři");
        assert_eq!(parts[2].text, "- terénní služba");
        let no_intro = sections("## Jediná\ntext");
        assert_eq!(no_intro.len(), 1);
        assert_eq!(no_intro[0].anchor, "cast-1");
    }

    #[test]
    fn a_period_is_open_on_its_first_and_last_day() {
        assert_eq!(
            phase("2026-11-01", "2026-11-30", "2026-10-31"),
            Phase::Upcoming
        );
        assert_eq!(phase("2026-11-01", "2026-11-30", "2026-11-01"), Phase::Open);
        assert_eq!(phase("2026-11-01", "2026-11-30", "2026-11-30"), Phase::Open);
        assert_eq!(
            phase("2026-11-01", "2026-11-30", "2026-12-01"),
            Phase::Closed
        );
    }
}
