//! News and events as staff edit them: the lists, one record read into its form, and saving — a
//! new record gets an address from its title; every changed field is logged and the site search
//! is rebuilt.

use super::audit::{Actor, Change};
use super::once::{Target, made_before, remember};
use super::slugs::{SlugTable, free_slug};
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::admin::news_edit::{ArticleEdit, EventEdit, NewsRow};
use domain::staff::StaffUser;
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct NewsListRow {
    id: i64,
    slug: String,
    title: String,
    when: String,
}

impl From<NewsListRow> for NewsRow {
    fn from(row: NewsListRow) -> NewsRow {
        NewsRow {
            id: row.id,
            slug: row.slug,
            title: row.title,
            when: row.when,
        }
    }
}

/// The row a save writes to.
enum Row {
    /// An existing record, or one just made.
    To(i64),
    /// The record an earlier submit of the same creation form made: nothing more to do.
    Made(i64),
}

/// What a save writes: an article or an event.
#[derive(Clone, Copy)]
enum News {
    Article,
    Event,
}

impl News {
    fn kind(self) -> RecordKind {
        match self {
            News::Article => RecordKind::Article,
            News::Event => RecordKind::Event,
        }
    }

    fn table(self) -> SlugTable {
        match self {
            News::Article => SlugTable::Articles,
            News::Event => SlugTable::Events,
        }
    }

    /// A blank row (filled by the save's UPDATE), by its slug.
    fn insert(self) -> &'static str {
        match self {
            News::Article => {
                "INSERT INTO articles (slug, title, published_on, summary, body)
                 VALUES ($1, '', '', '', '') RETURNING id"
            }
            News::Event => {
                "INSERT INTO events (slug, title, starts, ends, place, description)
                 VALUES ($1, '', '', '', '', '') RETURNING id"
            }
        }
    }
}

/// The row of `target`: the existing one, or a new blank row with an address from `title`.
async fn row(
    tx: &mut AnyConnection,
    target: Target<'_>,
    news: News,
    title: &str,
    now: i64,
) -> Result<Row, StoreError> {
    let once = match target {
        Target::Existing(id) => return Ok(Row::To(id)),
        Target::New { once } => once,
    };
    if let Some(made) = made_before(tx, news.kind(), once).await? {
        return Ok(Row::Made(made));
    }
    let fallback = match news {
        News::Article => "novinka",
        News::Event => "akce",
    };
    let slug = free_slug(tx, news.table(), title, fallback).await?;
    let id: i64 = sqlx::query_scalar(news.insert())
        .bind(slug)
        .fetch_one(&mut *tx)
        .await?;
    remember(tx, news.kind(), once, id, now).await?;
    Ok(Row::To(id))
}

impl Store {
    /// Logs the changed fields, commits, and rebuilds the site search.
    async fn logged(
        &self,
        mut tx: sqlx::Transaction<'_, sqlx::Any>,
        change: Change<'_>,
        old: Option<Vec<(&'static str, String)>>,
        new: Vec<(&'static str, String)>,
    ) -> Result<(), StoreError> {
        change.log_changes(&mut tx, old.as_deref(), &new).await?;
        tx.commit().await?;
        self.reindex_content().await?;
        Ok(())
    }

    /// Articles, the newest first.
    pub async fn admin_articles(&self) -> Result<Vec<NewsRow>, StoreError> {
        Ok(sqlx::query_as::<_, NewsListRow>(
            r#"SELECT id, slug, title, published_on AS "when"
               FROM articles ORDER BY published_on DESC, id DESC"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(NewsRow::from)
        .collect::<Vec<_>>())
    }

    /// Events, the latest start first.
    pub async fn admin_events(&self) -> Result<Vec<NewsRow>, StoreError> {
        Ok(sqlx::query_as::<_, NewsListRow>(
            r#"SELECT id, slug, title, starts AS "when"
               FROM events ORDER BY starts DESC, id DESC"#,
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(NewsRow::from)
        .collect::<Vec<_>>())
    }

    pub async fn article_for_edit(
        &self,
        id: i64,
    ) -> Result<Option<(String, ArticleEdit)>, StoreError> {
        let slug = sqlx::query_scalar::<_, String>("SELECT slug FROM articles WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(slug) = slug else { return Ok(None) };
        Ok(self
            .article(&slug)
            .await?
            .map(|a| (slug, ArticleEdit::from_article(&a))))
    }

    pub async fn event_for_edit(&self, id: i64) -> Result<Option<(String, EventEdit)>, StoreError> {
        let slug = sqlx::query_scalar::<_, String>("SELECT slug FROM events WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(slug) = slug else { return Ok(None) };
        Ok(self
            .event(&slug)
            .await?
            .map(|e| (slug, EventEdit::from_event(&e))))
    }

    /// Creates an article or writes one back. `None`: no such article.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn save_article(
        &self,
        target: Target<'_>,
        edit: &ArticleEdit,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let before = match target {
            Target::Existing(id) => match self.article_for_edit(id).await? {
                Some((_, before)) => Some(before),
                None => return Ok(None),
            },
            Target::New { .. } => None,
        };
        let mut tx = self.pool.begin().await?;
        let id = match row(&mut tx, target, News::Article, &edit.title, now).await? {
            Row::Made(id) => return Ok(Some(id)),
            Row::To(id) => id,
        };
        let audiences = crate::rows::json(&edit.audiences);
        let (image, alt) = edit.image.clone().unzip();
        sqlx::query(
            r#"UPDATE articles SET title = $1, published_on = $2, summary = $3, body = $4,
               audiences = $5,
               image = $6, image_alt = $7 WHERE id = $8"#,
        )
        .bind(&edit.title)
        .bind(&edit.published_on)
        .bind(&edit.summary)
        .bind(&edit.body)
        .bind(&audiences)
        .bind(&image)
        .bind(&alt)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let old = before.map(|b| b.audit_values());
        let change = Change {
            kind: News::Article.kind(),
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        self.logged(tx, change, old, edit.audit_values()).await?;
        Ok(Some(id))
    }

    /// Creates an event or writes one back. `None`: no such event.
    #[tracing::instrument(skip(self, edit, by), fields(staff = %by.username))]
    pub async fn save_event(
        &self,
        target: Target<'_>,
        edit: &EventEdit,
        by: &StaffUser,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let before = match target {
            Target::Existing(id) => match self.event_for_edit(id).await? {
                Some((_, before)) => Some(before),
                None => return Ok(None),
            },
            Target::New { .. } => None,
        };
        let mut tx = self.pool.begin().await?;
        let id = match row(&mut tx, target, News::Event, &edit.title, now).await? {
            Row::Made(id) => return Ok(Some(id)),
            Row::To(id) => id,
        };
        let audiences = crate::rows::json(&edit.audiences);
        let (starts, ends) = (edit.starts.to_string(), edit.ends.to_string());
        sqlx::query(
            r#"UPDATE events SET title = $1, starts = $2, ends = $3, place = $4, description = $5,
                               audiences = $6 WHERE id = $7"#,
        )
        .bind(&edit.title)
        .bind(&starts)
        .bind(&ends)
        .bind(&edit.place)
        .bind(&edit.description)
        .bind(&audiences)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let old = before.map(|b| b.audit_values());
        let change = Change {
            kind: News::Event.kind(),
            record_id: id,
            by: Actor::Staff(by),
            at: now,
        };
        self.logged(tx, change, old, edit.audit_values()).await?;
        Ok(Some(id))
    }
}
