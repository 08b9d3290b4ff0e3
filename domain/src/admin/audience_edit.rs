//! The audience form of `/sprava/skupiny`: how a group is named and described, and which of the
//! law's target groups it stands for (what the site shows once a resident picks it).

use super::fields::{FieldErrors, choices, many, optional_text, required_text};
use crate::TargetGroup;
use crate::audience::AudienceText;
use crate::lang::{Lang, Translations};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AudienceForm {
    pub name: String,
    pub description: String,
    #[serde(deserialize_with = "many")]
    pub target_groups: Vec<String>,
    /// The name and description in Ukrainian and English; an empty name: not translated.
    pub name_uk: String,
    pub description_uk: String,
    pub name_en: String,
    pub description_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AudienceEdit {
    pub name: String,
    pub description: String,
    pub target_groups: Vec<TargetGroup>,
    pub translations: Translations<AudienceText>,
}

/// The form fields of a language's name and description (`name_uk`, `description_uk`).
pub fn translated_fields(lang: Lang) -> (String, String) {
    (
        format!("name_{}", lang.code()),
        format!("description_{}", lang.code()),
    )
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
            translations: self.translations(&mut e),
        };
        if edit.target_groups.is_empty() {
            e.add(
                "target_groups",
                "vyberte aspoň jednu cílovou skupinu, jinak by skupina neukázala žádnou službu",
            );
        }
        e.or(edit)
    }

    /// `lang`'s name and description as typed.
    pub fn translated(&self, lang: Lang) -> (&str, &str) {
        match lang {
            Lang::Uk => (&self.name_uk, &self.description_uk),
            Lang::En => (&self.name_en, &self.description_en),
            Lang::Cs => (&self.name, &self.description),
        }
    }

    /// A language begun needs its name.
    fn translations(&self, e: &mut FieldErrors) -> Translations<AudienceText> {
        let mut translations = Translations::default();
        for lang in Lang::TRANSLATED {
            let (name, description) = self.translated(lang);
            if name.trim().is_empty() && description.trim().is_empty() {
                continue;
            }
            let (name_field, description_field) = translated_fields(lang);
            let text = AudienceText {
                name: required_text(e, &name_field, name, 80),
                description: optional_text(e, &description_field, description, 500)
                    .unwrap_or_default(),
            };
            translations.set(lang, Some(text));
        }
        translations
    }
}

impl AudienceEdit {
    pub fn to_form(&self) -> AudienceForm {
        let text = |lang| self.translations.get(lang).cloned();
        let (uk, en) = (text(Lang::Uk), text(Lang::En));
        let name =
            |t: &Option<AudienceText>| t.as_ref().map(|t| t.name.clone()).unwrap_or_default();
        let description = |t: &Option<AudienceText>| {
            t.as_ref()
                .map(|t| t.description.clone())
                .unwrap_or_default()
        };
        AudienceForm {
            name: self.name.clone(),
            description: self.description.clone(),
            target_groups: self
                .target_groups
                .iter()
                .map(|t| t.slug().to_owned())
                .collect(),
            name_uk: name(&uk),
            description_uk: description(&uk),
            name_en: name(&en),
            description_en: description(&en),
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
            ("překlad", self.translations.to_json()),
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
