//! Server functions of the question pages: the list and the editor (read, create, save).

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, Refusal, check, editor, editor_pages, save_record, target};
#[cfg(feature = "ssr")]
use domain::admin::audit::RecordKind;
use domain::admin::faq_edit::FaqForm;
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
    let (slug, form) = match id {
        Some(id) => {
            let (slug, edit) = store.faq_for_edit(id).await?.ok_or(AppError::NotFound)?;
            (Some(slug), edit.to_form())
        }
        None => (None, FaqForm::default()),
    };
    let edited = Edited::record_or_new(RecordKind::Faq, id, saved).await?;
    Ok(FaqEditor {
        editor: editor(form, edited)?,
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
    let page = load_faq_editor(id, false).await?;
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
    let write = async |edit| {
        let store = crate::state::store()?;
        Ok(store
            .save_faq(target(id, &once)?, &edit, &user, crate::state::now())
            .await?)
    };
    let reload = async |id| load_faq_editor(Some(id), true).await;
    save_record(form, &once, checked, page, write, reload, "/sprava/dotazy").await
}

#[cfg(feature = "ssr")]
editor_pages!(FaqEditor: FaqForm);
