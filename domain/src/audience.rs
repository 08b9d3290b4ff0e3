//! Audiences: the few broad groups a resident picks on the portal ("senioři", "rodiny s dětmi"...).
//! Unlike target groups they are data that staff may change; each maps onto register target groups.

use crate::lang::{Lang, Translations};
use crate::slug::Slug;
use crate::target_group::TargetGroup;
use serde::{Deserialize, Serialize};

/// The URL name of an audience, e.g. "seniori".
pub type AudienceSlug = Slug;

/// An audience and the target groups it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub slug: AudienceSlug,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub target_groups: Vec<TargetGroup>,
    /// Topics this group asks about most; the bottom menu shows them when the group is chosen.
    #[serde(default)]
    pub topics: Vec<Slug>,
    /// The name and description in Ukrainian and English.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<AudienceText>,
}

/// An audience's words in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceText {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

impl Audience {
    /// The audience as a page in `lang` shows it: translated where it is, Czech elsewhere.
    pub fn in_lang(mut self, lang: Lang) -> Audience {
        if let Some(text) = self.translations.get(lang).cloned() {
            self.name = text.name;
            self.description = text.description;
        }
        self.translations = Translations::default();
        self
    }

    /// Does a service for these target groups serve this audience?
    pub fn covers(&self, target_group_mask: i64) -> bool {
        TargetGroup::mask(&self.target_groups) & target_group_mask != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audience_covers_services_for_any_of_its_groups() {
        let seniors = Audience {
            slug: AudienceSlug::parse("seniori").unwrap(),
            name: "Senioři".into(),
            description: String::new(),
            target_groups: vec![TargetGroup::Seniors, TargetGroup::Dementia],
            topics: vec![],
            translations: Translations::default(),
        };
        assert!(seniors.covers(TargetGroup::mask(&[
            TargetGroup::Dementia,
            TargetGroup::Carers
        ])));
        assert!(!seniors.covers(TargetGroup::mask(&[TargetGroup::ChildrenAndYouth])));
        let mut translated = seniors.clone();
        let text = AudienceText {
            name: "Люди похилого віку".into(),
            description: "Допомога вдома".into(),
        };
        translated.translations.set(Lang::Uk, Some(text));
        let uk = translated.clone().in_lang(Lang::Uk);
        assert_eq!(uk.name, "Люди похилого віку");
        assert!(uk.translations.is_empty(), "one language leaves the server");
        assert_eq!(translated.in_lang(Lang::En).name, "Senioři");
    }
}
