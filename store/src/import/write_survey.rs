//! Surveys in a data file: written open, with their questions in the staff's one-line form.

use super::ImportError;
use super::write::Writer;
use crate::StoreError;
use domain::survey::builder::SurveyForm;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyEntry {
    pub slug: String,
    #[serde(flatten)]
    pub form: SurveyForm,
}

impl Writer {
    pub(crate) async fn survey(&mut self, entry: &SurveyEntry) -> Result<(), StoreError> {
        let survey = entry.form.validate().map_err(|e| ImportError::Survey {
            item: entry.slug.clone(),
            detail: format!("{e:?}"),
        })?;
        let questions =
            serde_json::to_string(&survey.questions).map_err(|e| ImportError::Survey {
                item: entry.slug.clone(),
                detail: e.to_string(),
            })?;
        sqlx::query(
            r#"INSERT INTO surveys (slug, title, intro, questions, created_at) VALUES ($1, $2, $3,
               $4, 0)"#,
        )
        .bind(&entry.slug)
        .bind(&survey.title)
        .bind(&survey.intro)
        .bind(&questions)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}
