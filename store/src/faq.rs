//! Common questions: the list filtered by audience, topic and text, and a question's page.

use crate::{Store, StoreError, fts, rows};
use domain::catalog::AudienceRef;
use domain::faq::{FaqDetail, FaqFilter, FaqList, FaqSummary, Topic};
use domain::{AudienceSlug, Slug};
use std::collections::HashSet;

/// A published question.
#[derive(sqlx::FromRow)]
struct FaqRow {
    id: i64,
    slug: String,
    question: String,
    answer: String,
    translations: String,
}

/// A topic or an audience: its address and its name.
#[derive(sqlx::FromRow)]
struct NamedRow {
    id: i64,
    slug: String,
    name: String,
    /// A topic's translations, where the query reads them.
    #[sqlx(default)]
    translations: Option<String>,
}

impl NamedRow {
    fn topic(self) -> Result<Topic, StoreError> {
        let translations = match &self.translations {
            Some(json) => crate::rows::translations(json, "překlady tématu", self.id)?,
            None => Default::default(),
        };
        Ok(Topic {
            slug: slug(self.slug, "téma", self.id)?,
            name: self.name,
            translations,
        })
    }

    fn audience(self) -> Result<AudienceRef, StoreError> {
        Ok(AudienceRef {
            slug: slug(self.slug, "skupina", self.id)?,
            name: self.name,
        })
    }
}

fn slug(value: String, what: &'static str, id: i64) -> Result<Slug, StoreError> {
    Slug::parse(&value).map_err(|e| StoreError::Corrupt {
        what,
        id,
        detail: e.to_string(),
    })
}

impl Store {
    /// Topics in the order staff set.
    pub async fn topics(&self) -> Result<Vec<Topic>, StoreError> {
        sqlx::query_as::<_, NamedRow>(
            "SELECT id, slug, name, translations FROM topics ORDER BY position, id",
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(NamedRow::topic)
        .collect()
    }

    /// Published questions for the filter: those for the audience (first) and those for everyone,
    /// on the topic, holding the text; with text, questions whose own wording matches come first.
    #[tracing::instrument(skip(self))]
    pub async fn faqs(&self, filter: &FaqFilter) -> Result<FaqList, StoreError> {
        let audience = filter.audience.as_ref().map(AudienceSlug::as_str);
        let topic = filter.topic.as_ref().map(Slug::as_str);
        let found = sqlx::query_as::<_, FaqRow>(
            r#"SELECT f.id AS id, f.slug, f.question, f.answer, f.translations FROM faqs f
               WHERE f.published = 1
               AND ($1 IS NULL
               OR NOT EXISTS (SELECT 1 FROM faq_audiences fa WHERE fa.faq_id = f.id)
               OR EXISTS (SELECT 1 FROM faq_audiences fa JOIN audiences a ON a.id = fa.audience_id
               WHERE fa.faq_id = f.id AND a.slug = $1))
               AND ($2 IS NULL
               OR EXISTS (SELECT 1 FROM faq_topics ft JOIN topics t ON t.id = ft.topic_id
               WHERE ft.faq_id = f.id AND t.slug = $2))
               ORDER BY EXISTS (SELECT 1 FROM faq_audiences fa JOIN audiences a ON a.id =
               fa.audience_id
               WHERE fa.faq_id = f.id AND a.slug = $1) DESC,
               f.position, f.id"#,
        )
        .bind(audience)
        .bind(topic)
        .fetch_all(&self.pool)
        .await?;
        let terms = domain::text::search_terms(&filter.text);
        let hits = match fts::query(self.backend, &terms) {
            Some(query) => Some(self.faq_hits(&query).await?),
            None if !filter.text.is_empty() => Some(HashSet::new()),
            None => None,
        };
        let mut items = found
            .into_iter()
            .filter(|f| hits.as_ref().is_none_or(|h| h.contains(&f.id)))
            .map(|f| {
                Ok(FaqSummary {
                    translations: crate::rows::translations(
                        &f.translations,
                        "překlady dotazu",
                        f.id,
                    )?,
                    slug: slug(f.slug, "dotaz", f.id)?,
                    question: f.question,
                    answer: f.answer,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !terms.is_empty() {
            items.sort_by_key(|f| std::cmp::Reverse(fts::terms_found(&terms, &f.question)));
        }
        Ok(FaqList {
            items,
            topics: self.topics().await?,
        })
    }

    /// The topics or audiences that `sql` reads for question `faq`, each made by `read`.
    async fn named_of<T>(
        &self,
        sql: &str,
        faq: i64,
        read: fn(NamedRow) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        sqlx::query_as::<_, NamedRow>(sql)
            .bind(faq)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(read)
            .collect()
    }

    async fn faq_hits(&self, query: &str) -> Result<HashSet<i64>, StoreError> {
        let sql = format!(
            "SELECT {} FROM faq_search WHERE {}",
            self.backend.json_array_agg("rowid"),
            self.backend.text_match("faq_search", "$1")
        );
        let ids = sqlx::query_scalar::<_, String>(&sql)
            .bind(query)
            .fetch_one(&self.pool)
            .await?;
        rows::list(&ids, "výsledky hledání", 0).map(HashSet::from_iter)
    }

    /// A published question with what it is tagged with and the services it names.
    #[tracing::instrument(skip(self))]
    pub async fn faq(&self, wanted: &Slug) -> Result<Option<FaqDetail>, StoreError> {
        let wanted = wanted.as_str();
        let Some(f) = sqlx::query_as::<_, FaqRow>(
            "SELECT id, slug, question, answer, translations FROM faqs
             WHERE slug = $1 AND published = 1",
        )
        .bind(wanted)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        const AUDIENCES: &str = r#"SELECT a.id AS id, a.slug, a.name
            FROM faq_audiences fa JOIN audiences a ON a.id = fa.audience_id
            WHERE fa.faq_id = $1 ORDER BY a.position"#;
        const TOPICS: &str = r#"SELECT t.id AS id, t.slug, t.name, t.translations
            FROM faq_topics ft JOIN topics t ON t.id = ft.topic_id
            WHERE ft.faq_id = $1 ORDER BY t.position"#;
        let audiences = self.named_of(AUDIENCES, f.id, NamedRow::audience).await?;
        let topics = self.named_of(TOPICS, f.id, NamedRow::topic).await?;
        let service_ids = sqlx::query_scalar::<_, i64>(
            r#"SELECT fs.service_id AS id FROM faq_services fs JOIN services s ON s.id =
               fs.service_id
               WHERE fs.faq_id = $1 AND s.published = 1 ORDER BY fs.position"#,
        )
        .bind(f.id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(FaqDetail {
            translations: crate::rows::translations(&f.translations, "překlady dotazu", f.id)?,
            slug: slug(f.slug, "dotaz", f.id)?,
            question: f.question,
            answer: f.answer,
            audiences,
            topics,
            services: self.summaries_of(&service_ids).await?,
        }))
    }
}
