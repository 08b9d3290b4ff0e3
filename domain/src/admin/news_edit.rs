//! The forms of `/sprava/novinky` and `/sprava/akce`: an article (title, day, summary, Markdown
//! text, audiences, an uploaded image with its text alternative) and an event (title, start and
//! end in Písek's local time, place, Markdown description, audiences).

use super::fields::{FieldErrors, choices, many, optional_text, required_text};
use crate::AudienceSlug;
use crate::news::{Article, Event, LocalDateTime};
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 400;
pub const BODY_MAX: usize = 20_000;
pub const PLACE_MAX: usize = 300;
pub const ALT_MAX: usize = 300;

/// A row of the staff's list of articles or events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    /// The day of an article, the start of an event.
    pub when: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleForm {
    pub title: String,
    /// `YYYY-MM-DD`.
    pub published_on: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    #[serde(deserialize_with = "many")]
    pub audiences: Vec<String>,
    /// The stored name of an uploaded image, or empty.
    pub image: String,
    pub image_alt: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleEdit {
    pub title: String,
    pub published_on: String,
    pub summary: String,
    pub body: String,
    pub audiences: Vec<AudienceSlug>,
    /// (stored name, text alternative)
    pub image: Option<(String, String)>,
}

fn audiences(e: &mut FieldErrors, raw: &[String]) -> Vec<AudienceSlug> {
    let mut slugs = choices(e, "audiences", raw, AudienceSlug::parse);
    slugs.sort();
    slugs.dedup();
    slugs
}

fn joined(values: &[AudienceSlug]) -> String {
    values
        .iter()
        .map(AudienceSlug::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

impl ArticleForm {
    pub fn validate(&self) -> Result<ArticleEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let published_on = self.published_on.trim().to_owned();
        if LocalDateTime::parse(&format!("{published_on}T00:00")).is_err() {
            e.add("published_on", "zadejte datum ve tvaru RRRR-MM-DD");
        }
        let image = match self.image.trim() {
            "" => None,
            name if crate::upload::parse_stored_name(name).is_none() => {
                e.add("image", "vyberte obrázek ze seznamu nahraných");
                None
            }
            name => match optional_text(&mut e, "image_alt", &self.image_alt, ALT_MAX) {
                Some(alt) => Some((name.to_owned(), alt)),
                None => {
                    e.add(
                        "image_alt",
                        "popište, co je na obrázku (pro nevidomé čtenáře)",
                    );
                    None
                }
            },
        };
        let edit = ArticleEdit {
            title: required_text(&mut e, "title", &self.title, TITLE_MAX),
            published_on,
            summary: required_text(&mut e, "summary", &self.summary, SUMMARY_MAX),
            body: required_text(&mut e, "body", &self.body, BODY_MAX),
            audiences: audiences(&mut e, &self.audiences),
            image,
        };
        e.or(edit)
    }
}

impl ArticleEdit {
    pub fn from_article(a: &Article) -> ArticleEdit {
        ArticleEdit {
            title: a.title.clone(),
            published_on: a.published_on.clone(),
            summary: a.summary.clone(),
            body: a.body.clone(),
            audiences: a.audiences.clone(),
            image: a.image.as_ref().map(|i| (i.name.clone(), i.alt.clone())),
        }
    }

    pub fn to_form(&self) -> ArticleForm {
        let (image, image_alt) = self.image.clone().unwrap_or_default();
        ArticleForm {
            title: self.title.clone(),
            published_on: self.published_on.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            audiences: self
                .audiences
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
            image,
            image_alt,
        }
    }

    pub fn audit_values(&self) -> Vec<(&'static str, String)> {
        let (image, alt) = self.image.clone().unwrap_or_default();
        vec![
            ("název", self.title.clone()),
            ("datum", self.published_on.clone()),
            ("shrnutí", self.summary.clone()),
            ("text", self.body.clone()),
            ("skupiny", joined(&self.audiences)),
            ("obrázek", image),
            ("popis obrázku", alt),
        ]
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    /// `YYYY-MM-DDTHH:MM`, as `<input type="datetime-local">` posts it.
    pub starts: String,
    pub ends: String,
    pub place: String,
    pub description: String,
    #[serde(deserialize_with = "many")]
    pub audiences: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEdit {
    pub title: String,
    pub starts: LocalDateTime,
    pub ends: LocalDateTime,
    pub place: String,
    pub description: String,
    pub audiences: Vec<AudienceSlug>,
}

impl EventForm {
    pub fn validate(&self) -> Result<EventEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let mut time = |field: &str, raw: &str| {
            LocalDateTime::parse(raw)
                .map_err(|error| e.add(field, error.to_string()))
                .ok()
        };
        let (starts, ends) = (time("starts", &self.starts), time("ends", &self.ends));
        if let (Some(s), Some(end)) = (starts, ends)
            && end < s
        {
            e.add("ends", "akce nemůže skončit dřív, než začne");
        }
        let edit = EventEdit {
            title: required_text(&mut e, "title", &self.title, TITLE_MAX),
            starts: starts.unwrap_or(LocalDateTime::day_start(0)),
            ends: ends.unwrap_or(LocalDateTime::day_start(0)),
            place: required_text(&mut e, "place", &self.place, PLACE_MAX),
            description: optional_text(&mut e, "description", &self.description, BODY_MAX)
                .unwrap_or_default(),
            audiences: audiences(&mut e, &self.audiences),
        };
        e.or(edit)
    }
}

impl EventEdit {
    pub fn from_event(ev: &Event) -> EventEdit {
        EventEdit {
            title: ev.title.clone(),
            starts: ev.starts,
            ends: ev.ends,
            place: ev.place.clone(),
            description: ev.description.clone(),
            audiences: ev.audiences.clone(),
        }
    }

    pub fn to_form(&self) -> EventForm {
        EventForm {
            title: self.title.clone(),
            starts: self.starts.to_string(),
            ends: self.ends.to_string(),
            place: self.place.clone(),
            description: self.description.clone(),
            audiences: self
                .audiences
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
        }
    }

    pub fn audit_values(&self) -> Vec<(&'static str, String)> {
        vec![
            ("název", self.title.clone()),
            ("začátek", self.starts.to_string()),
            ("konec", self.ends.to_string()),
            ("místo", self.place.clone()),
            ("popis", self.description.clone()),
            ("skupiny", joined(&self.audiences)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> ArticleForm {
        ArticleForm {
            title: "Plán 2027".into(),
            published_on: "2026-11-24".into(),
            summary: "Připomínky do 14. 12.".into(),
            body: "**Přijďte.**".into(),
            audiences: vec!["seniori".into()],
            image: "0123456789abcdef0123456789abcdef.png".into(),
            image_alt: "Lidé u kulatého stolu".into(),
        }
    }

    #[test]
    fn an_article_round_trips_and_an_image_needs_a_server_name_and_a_description() {
        let edit = article().validate().unwrap();
        assert_eq!(edit.to_form(), article());
        let no_alt = ArticleForm {
            image_alt: " ".into(),
            ..article()
        };
        assert!(no_alt.validate().unwrap_err().get("image_alt").is_some());
        let typed_path = ArticleForm {
            image: "../../etc/passwd".into(),
            ..article()
        };
        assert!(typed_path.validate().unwrap_err().get("image").is_some());
        let bad_day = ArticleForm {
            published_on: "24. 11.".into(),
            ..article()
        };
        assert!(
            bad_day
                .validate()
                .unwrap_err()
                .get("published_on")
                .is_some()
        );
    }

    #[test]
    fn an_event_ends_after_it_starts() {
        let form = EventForm {
            title: "Kulatý stůl".into(),
            starts: "2026-12-03T17:00".into(),
            ends: "2026-12-03T19:00".into(),
            place: "Knihovna".into(),
            description: String::new(),
            audiences: Vec::new(),
        };
        let edit = form.validate().unwrap();
        assert_eq!(edit.to_form(), form);
        let backwards = EventForm {
            ends: "2026-12-03T16:00".into(),
            ..form.clone()
        };
        assert_eq!(
            backwards.validate().unwrap_err().get("ends"),
            Some("akce nemůže skončit dřív, než začne")
        );
        let garbled = EventForm {
            starts: "zítra".into(),
            ..form
        };
        assert!(garbled.validate().unwrap_err().get("starts").is_some());
    }
}
