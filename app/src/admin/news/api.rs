//! Server functions of the news, events and images pages in the staff area.

use crate::AppError;
#[cfg(feature = "ssr")]
use crate::admin::save::{Edited, Refusal, check, editor, editor_pages, save_record, target};
use domain::admin::news_edit::{ArticleForm, EventForm, NewsRow};
use domain::admin::views::Editor;
use domain::catalog::AudienceRef;
use domain::upload::ImageInfo;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleEditor {
    pub editor: Editor<ArticleForm>,
    pub slug: Option<String>,
    pub audiences: Vec<AudienceRef>,
    pub images: Vec<ImageInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventEditor {
    pub editor: Editor<EventForm>,
    pub slug: Option<String>,
    pub audiences: Vec<AudienceRef>,
}

#[server(prefix = "/api/sprava")]
pub async fn load_article_list() -> Result<Vec<NewsRow>, AppError> {
    crate::admin::auth::require_staff().await?;
    Ok(crate::state::store()?.admin_articles().await?)
}

#[server(prefix = "/api/sprava")]
pub async fn load_event_list() -> Result<Vec<NewsRow>, AppError> {
    crate::admin::auth::require_staff().await?;
    Ok(crate::state::store()?.admin_events().await?)
}

#[cfg(feature = "ssr")]
async fn audience_refs() -> Result<Vec<AudienceRef>, AppError> {
    Ok(crate::state::store()?
        .audiences()
        .await?
        .into_iter()
        .map(AudienceRef::from)
        .collect())
}

#[server(prefix = "/api/sprava")]
pub async fn load_article_editor(id: Option<i64>, saved: bool) -> Result<ArticleEditor, AppError> {
    use domain::admin::audit::RecordKind;
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let (slug, form) = match id {
        Some(id) => {
            let (slug, edit) = store
                .article_for_edit(id)
                .await?
                .ok_or(AppError::NotFound)?;
            (Some(slug), edit.to_form())
        }
        None => {
            let today = domain::admin::date::iso_date(crate::state::now());
            let form = ArticleForm {
                published_on: today,
                ..ArticleForm::default()
            };
            (None, form)
        }
    };
    let edited = Edited::record_or_new(RecordKind::Article, id, saved).await?;
    Ok(ArticleEditor {
        editor: editor(form, edited)?,
        slug,
        audiences: audience_refs().await?,
        images: store.images().await?,
    })
}

#[server(prefix = "/api/sprava")]
pub async fn load_event_editor(id: Option<i64>, saved: bool) -> Result<EventEditor, AppError> {
    use domain::admin::audit::RecordKind;
    crate::admin::auth::require_staff().await?;
    let store = crate::state::store()?;
    let (slug, form) = match id {
        Some(id) => {
            let (slug, edit) = store.event_for_edit(id).await?.ok_or(AppError::NotFound)?;
            (Some(slug), edit.to_form())
        }
        None => (None, EventForm::default()),
    };
    let edited = Edited::record_or_new(RecordKind::Event, id, saved).await?;
    Ok(EventEditor {
        editor: editor(form, edited)?,
        slug,
        audiences: audience_refs().await?,
    })
}

/// Refuses audiences the portal does not have.
#[cfg(feature = "ssr")]
fn offered_audiences(
    chosen: &[domain::AudienceSlug],
    offered: &[AudienceRef],
) -> Result<(), Refusal> {
    match chosen
        .iter()
        .find(|s| !offered.iter().any(|a| &a.slug == *s))
    {
        Some(unknown) => Err(Refusal::field(
            "audiences",
            format!("neznámá skupina „{unknown}“"),
        )),
        None => Ok(()),
    }
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_article(
    id: Option<i64>,
    form: ArticleForm,
    once: String,
) -> Result<ArticleEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let page = load_article_editor(id, false).await?;
    let checked = check(form.validate()).and_then(|edit| {
        offered_audiences(&edit.audiences, &page.audiences)?;
        match &edit.image {
            Some((name, _)) if !page.images.iter().any(|i| &i.name == name) => Err(Refusal::field(
                "image",
                "vyberte obrázek ze seznamu nahraných",
            )),
            _ => Ok(edit),
        }
    });
    let write = async |edit| {
        let store = crate::state::store()?;
        Ok(store
            .save_article(target(id, &once)?, &edit, &user, crate::state::now())
            .await?)
    };
    let reload = async |id| load_article_editor(Some(id), true).await;
    save_record(form, &once, checked, page, write, reload, "/sprava/novinky").await
}

#[server(prefix = "/api/sprava/zapis")]
pub async fn save_event(
    id: Option<i64>,
    form: EventForm,
    once: String,
) -> Result<EventEditor, AppError> {
    let user = crate::admin::auth::require_staff().await?;
    let page = load_event_editor(id, false).await?;
    let checked = check(form.validate()).and_then(|edit| {
        offered_audiences(&edit.audiences, &page.audiences)?;
        Ok(edit)
    });
    let write = async |edit| {
        let store = crate::state::store()?;
        Ok(store
            .save_event(target(id, &once)?, &edit, &user, crate::state::now())
            .await?)
    };
    let reload = async |id| load_event_editor(Some(id), true).await;
    save_record(form, &once, checked, page, write, reload, "/sprava/akce").await
}

#[cfg(feature = "ssr")]
editor_pages!(ArticleEditor: ArticleForm, EventEditor: EventForm);

/// The uploaded images and the token for the upload form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImagesView {
    pub images: Vec<ImageInfo>,
    pub uploaded: Option<String>,
    pub csrf: String,
}

#[server(prefix = "/api/sprava")]
pub async fn load_images(uploaded: Option<String>) -> Result<ImagesView, AppError> {
    crate::admin::auth::require_staff().await?;
    let images = crate::state::store()?.images().await?;
    Ok(ImagesView {
        uploaded: uploaded.filter(|u| images.iter().any(|i| &i.name == u)),
        images,
        csrf: crate::state::csrf_token()?,
    })
}
