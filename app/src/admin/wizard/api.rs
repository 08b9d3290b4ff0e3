//! Server functions of the wizard pages. Every change lands in the draft; `publish` replaces
//! what residents walk only when the whole draft passes.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, Refusal, check, editor, editor_pages, save};
use domain::admin::views::{NewStepForm, WizardOverview, WizardStepEditor};
use domain::admin::wizard_edit::NodeForm;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use {
    domain::Slug,
    domain::admin::views::{Editor, WizardStepRow},
    domain::admin::wizard_edit::{OUTCOME, QUESTION, audit_text},
    domain::wizard::{Outcome, Question, Step, WizardNode, WizardTree},
};

/// What the overview's buttons post: add a step, publish the draft, or discard it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WizardPost {
    /// `pridat`, `zverejnit` or `zahodit`.
    pub akce: String,
    #[serde(flatten)]
    pub step: NewStepForm,
}

/// The tree to edit; a portal without one starts from a single question.
#[cfg(feature = "ssr")]
async fn edited() -> Result<store::EditedTree, AppError> {
    Ok(crate::state::store()?
        .wizard_for_edit()
        .await?
        .unwrap_or_else(|| {
            let root = Slug::parse("start").expect("a valid slug");
            store::EditedTree {
                tree: WizardTree {
                    root: root.clone(),
                    nodes: vec![empty_step(root, true)],
                },
                is_draft: true,
            }
        }))
}

#[cfg(feature = "ssr")]
fn empty_step(key: Slug, question: bool) -> WizardNode {
    let step = if question {
        Step::Question(Question {
            text: String::new(),
            help: String::new(),
            answers: Vec::new(),
            translations: Default::default(),
        })
    } else {
        Step::Outcome(Outcome::titled(String::new()))
    };
    WizardNode { key, step }
}

#[cfg(feature = "ssr")]
fn step_text(node: &WizardNode) -> String {
    match &node.step {
        Step::Question(q) => q.text.clone(),
        Step::Outcome(o) => o.title.clone(),
    }
}

#[server(prefix = "/api/sprava")]
pub async fn load_wizard_overview(published: bool) -> Result<WizardOverview, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let edited = edited().await?;
    let tree = &edited.tree;
    Ok(WizardOverview {
        steps: tree
            .nodes
            .iter()
            .map(|n| WizardStepRow {
                key: n.key.to_string(),
                is_question: matches!(n.step, Step::Question(_)),
                text: step_text(n),
                is_root: n.key == tree.root,
            })
            .collect(),
        is_draft: edited.is_draft,
        problems: store.wizard_problems(tree).await?,
        published,
        editor: editor(
            NewStepForm::default(),
            Edited::Other {
                saved: false,
                audit: store
                    .audit_log(domain::admin::audit::RecordKind::Wizard, 0)
                    .await?,
            },
        )?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn wizard_action(action: WizardPost) -> Result<WizardOverview, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let now = crate::state::now();
    let checked = check(Ok(()));
    let overview =
        async |published: Option<bool>| load_wizard_overview(published == Some(true)).await;
    match action.akce.as_str() {
        "pridat" => {
            let mut tree = edited().await?.tree;
            let checked = checked
                .and_then(|()| {
                    Slug::parse(action.step.key.trim()).map_err(|_| {
                        Refusal::field(
                            "key",
                            "klíč kroku: malá písmena bez diakritiky, číslice a pomlčky",
                        )
                    })
                })
                .and_then(|key| match tree.node(&key) {
                    Some(_) => Err(Refusal::field("key", "krok s tímto klíčem už existuje")),
                    None => Ok(key),
                })
                .and_then(|key| match action.step.kind.as_str() {
                    QUESTION => Ok((key, true)),
                    OUTCOME => Ok((key, false)),
                    _ => Err(Refusal::field("kind", "vyberte otázku, nebo výsledek")),
                });
            let add = async |(key, question): (Slug, bool)| {
                tree.nodes.push(empty_step(key.clone(), question));
                let field = format!("krok {key}");
                store
                    .save_wizard_draft(&tree, &field, "", "přidán", &user, now)
                    .await?;
                Ok(Some(key))
            };
            let added = |key: &Slug| format!("/sprava/pruvodce/{key}");
            save(
                action.step,
                "",
                checked,
                add,
                async |_| overview(None).await,
                added,
            )
            .await
        }
        "zverejnit" => {
            let publish = async |()| {
                Ok(match store.publish_wizard_draft(&user, now).await? {
                    Ok(()) => Ok(true),
                    Err(problems) => Err(Refusal::field(
                        "form",
                        format!(
                            "Koncept nelze zveřejnit, dokud v něm jsou chyby ({}). Obyvatelé dál vidí dosavadní průvodce.",
                            problems.len()
                        ),
                    )),
                })
            };
            let published = |_: &bool| "/sprava/pruvodce?zverejneno=1".to_owned();
            save(action.step, "", checked, publish, overview, published).await
        }
        "zahodit" => {
            let discard = async |()| {
                store.discard_wizard_draft(&user, now).await?;
                Ok(Some(false))
            };
            let discarded = |_: &bool| "/sprava/pruvodce".to_owned();
            save(action.step, "", checked, discard, overview, discarded).await
        }
        _ => {
            let unknown =
                async |()| Err::<Option<bool>, _>(AppError::BadRequest("Neznámá akce.".into()));
            save(action.step, "", checked, unknown, overview, |_| {
                String::new()
            })
            .await
        }
    }
}

#[server(prefix = "/api/sprava")]
pub async fn load_wizard_step(key: String, saved: bool) -> Result<WizardStepEditor, AppError> {
    crate::admin::auth::require_staff().await?;
    let tree = edited().await?.tree;
    let slug = Slug::parse(&key).map_err(|_| AppError::NotFound)?;
    let node = tree.node(&slug).ok_or(AppError::NotFound)?;
    Ok(WizardStepEditor {
        editor: editor(
            NodeForm::from(node),
            Edited::Other {
                saved,
                audit: Vec::new(),
            },
        )?,
        targets: tree
            .nodes
            .iter()
            .filter(|n| n.key != slug)
            .map(|n| (n.key.to_string(), step_text(n)))
            .collect(),
        is_root: slug == tree.root,
        key,
    })
}

/// Writes one step into the draft (or removes it, `remove`).
#[server(prefix = "/api/sprava/zapis")]
pub async fn save_wizard_step(
    key: String,
    form: NodeForm,
    remove: bool,
) -> Result<WizardStepEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let mut tree = edited().await?.tree;
    let slug = Slug::parse(&key).map_err(|_| AppError::NotFound)?;
    let position = tree
        .nodes
        .iter()
        .position(|n| n.key == slug)
        .ok_or(AppError::NotFound)?;
    let checked = if remove && slug == tree.root {
        check(Ok(None::<WizardNode>)).and(Err(Refusal::field(
            "form",
            "první otázku průvodce odebrat nelze",
        )))
    } else if remove {
        check(Ok(None::<WizardNode>))
    } else {
        check(form.validate(&slug)).map(Some)
    };
    let write = async |node: Option<WizardNode>| {
        let old = audit_text(tree.nodes.get(position));
        let new = audit_text(node.as_ref());
        match node {
            Some(node) => tree.nodes[position] = node,
            None => {
                tree.nodes.remove(position);
            }
        }
        crate::state::store()?
            .save_wizard_draft(
                &tree,
                &format!("krok {key}"),
                &old,
                &new,
                &user,
                crate::state::now(),
            )
            .await?;
        Ok(Some(remove))
    };
    let page = async |removed: Option<bool>| match removed {
        // The step is gone: on to the overview; this page is never shown.
        Some(true) => Ok(WizardStepEditor {
            editor: Editor::default(),
            key: key.clone(),
            targets: Vec::new(),
            is_root: false,
        }),
        saved => load_wizard_step(key.clone(), saved.is_some()).await,
    };
    let saved_at = |removed: &bool| match removed {
        true => "/sprava/pruvodce".to_owned(),
        false => format!("/sprava/pruvodce/{key}?ulozeno=1"),
    };
    save(form, "", checked, write, page, saved_at).await
}

#[cfg(feature = "ssr")]
editor_pages!(WizardOverview: NewStepForm, WizardStepEditor: NodeForm);
