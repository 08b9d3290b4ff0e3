//! The audience form of `/sprava/skupiny`: how a group is named and described, and which of the
//! law's target groups it stands for (what the site shows once a resident picks it).

use super::fields::{FieldErrors, choices, many, optional_text, required_text};
use crate::TargetGroup;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AudienceForm {
    pub name: String,
    pub description: String,
    #[serde(deserialize_with = "many")]
    pub target_groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AudienceEdit {
    pub name: String,
    pub description: String,
    pub target_groups: Vec<TargetGroup>,
}

impl AudienceForm {
    pub fn validate(&self) -> Result<AudienceEdit, FieldErrors> {
        let mut e = FieldErrors::default();
        let edit = AudienceEdit {
            name: required_text(&mut e, "name", &self.name, 80),
            description: optional_text(&mut e, "description", &self.description, 500)
                .unwrap_or_default(),
            target_groups: choices(
                &mut e,
                "target_groups",
                &self.target_groups,
                TargetGroup::from_slug,
            ),
        };
        if edit.target_groups.is_empty() {
            e.add(
                "target_groups",
                "vyberte aspoň jednu cílovou skupinu, jinak by skupina neukázala žádnou službu",
            );
        }
        e.or(edit)
    }
}

impl AudienceEdit {
    pub fn to_form(&self) -> AudienceForm {
        AudienceForm {
            name: self.name.clone(),
            description: self.description.clone(),
            target_groups: self
                .target_groups
                .iter()
                .map(|t| t.slug().to_owned())
                .collect(),
        }
    }

    pub fn audit_values(&self) -> Vec<(&'static str, String)> {
        vec![
            ("název", self.name.clone()),
            ("popis", self.description.clone()),
            (
                "cílové skupiny",
                self.target_groups
                    .iter()
                    .map(|t| t.label())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audience_must_show_something() {
        let errors = AudienceForm {
            name: "Senioři".into(),
            ..AudienceForm::default()
        }
        .validate()
        .unwrap_err();
        assert!(errors.get("target_groups").is_some());
    }
}
