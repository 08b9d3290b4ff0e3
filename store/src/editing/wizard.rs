//! The wizard's tree as staff edit it: changes go to a draft of the whole tree (`pomoc-koncept`)
//! while residents keep walking the published one (`pomoc`); publishing replaces the published
//! tree with the draft only when the draft passes every check the import makes — its shape
//! (`WizardTree::validate`) and every service, question and search it names.

use super::audit::{Actor, Change};
use crate::backend::Elem;
use crate::{Store, StoreError};
use domain::admin::audit::RecordKind;
use domain::staff::StaffUser;
use domain::wizard::{Step, WizardTree};
use sqlx::AnyConnection;

pub(crate) const PUBLISHED: &str = "pomoc";
const DRAFT: &str = "pomoc-koncept";

/// The tree staff edit: the draft when there is one, else the published tree.
#[derive(Debug, Clone, PartialEq)]
pub struct EditedTree {
    pub tree: WizardTree,
    /// It differs from what residents see.
    pub is_draft: bool,
}

impl Store {
    pub async fn wizard_for_edit(&self) -> Result<Option<EditedTree>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        if let Some(tree) = read(&mut conn, DRAFT).await? {
            return Ok(Some(EditedTree {
                tree,
                is_draft: true,
            }));
        }
        Ok(read(&mut conn, PUBLISHED).await?.map(|tree| EditedTree {
            tree,
            is_draft: false,
        }))
    }

    /// Stores the draft, logging one change (`field`: which step, old and new as text).
    #[tracing::instrument(skip(self, tree, old, new, by), fields(staff = %by.username))]
    pub async fn save_wizard_draft(
        &self,
        tree: &WizardTree,
        field: &str,
        old: &str,
        new: &str,
        by: &StaffUser,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        write(&mut tx, DRAFT, tree).await?;
        change(by, now).log(&mut tx, field, old, new).await?;
        tx.commit().await?;
        Ok(())
    }

    /// What stops the tree from being published, in Czech; empty when it may be.
    pub async fn wizard_problems(&self, tree: &WizardTree) -> Result<Vec<String>, StoreError> {
        let mut problems: Vec<String> = match tree.validate() {
            Ok(()) => Vec::new(),
            Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
        };
        for node in &tree.nodes {
            let Step::Outcome(outcome) = &node.step else {
                continue;
            };
            let keys = crate::rows::json(&outcome.contacts);
            let known = sqlx::query_scalar::<_, String>(&format!(
                "SELECT key FROM services WHERE {}",
                self.backend.json_in("key", "$1", Elem::Text)
            ))
            .bind(&keys)
            .fetch_all(&self.pool)
            .await?;
            for missing in outcome
                .contacts
                .iter()
                .filter(|k| !known.contains(&k.to_string()))
            {
                problems.push(format!(
                    "výsledek „{}“ uvádí službu „{missing}“, kterou adresář nezná",
                    node.key
                ));
            }
            let slugs = crate::rows::json(&outcome.faq);
            let known = sqlx::query_scalar::<_, String>(&format!(
                "SELECT slug FROM faqs WHERE {}",
                self.backend.json_in("slug", "$1", Elem::Text)
            ))
            .bind(&slugs)
            .fetch_all(&self.pool)
            .await?;
            for missing in outcome
                .faq
                .iter()
                .filter(|k| !known.contains(&k.to_string()))
            {
                problems.push(format!(
                    "výsledek „{}“ odkazuje na dotaz „{missing}“, který neexistuje",
                    node.key
                ));
            }
        }
        Ok(problems)
    }

    /// Publishes the draft: `Err` with the problems (nothing changes) when it is not sound.
    #[tracing::instrument(skip(self, by), fields(staff = %by.username))]
    pub async fn publish_wizard_draft(
        &self,
        by: &StaffUser,
        now: i64,
    ) -> Result<Result<(), Vec<String>>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let Some(draft) = read(&mut conn, DRAFT).await? else {
            return Ok(Err(vec!["žádný koncept ke zveřejnění není".to_owned()]));
        };
        drop(conn);
        let problems = self.wizard_problems(&draft).await?;
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let mut tx = self.pool.begin().await?;
        write(&mut tx, PUBLISHED, &draft).await?;
        delete(&mut tx, DRAFT).await?;
        change(by, now)
            .log(&mut tx, "strom", "koncept", "zveřejněno")
            .await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    /// Throws the draft away; residents' tree stays as it is.
    pub async fn discard_wizard_draft(&self, by: &StaffUser, now: i64) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        delete(&mut tx, DRAFT).await?;
        change(by, now)
            .log(&mut tx, "strom", "koncept", "zahozen")
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

fn change(by: &StaffUser, at: i64) -> Change<'_> {
    Change {
        kind: RecordKind::Wizard,
        record_id: 0,
        by: Actor::Staff(by),
        at,
    }
}

pub(crate) async fn read(
    conn: &mut AnyConnection,
    name: &str,
) -> Result<Option<WizardTree>, StoreError> {
    let document = sqlx::query_scalar::<_, String>("SELECT tree FROM wizard_trees WHERE name = $1")
        .bind(name)
        .fetch_optional(conn)
        .await?;
    document
        .map(|d| {
            serde_json::from_str(&d).map_err(|e| StoreError::Corrupt {
                what: "strom průvodce",
                id: 0,
                detail: e.to_string(),
            })
        })
        .transpose()
}

async fn write(conn: &mut AnyConnection, name: &str, tree: &WizardTree) -> Result<(), StoreError> {
    let document = serde_json::to_string(tree).map_err(|e| StoreError::Corrupt {
        what: "strom průvodce",
        id: 0,
        detail: e.to_string(),
    })?;
    sqlx::query(
        r#"INSERT INTO wizard_trees (name, tree) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET tree = excluded.tree, updated_at = CURRENT_TIMESTAMP"#,
    )
    .bind(name)
    .bind(&document)
    .execute(conn)
    .await?;
    Ok(())
}

async fn delete(conn: &mut AnyConnection, name: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM wizard_trees WHERE name = $1")
        .bind(name)
        .execute(conn)
        .await?;
    Ok(())
}
