//! Audiences: the few broad groups a resident picks on the portal ("senioři", "rodiny s dětmi"...).
//! Unlike target groups they are data that staff may change; each maps onto register target groups.

use crate::parsed::text_value;
use crate::target_group::TargetGroup;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "označení skupiny smí obsahovat jen malá písmena bez diakritiky, číslice a pomlčky (nejvýše 40 znaků)"
)]
pub struct SlugError;

/// The URL name of an audience, e.g. "seniori".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AudienceSlug(String);

impl AudienceSlug {
    pub fn parse(input: &str) -> Result<Self, SlugError> {
        let ok = (1..=40).contains(&input.len())
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-');
        if ok {
            Ok(AudienceSlug(input.to_owned()))
        } else {
            Err(SlugError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_value!(AudienceSlug, SlugError);

/// An audience and the target groups it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub slug: AudienceSlug,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub target_groups: Vec<TargetGroup>,
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
    fn slugs_are_url_safe() {
        assert!(AudienceSlug::parse("rodiny-s-detmi").is_ok());
        for bad in [
            "",
            "Senioři",
            "a b",
            "-x",
            "x-",
            &"a".repeat(41),
            "<script>",
        ] {
            assert!(AudienceSlug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_audience_covers_services_for_any_of_its_groups() {
        let seniors = Audience {
            slug: AudienceSlug::parse("seniori").unwrap(),
            name: "Senioři".into(),
            description: String::new(),
            target_groups: vec![TargetGroup::Seniors, TargetGroup::Dementia],
        };
        assert!(seniors.covers(TargetGroup::mask(&[
            TargetGroup::Dementia,
            TargetGroup::Carers
        ])));
        assert!(!seniors.covers(TargetGroup::mask(&[TargetGroup::ChildrenAndYouth])));
    }
}
