//! Surveys: made by staff, opened and closed, answered anonymously; responses read whole for
//! the results and the CSV.

use crate::editing::audit::{Actor, Change};
use crate::editing::once::{made_before, remember};
use crate::editing::slugs::{SlugTable, free_slug};
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::staff::StaffUser;
use domain::survey::answer::Answer;
use domain::survey::builder::NewSurvey;
use domain::survey::{Survey, SurveySummary};

#[derive(sqlx::FromRow)]
struct SurveySummaryRow {
    id: i64,
    slug: String,
    title: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    open: bool,
    responses: i64,
}

impl From<SurveySummaryRow> for SurveySummary {
    fn from(row: SurveySummaryRow) -> SurveySummary {
        SurveySummary {
            id: row.id,
            slug: row.slug,
            title: row.title,
            open: row.open,
            responses: row.responses,
        }
    }
}

#[derive(sqlx::FromRow)]
struct SurveyWhereRow {
    id: i64,
    slug: String,
    title: String,
    intro: String,
    questions: String,
    #[sqlx(try_from = "crate::rows::Flag")]
    open: bool,
}

#[derive(sqlx::FromRow)]
struct ResponsesRow {
    id: i64,
    answers: String,
}

fn corrupt(id: i64, detail: String) -> StoreError {
    StoreError::Corrupt {
        what: "anketa",
        id,
        detail,
    }
}

impl Store {
    /// Makes a survey, open for answers. The same form posted twice (`once`) makes one.
    pub async fn create_survey(
        &self,
        survey: &NewSurvey,
        once: &str,
        by: &StaffUser,
        now: i64,
    ) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        if let Some(made) = made_before(&mut tx, RecordKind::Survey, once).await? {
            return Ok(made);
        }
        let slug = free_slug(&mut tx, SlugTable::Surveys, &survey.title, "anketa").await?;
        let questions =
            serde_json::to_string(&survey.questions).map_err(|e| corrupt(0, e.to_string()))?;
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO surveys (slug, title, intro, questions, created_at)
               VALUES ($1, $2, $3, $4, $5) RETURNING id"#,
        )
        .bind(&slug)
        .bind(&survey.title)
        .bind(&survey.intro)
        .bind(&questions)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let change = Change {
            kind: RecordKind::Survey,
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        change.log(&mut tx, "anketa", "", &survey.title).await?;
        remember(&mut tx, RecordKind::Survey, once, id, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Opens or closes a survey for answers. `None`: no such survey.
    pub async fn set_survey_open(
        &self,
        id: i64,
        open: bool,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<()>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(was) =
            sqlx::query_scalar::<_, crate::rows::Flag>("SELECT open FROM surveys WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .map(bool::from)
        else {
            return Ok(None);
        };
        if was != open {
            sqlx::query("UPDATE surveys SET open = $1 WHERE id = $2")
                .bind(i64::from(open))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let label = |open: bool| if open { "otevřená" } else { "uzavřená" };
            let change = Change {
                kind: RecordKind::Survey,
                record_id: id,
                by: Actor::Staff(by),
                at: now,
            };
            change.log(&mut tx, "stav", label(was), label(open)).await?;
        }
        tx.commit().await?;
        Ok(Some(()))
    }

    /// Every survey, open ones first, then the newest.
    pub async fn surveys(&self) -> Result<Vec<SurveySummary>, StoreError> {
        Ok(sqlx::query_as::<_, SurveySummaryRow>(
            r#"SELECT s.id AS id, s.slug, s.title, s.open AS open,
               (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) AS responses
               FROM surveys s ORDER BY s.open DESC, s.created_at DESC, s.id DESC"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(SurveySummary::from)
        .collect::<Vec<_>>())
    }

    pub async fn survey(&self, slug: &str) -> Result<Option<Survey>, StoreError> {
        self.survey_where(Some(slug), None).await
    }

    pub async fn survey_by_id(&self, id: i64) -> Result<Option<Survey>, StoreError> {
        self.survey_where(None, Some(id)).await
    }

    async fn survey_where(
        &self,
        slug: Option<&str>,
        id: Option<i64>,
    ) -> Result<Option<Survey>, StoreError> {
        let Some(row) = sqlx::query_as::<_, SurveyWhereRow>(
            r#"SELECT id, slug, title, intro, questions, open
               FROM surveys WHERE slug = $1 OR id = $2"#,
        )
        .bind(slug)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        Ok(Some(Survey {
            questions: serde_json::from_str(&row.questions)
                .map_err(|e| corrupt(row.id, e.to_string()))?,
            id: row.id,
            slug: row.slug,
            title: row.title,
            intro: row.intro,
            open: row.open,
        }))
    }

    pub async fn add_response(
        &self,
        survey: i64,
        answers: &[Answer],
        now: i64,
    ) -> Result<(), StoreError> {
        let answers = serde_json::to_string(answers).map_err(|e| corrupt(survey, e.to_string()))?;
        sqlx::query(
            "INSERT INTO survey_responses (survey_id, submitted_at, answers) VALUES ($1, $2, $3)",
        )
        .bind(survey)
        .bind(now)
        .bind(&answers)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every response of a survey, in the order they came.
    pub async fn responses(&self, survey: i64) -> Result<Vec<Vec<Answer>>, StoreError> {
        let rows = sqlx::query_as::<_, ResponsesRow>(
            "SELECT id, answers FROM survey_responses WHERE survey_id = $1 ORDER BY id",
        )
        .bind(survey)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| serde_json::from_str(&r.answers).map_err(|e| corrupt(r.id, e.to_string())))
            .collect()
    }
}
