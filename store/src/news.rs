//! News and events: written with the sample data, read by the pages and the feeds. An item with
//! no audiences concerns everyone, so it is in every audience's list.

use crate::{Store, StoreError, rows};
use domain::news::{Article, ArticleImage, Event, LocalDateTime};
use domain::{AudienceSlug, Slug};

#[derive(sqlx::FromRow)]
struct ArticleRow {
    id: i64,
    slug: String,
    title: String,
    published_on: String,
    summary: String,
    body: String,
    audiences: String,
    image: Option<String>,
    image_alt: Option<String>,
    image_width: Option<i64>,
    image_height: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    slug: String,
    title: String,
    starts: String,
    ends: String,
    place: String,
    description: String,
    audiences: String,
}

fn slug(value: &str, id: i64) -> Result<Slug, StoreError> {
    Slug::parse(value).map_err(|e| StoreError::Corrupt {
        what: "adresa",
        id,
        detail: e.to_string(),
    })
}

fn time(value: &str, id: i64) -> Result<LocalDateTime, StoreError> {
    LocalDateTime::parse(value).map_err(|e| StoreError::Corrupt {
        what: "čas akce",
        id,
        detail: e.to_string(),
    })
}

impl ArticleRow {
    fn article(self) -> Result<Article, StoreError> {
        Ok(Article {
            slug: slug(&self.slug, self.id)?,
            title: self.title,
            published_on: self.published_on,
            summary: self.summary,
            body: self.body,
            audiences: rows::list(&self.audiences, "skupiny", self.id)?,
            image: match (self.image, self.image_alt) {
                (Some(name), Some(alt)) => Some(ArticleImage {
                    name,
                    alt,
                    width: u32::try_from(self.image_width.unwrap_or(0)).unwrap_or(0),
                    height: u32::try_from(self.image_height.unwrap_or(0)).unwrap_or(0),
                }),
                _ => None,
            },
        })
    }
}

impl EventRow {
    fn event(self) -> Result<Event, StoreError> {
        Ok(Event {
            slug: slug(&self.slug, self.id)?,
            title: self.title,
            starts: time(&self.starts, self.id)?,
            ends: time(&self.ends, self.id)?,
            place: self.place,
            description: self.description,
            audiences: rows::list(&self.audiences, "skupiny", self.id)?,
        })
    }
}

impl Store {
    /// The newest articles first, at most `limit`; with an audience, those for it or for all.
    pub async fn articles(
        &self,
        audience: Option<&AudienceSlug>,
        limit: i64,
    ) -> Result<Vec<Article>, StoreError> {
        let audience = audience.map(|a| a.as_str());
        sqlx::query_as::<_, ArticleRow>(&format!(
            r#"SELECT a.id AS id, a.slug, a.title, a.published_on, a.summary, a.body,
                   a.audiences, a.image, a.image_alt, i.width AS image_width, i.height AS
                   image_height
                   FROM articles a LEFT JOIN images i ON i.name = a.image
                   WHERE $1 IS NULL OR a.audiences = '[]'
                   OR EXISTS (SELECT 1 FROM {} WHERE value = $1)
                   ORDER BY a.published_on DESC, a.id DESC LIMIT $2"#,
            self.backend.json_texts("a.audiences")
        ))
        .bind(audience)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(ArticleRow::article)
        .collect()
    }

    pub async fn article(&self, slug: &str) -> Result<Option<Article>, StoreError> {
        sqlx::query_as::<_, ArticleRow>(
            r#"SELECT a.id AS id, a.slug, a.title, a.published_on, a.summary, a.body,
               a.audiences, a.image, a.image_alt, i.width AS image_width, i.height AS image_height
               FROM articles a LEFT JOIN images i ON i.name = a.image WHERE a.slug = $1"#,
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        .map(ArticleRow::article)
        .transpose()
    }

    /// Events that have not ended by `from` and start before `until` (when given), in order;
    /// with an audience, those for it or for all.
    pub async fn events(
        &self,
        from: LocalDateTime,
        until: Option<LocalDateTime>,
        audience: Option<&AudienceSlug>,
    ) -> Result<Vec<Event>, StoreError> {
        let (from, until) = (from.to_string(), until.map(|u| u.to_string()));
        let audience = audience.map(|a| a.as_str());
        sqlx::query_as::<_, EventRow>(&format!(
            r#"SELECT id, slug, title, starts, ends, place, description, audiences
               FROM events
               WHERE ends >= $1 AND ($2 IS NULL OR starts < $2)
                 AND ($3 IS NULL OR audiences = '[]'
                      OR EXISTS (SELECT 1 FROM {} WHERE value = $3))
               ORDER BY starts, id"#,
            self.backend.json_texts("events.audiences")
        ))
        .bind(&from)
        .bind(&until)
        .bind(audience)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(EventRow::event)
        .collect()
    }

    pub async fn event(&self, slug: &str) -> Result<Option<Event>, StoreError> {
        sqlx::query_as::<_, EventRow>(
            r#"SELECT id, slug, title, starts, ends, place, description, audiences
               FROM events WHERE slug = $1"#,
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        .map(EventRow::event)
        .transpose()
    }
}
