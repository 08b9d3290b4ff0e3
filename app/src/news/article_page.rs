//! `/novinky/{slug}`: one article.

use super::api::{ArticleView, load_article};
use crate::common::record_page;
use domain::news::date_label;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn ArticlePage() -> impl IntoView {
    record_page(
        |slug| async move { load_article(slug.unwrap_or_default()).await },
        |view: ArticleView| {
            let ArticleView { article, body_html } = view;
            view! {
                <Title text=article.title.clone() />
                <Meta name="description" content=article.summary.clone() />
                <article class="article" aria-labelledby="article-heading">
                    <p class="breadcrumbs"><a href="/novinky">"Novinky"</a></p>
                    <h1 id="article-heading">{article.title}</h1>
                    <p class="muted"><time datetime=article.published_on.clone()>{date_label(&article.published_on)}</time></p>
                    <p class="lead">{article.summary}</p>
                    {article.image.map(|image| view! {
                        <img class="article-image" src=image.src() alt=image.alt
                            width=image.width.to_string() height=image.height.to_string() />
                    })}
                    // Rendered from Markdown on the server with raw HTML and unsafe links removed.
                    <div class="answer-text" inner_html=body_html></div>
                </article>
            }
        },
    )
}
