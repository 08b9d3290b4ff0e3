//! What the site-wide search finds besides services and questions: news, events, the plan's text
//! (priorities, measures, activities, the action plan, the project pool, working groups),
//! documents by title, and drafts in public consultation. Each becomes one `Entry`, indexed by its
//! stems; a hit links to the page that shows it.

use crate::consultation::Consultation;
use crate::news::{Article, Event};
use crate::plan::Plan;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    Article,
    Event,
    Plan,
    Document,
    Consultation,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Article,
        Kind::Event,
        Kind::Plan,
        Kind::Document,
        Kind::Consultation,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Article => "novinka",
            Kind::Event => "akce",
            Kind::Plan => "plan",
            Kind::Document => "dokument",
            Kind::Consultation => "pripominky",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The heading of this kind's hits.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Article => "Novinky",
            Kind::Event => "Akce",
            Kind::Plan => "Plán sociálních služeb",
            Kind::Document => "Dokumenty",
            Kind::Consultation => "Návrhy k připomínkám",
        }
    }
}

/// One findable thing: what the hit shows (`title`, `href`, `excerpt`) and the `text` it is found
/// by (the title is found too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: Kind,
    pub title: String,
    pub href: String,
    pub excerpt: String,
    pub text: String,
}

/// A found entry, as the results show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub kind: Kind,
    pub title: String,
    pub href: String,
    pub excerpt: String,
}

impl Entry {
    fn new(kind: Kind, title: &str, href: String, excerpt: &str, text: String) -> Entry {
        Entry {
            kind,
            title: title.to_owned(),
            href,
            excerpt: excerpt_of(excerpt),
            text,
        }
    }

    /// The words it is found by: its title and its text.
    pub fn findable(&self) -> String {
        format!("{}\n{}", self.title, self.text)
    }
}

/// At most 200 characters, cut at a word.
fn excerpt_of(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 200 {
        return text;
    }
    let cut: String = text.chars().take(200).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

pub fn article(a: &Article) -> Entry {
    let href = format!("/novinky/{}", a.slug);
    Entry::new(
        Kind::Article,
        &a.title,
        href,
        &a.summary,
        format!("{}\n{}", a.summary, a.body),
    )
}

pub fn event(e: &Event) -> Entry {
    let href = format!("/akce/{}", e.slug);
    let excerpt = format!("{} · {}", e.starts.label(), e.place);
    Entry::new(
        Kind::Event,
        &e.title,
        href,
        &excerpt,
        format!("{}\n{}", e.place, e.description),
    )
}

pub fn consultation(c: &Consultation) -> Entry {
    let href = format!("/plan/pripominky/{}", c.slug);
    let text = c
        .sections
        .iter()
        .map(|s| format!("{}\n{}", s.title, s.text))
        .collect::<Vec<_>>()
        .join("\n");
    Entry::new(
        Kind::Consultation,
        &c.title,
        href,
        &c.intro,
        format!("{}\n{}", c.intro, text),
    )
}

/// The plan's parts, each found on the page that shows it, and its documents by title.
pub fn plan(plan: &Plan) -> Vec<Entry> {
    let mut entries = vec![Entry::new(
        Kind::Plan,
        &plan.title,
        "/plan".into(),
        &plan.vision,
        plan.vision.clone(),
    )];
    for p in &plan.priorities {
        let href = format!("/plan#priorita-{}", p.code);
        let title = format!("Priorita {}: {}", p.code, p.title);
        let mut text = String::new();
        for m in &p.measures {
            text.push_str(&format!("{}\n", m.title));
            for a in &m.activities {
                text.push_str(&format!("{}\n{}\n", a.title, a.owner));
            }
        }
        entries.push(Entry::new(Kind::Plan, &title, href, &text, text.clone()));
    }
    for year in &plan.action_plans {
        let text = year
            .items
            .iter()
            .map(|i| i.task.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let title = format!("Akční plán na rok {}", year.year);
        let href = format!("/plan/akcni-plan?rok={}", year.year);
        entries.push(Entry::new(Kind::Plan, &title, href, &text, text.clone()));
    }
    for project in &plan.projects {
        let excerpt = format!("Zásobník projektů · {}", project.submitter);
        let text = project.submitter.clone();
        entries.push(Entry::new(
            Kind::Plan,
            &project.title,
            "/plan/projekty".into(),
            &excerpt,
            text,
        ));
    }
    for group in &plan.working_groups {
        let title = format!("Pracovní skupina {}", group.name);
        let href = format!("/plan/skupiny#{}", group.slug);
        let text = format!(
            "{}\n{}\n{}",
            group.focus,
            group.coordinator,
            group.members.join("\n")
        );
        entries.push(Entry::new(Kind::Plan, &title, href, &group.focus, text));
        for minutes in group.meetings.iter().filter_map(|m| m.minutes.as_ref()) {
            let title = format!("{} ({})", minutes.title, group.name);
            entries.push(Entry::new(
                Kind::Document,
                &title,
                minutes.href(),
                &minutes.format(),
                String::new(),
            ));
        }
    }
    for document in &plan.documents {
        let excerpt = format!(
            "{}, {}",
            document.format(),
            crate::plan::file_size(document.size_bytes)
        );
        entries.push(Entry::new(
            Kind::Document,
            &document.title,
            document.href(),
            &excerpt,
            String::new(),
        ));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Document, Meeting, WorkingGroup};

    #[test]
    fn the_plan_is_found_by_its_parts_and_its_documents_by_title() {
        let mut sample = crate::plan::tests::plan();
        sample.working_groups = vec![WorkingGroup {
            slug: "seniori".into(),
            name: "Senioři".into(),
            focus: "péče doma".into(),
            coordinator: "Město".into(),
            members: vec!["Charita".into()],
            meetings: vec![Meeting {
                date: "2026-09-15".into(),
                place: "knihovna".into(),
                minutes: Some(Document {
                    title: "Zápis ze září".into(),
                    file: "zapis.pdf".into(),
                    size_bytes: 100,
                }),
            }],
        }];
        let entries = plan(&sample);
        let documents: Vec<_> = entries
            .iter()
            .filter(|e| e.kind == Kind::Document)
            .collect();
        assert_eq!(documents.len(), 2, "the plan's document and the minutes");
        assert!(documents.iter().any(|d| d.href == "/dokumenty/zapis.pdf"));
        let priority = entries
            .iter()
            .find(|e| e.href == "/plan#priorita-1")
            .unwrap();
        assert!(priority.findable().contains("Péče doma"));
        assert!(entries.iter().any(|e| e.href == "/plan/skupiny#seniori"));
    }

    #[test]
    fn excerpts_stop_at_a_word_within_200_characters() {
        let long = "slovo ".repeat(60);
        let excerpt = excerpt_of(&long);
        assert!(excerpt.chars().count() <= 201);
        assert!(excerpt.ends_with("slovo…"));
        assert_eq!(excerpt_of("  krátký\n text "), "krátký text");
        for kind in Kind::ALL {
            assert_eq!(Kind::from_slug(kind.slug()), Some(kind));
        }
    }
}
