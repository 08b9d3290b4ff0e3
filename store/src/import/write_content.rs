//! Writing what staff write around the directory: topics, audiences, common questions and the
//! wizard. Every reference (a topic of an audience, a service an answer names, a question an
//! outcome suggests) must point at something already written, or the import stops naming it.

use super::ImportError;
use super::write::Writer;
use crate::StoreError;
use crate::rows::json;
use domain::faq::{Faq, Topic};
use domain::news::{Article, Event};
use domain::wizard::{Step, WizardTree};
use domain::{Audience, Slug, TargetGroup};
use std::collections::HashMap;

/// Looks names up in what has been written; says which name is unknown.
fn ids(known: &HashMap<Slug, i64>, names: &[Slug], what: &str) -> Result<Vec<i64>, String> {
    names
        .iter()
        .map(|name| {
            known
                .get(name)
                .copied()
                .ok_or_else(|| format!("{what} „{name}“ neexistuje"))
        })
        .collect()
}

impl Writer {
    pub(crate) async fn plan(&mut self, plan: &domain::plan::Plan) -> Result<(), StoreError> {
        plan.check().map_err(|e| ImportError::Plan(e.to_string()))?;
        let data = serde_json::to_string(plan).map_err(|e| ImportError::Plan(e.to_string()))?;
        let (from, to) = (i64::from(plan.from_year), i64::from(plan.to_year));
        sqlx::query("INSERT INTO plans (title, from_year, to_year, data) VALUES ($1, $2, $3, $4)")
            .bind(&plan.title)
            .bind(from)
            .bind(to)
            .bind(&data)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    pub(crate) async fn article(&mut self, article: &Article) -> Result<(), StoreError> {
        let invalid = |detail: String| ImportError::News {
            item: article.slug.to_string(),
            detail,
        };
        article.check().map_err(|e| invalid(e.to_string()))?;
        if article.image.is_some() {
            return Err(
                invalid("obrázky se nahrávají ve správě, ne v datovém souboru".into()).into(),
            );
        }
        ids(&self.audiences, &article.audiences, "skupina").map_err(invalid)?;
        let (slug, audiences) = (article.slug.as_str(), json(&article.audiences));
        sqlx::query(
            r#"INSERT INTO articles (slug, title, published_on, summary, body, audiences)
             VALUES ($1, $2, $3, $4, $5, $6)"#,
        )
        .bind(slug)
        .bind(&article.title)
        .bind(&article.published_on)
        .bind(&article.summary)
        .bind(&article.body)
        .bind(&audiences)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub(crate) async fn event(&mut self, event: &Event) -> Result<(), StoreError> {
        let invalid = |detail: String| ImportError::News {
            item: event.slug.to_string(),
            detail,
        };
        event.check().map_err(|e| invalid(e.to_string()))?;
        ids(&self.audiences, &event.audiences, "skupina").map_err(invalid)?;
        let (slug, audiences) = (event.slug.as_str(), json(&event.audiences));
        let (starts, ends) = (event.starts.to_string(), event.ends.to_string());
        sqlx::query(
            r#"INSERT INTO events (slug, title, starts, ends, place, description, audiences)
             VALUES ($1, $2, $3, $4, $5, $6, $7)"#,
        )
        .bind(slug)
        .bind(&event.title)
        .bind(&starts)
        .bind(&ends)
        .bind(&event.place)
        .bind(&event.description)
        .bind(&audiences)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub(crate) async fn topic(&mut self, topic: &Topic, position: usize) -> Result<(), StoreError> {
        let position = position as i64;
        let slug = topic.slug.as_str();
        let id = sqlx::query_scalar::<_, i64>(
            "INSERT INTO topics (slug, name, position, translations) VALUES ($1, $2, $3, $4)
             RETURNING id",
        )
        .bind(slug)
        .bind(&topic.name)
        .bind(position)
        .bind(topic.translations.to_json())
        .fetch_one(&mut *self.tx)
        .await?;
        self.topics.insert(topic.slug.clone(), id);
        Ok(())
    }

    pub(crate) async fn audience(
        &mut self,
        audience: &Audience,
        position: usize,
    ) -> Result<(), StoreError> {
        let topics = ids(&self.topics, &audience.topics, "téma").map_err(|detail| {
            ImportError::Audience {
                audience: audience.name.clone(),
                detail,
            }
        })?;
        let mask = TargetGroup::mask(&audience.target_groups);
        let order = position as i64;
        let slug = audience.slug.as_str();
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO audiences (slug, name, description, target_groups, position, translations)
               VALUES ($1, $2, $3, $4, $5, $6)
               RETURNING id"#,
        )
        .bind(slug)
        .bind(&audience.name)
        .bind(&audience.description)
        .bind(mask)
        .bind(order)
        .bind(audience.translations.to_json())
        .fetch_one(&mut *self.tx)
        .await?;
        for (position, topic) in topics.into_iter().enumerate() {
            let position = position as i64;
            sqlx::query(
                "INSERT INTO audience_topics (audience_id, topic_id, position) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(topic)
            .bind(position)
            .execute(&mut *self.tx)
            .await?;
        }
        self.audiences.insert(audience.slug.clone(), id);
        self.report.audiences += 1;
        Ok(())
    }

    pub(crate) async fn faq(&mut self, faq: &Faq, position: usize) -> Result<(), StoreError> {
        let invalid = |detail: String| ImportError::Faq {
            faq: faq.slug.to_string(),
            detail,
        };
        if faq.question.trim().is_empty() || faq.answer.trim().is_empty() {
            return Err(invalid("chybí otázka nebo odpověď".into()).into());
        }
        let audiences = ids(&self.audiences, &faq.audiences, "skupina").map_err(invalid)?;
        let topics = ids(&self.topics, &faq.topics, "téma").map_err(invalid)?;
        let services = ids(&self.services, &faq.services, "služba").map_err(invalid)?;
        let slug = faq.slug.as_str();
        let order = position as i64;
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO faqs (slug, question, answer, position, translations)
               VALUES ($1, $2, $3, $4, $5)
               RETURNING id"#,
        )
        .bind(slug)
        .bind(&faq.question)
        .bind(&faq.answer)
        .bind(order)
        .bind(faq.translations.to_json())
        .fetch_one(&mut *self.tx)
        .await?;
        for audience in audiences {
            sqlx::query("INSERT INTO faq_audiences (faq_id, audience_id) VALUES ($1, $2)")
                .bind(id)
                .bind(audience)
                .execute(&mut *self.tx)
                .await?;
        }
        for topic in topics {
            sqlx::query("INSERT INTO faq_topics (faq_id, topic_id) VALUES ($1, $2)")
                .bind(id)
                .bind(topic)
                .execute(&mut *self.tx)
                .await?;
        }
        for (position, service) in services.into_iter().enumerate() {
            let position = position as i64;
            sqlx::query(
                "INSERT INTO faq_services (faq_id, service_id, position) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(service)
            .bind(position)
            .execute(&mut *self.tx)
            .await?;
        }
        let stems = domain::text::stems(&domain::faq::search_text(
            &faq.question,
            &faq.answer,
            &faq.translations,
        ));
        sqlx::query("INSERT INTO faq_search (rowid, stems) VALUES ($1, $2)")
            .bind(id)
            .bind(&stems)
            .execute(&mut *self.tx)
            .await?;
        self.faqs.insert(faq.slug.clone(), id);
        self.report.faqs += 1;
        Ok(())
    }

    /// Stores the wizard tree after checking its shape and every service and question it names.
    pub(crate) async fn wizard(&mut self, tree: &WizardTree) -> Result<(), StoreError> {
        tree.validate()
            .map_err(|e| ImportError::Wizard(e.to_string()))?;
        for node in &tree.nodes {
            if let Step::Outcome(outcome) = &node.step {
                let known = ids(&self.services, &outcome.contacts, "služba")
                    .and_then(|_| ids(&self.faqs, &outcome.faq, "dotaz"));
                known.map_err(|detail| {
                    ImportError::Wizard(format!("výsledek „{}“: {detail}", node.key))
                })?;
                if let Some(search) = &outcome.search {
                    domain::Filter::from_query(search).map_err(|e| {
                        ImportError::Wizard(format!(
                            "výsledek „{}“: hledání „{search}“: {e}",
                            node.key
                        ))
                    })?;
                }
            }
        }
        let document =
            serde_json::to_string(tree).map_err(|e| ImportError::Wizard(e.to_string()))?;
        sqlx::query(
            r#"INSERT INTO wizard_trees (name, tree) VALUES ('pomoc', $1)
               ON CONFLICT (name) DO UPDATE SET tree = excluded.tree, updated_at =
               CURRENT_TIMESTAMP"#,
        )
        .bind(&document)
        .execute(&mut *self.tx)
        .await?;
        self.report.wizard_nodes = tree.nodes.len();
        Ok(())
    }
}
