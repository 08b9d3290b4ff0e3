//! `/novinky/{slug}`: one article.

use super::api::{ArticleView, load_article};
use crate::common::record_page;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ArticlePage() -> impl IntoView {
    record_page(
        |slug| async move { load_article(slug.unwrap_or_default()).await },
        |view: ArticleView| {
            let ArticleView { article, body_html } = view;
            let i18n = use_i18n();
            let czech = i18n.czech_text();
            view! {
                <Title text=article.title.clone() />
                <Meta name="description" content=article.summary.clone() />
                <article class="article" aria-labelledby="article-heading">
                    <p class="breadcrumbs"><a href=i18n.href("/novinky")>{i18n.t("menu-news")}</a></p>
                    {czech.map(|_| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
                    <h1 id="article-heading" lang=czech>{article.title}</h1>
                    <p class="muted"><time datetime=article.published_on.clone()>{i18n.date(&article.published_on)}</time></p>
                    <p class="lead" lang=czech>{article.summary}</p>
                    {article.image.map(|image| view! {
                        <img class="article-image" src=image.src() alt=image.alt
                            width=image.width.to_string() height=image.height.to_string() />
                    })}
                    // Rendered from Markdown on the server with raw HTML and unsafe links removed.
                    <div class="answer-text" lang=czech inner_html=body_html></div>
                </article>
            }
        },
    )
}
