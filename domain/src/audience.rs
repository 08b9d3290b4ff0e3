//! Audiences: the few broad groups a resident picks on the portal ("senioři", "rodiny s dětmi"...).
//! Unlike target groups they are data that staff may change; each maps onto register target groups.

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
}

impl Audience {
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
        };
        assert!(seniors.covers(TargetGroup::mask(&[
            TargetGroup::Dementia,
            TargetGroup::Carers
        ])));
        assert!(!seniors.covers(TargetGroup::mask(&[TargetGroup::ChildrenAndYouth])));
    }
}
