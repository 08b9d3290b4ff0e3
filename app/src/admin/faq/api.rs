//! Server functions of the question pages: the list and the editor (read, create, save).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Refusal, check, target};
use domain::admin::faq_edit::FaqForm;
#[cfg(feature = "ssr")]
use domain::admin::views::Editor;
use domain::admin::views::{AdminFaqRow, FaqEditor, Listing};
use leptos::prelude::*;

#[server(prefix = "/api/sprava")]
pub async fn load_faq_list(q: String, stav: String) -> Result<Listing<AdminFaqRow>, AppError> {
    crate::admin::auth::require_staff().await?;
    let text: String = q.chars().take(100).collect();
    let rows = crate::state::store()?
        .admin_faqs(&text)
        .await?
        .into_iter()
        .filter(|row| match stav.as_str() {
            "zverejnene" => row.published,
            "koncepty" => !row.published,
            _ => true,
        })
        .collect();
    Ok(Listing {
        rows,
        text,
        state: stav,
    })
}

/// The question's form as stored (`id` `None`: an empty draft).
#[server(prefix = "/api/sprava")]
pub async fn load_faq_editor(id: Option<i64>, saved: bool) -> Result<FaqEditor, AppError> {
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let (slug, form, audit) = match id {
        Some(id) => {
            let (slug, edit) = store.faq_for_edit(id).await?.ok_or(AppError::NotFound)?;
            let audit = store
                .audit_log(domain::admin::audit::RecordKind::Faq, id)
                .await?;
            (Some(slug), edit.to_form(), audit)
        }
        None => (None, FaqForm::default(), Vec::new()),
    };
    Ok(FaqEditor {
        editor: Editor {
            once: id.map_or_else(crate::state::once_token, |_| String::new()),
            ..Editor::new(id, form, saved, audit, crate::state::csrf_token()?)
        },
        slug,
        audiences: store
            .audiences()
            .await?
            .into_iter()
            .map(domain::catalog::AudienceRef::from)
            .collect(),
        topics: store.topics().await?,
    })
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_faq(id: Option<i64>, form: FaqForm, once: String) -> Result<FaqEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let mut page = load_faq_editor(id, false).await?;
    let checked = check(form.validate()).and_then(|edit| {
        let offered =
            |slugs: &[domain::Slug], known: &dyn Fn(&domain::Slug) -> bool, field| match slugs
                .iter()
                .find(|s| !known(s))
            {
                Some(unknown) => Err(Refusal::field(
                    field,
                    format!("neznámá hodnota „{unknown}“"),
                )),
                None => Ok(()),
            };
        offered(
            &edit.audiences,
            &|s| page.audiences.iter().any(|a| &a.slug == s),
            "audiences",
        )?;
        offered(
            &edit.topics,
            &|s| page.topics.iter().any(|t| &t.slug == s),
            "topics",
        )?;
        Ok(edit)
    });
    let edit = match checked {
        Ok(edit) => edit,
        Err(refusal) => {
            refusal.show(&mut page.editor, form);
            return Ok(page);
        }
    };
    let id = crate::state::store()?
        .save_faq(target(id, &once)?, &edit, &user, crate::state::now())
        .await?
        .ok_or(AppError::NotFound)?;
    leptos_axum::redirect(&format!("/sprava/dotazy/{id}?ulozeno=1"));
    load_faq_editor(Some(id), true).await
}
