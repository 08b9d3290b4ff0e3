//! `/novinky`: the articles, newest first, for the chosen audience; with the Atom feed's link.

use super::api::load_articles;
use crate::audience::use_chosen_audience;
use crate::common::loaded;
use crate::i18n::use_i18n;
use domain::news::Article;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn NewsPage() -> impl IntoView {
    let chosen = use_chosen_audience();
    let i18n = use_i18n();
    let feed = move || {
        i18n.href(&match chosen.get() {
            Some(slug) => format!("/novinky.atom?skupina={slug}"),
            None => "/novinky.atom".to_owned(),
        })
    };
    view! {
        <Title text=i18n.t("menu-news") />
        <Meta name="description" content=i18n.t("news-description") />
        <Link rel="alternate" type_="application/atom+xml" title=format!("{} – Pomoc", i18n.t("menu-news")) href=feed() />
        <h1>{i18n.t("menu-news")}</h1>
        <p><a href=feed>{i18n.t("news-feed")}</a></p>
        {loaded(
            move || chosen.get().map(|s| s.to_string()),
            load_articles,
            |articles: Vec<Article>| view! { <ArticleList articles /> },
        )}
    }
}

#[component]
fn ArticleList(articles: Vec<Article>) -> impl IntoView {
    let i18n = use_i18n();
    if articles.is_empty() {
        return view! { <p>{i18n.t("news-none")}</p> }.into_any();
    }
    let czech = i18n.czech_text();
    view! {
        <ul class="news-list">
            {articles.into_iter().map(|a| view! {
                <li>
                    <article aria-labelledby=format!("novinka-{}", a.slug)>
                        <h2 id=format!("novinka-{}", a.slug)><a href=i18n.href(&format!("/novinky/{}", a.slug)) lang=czech>{a.title}</a></h2>
                        <p class="muted"><time datetime=a.published_on.clone()>{i18n.date(&a.published_on)}</time></p>
                        <p lang=czech>{a.summary}</p>
                    </article>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
