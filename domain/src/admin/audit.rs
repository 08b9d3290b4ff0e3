//! One line of the audit log: who changed which field of which record, from what to what.

use serde::{Deserialize, Serialize};

/// The kinds of record the log follows; the slug is what the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordKind {
    Service,
    Organization,
    Faq,
    Audience,
    Wizard,
    Feedback,
    StaffUser,
    Consultation,
    Comment,
    Article,
    Event,
    Survey,
}

impl RecordKind {
    pub fn slug(self) -> &'static str {
        match self {
            RecordKind::Service => "service",
            RecordKind::Organization => "organization",
            RecordKind::Faq => "faq",
            RecordKind::Audience => "audience",
            RecordKind::Wizard => "wizard",
            RecordKind::Feedback => "feedback",
            RecordKind::StaffUser => "staff",
            RecordKind::Consultation => "consultation",
            RecordKind::Comment => "comment",
            RecordKind::Article => "article",
            RecordKind::Event => "event",
            RecordKind::Survey => "survey",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    pub staff: String,
    pub field: String,
    pub old_value: String,
    pub new_value: String,
}

/// The fields whose value differs between `old` and `new` (same labels, same order).
pub fn changes(
    old: &[(&'static str, String)],
    new: &[(&'static str, String)],
) -> Vec<(&'static str, String, String)> {
    old.iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| (*field, a.clone(), b.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_changed_is_logged() {
        let old = [("telefony", "1".to_owned()), ("web", "w".to_owned())];
        let new = [("telefony", "2".to_owned()), ("web", "w".to_owned())];
        assert_eq!(
            changes(&old, &new),
            vec![("telefony", "1".into(), "2".into())]
        );
    }
}
