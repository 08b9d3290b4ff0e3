//! `/novinky`: the articles, newest first, for the chosen audience; with the Atom feed's link.

use super::api::load_articles;
use crate::audience::use_chosen_audience;
use crate::common::loaded;
use domain::news::{Article, date_label};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn NewsPage() -> impl IntoView {
    let chosen = use_chosen_audience();
    let feed = move || match chosen.get() {
        Some(slug) => format!("/novinky.atom?skupina={slug}"),
        None => "/novinky.atom".to_owned(),
    };
    view! {
        <Title text="Novinky" />
        <Meta name="description" content="Novinky z komunitního plánování sociálních služeb na Písecku." />
        <Link rel="alternate" type_="application/atom+xml" title="Novinky – Pomoc" href=feed() />
        <h1>"Novinky"</h1>
        <p><a href=feed>"Odebírat novinky ve čtečce (Atom)"</a></p>
        {loaded(
            move || chosen.get().map(|s| s.to_string()),
            load_articles,
            |articles: Vec<Article>| view! { <ArticleList articles /> },
        )}
    }
}

#[component]
fn ArticleList(articles: Vec<Article>) -> impl IntoView {
    if articles.is_empty() {
        return view! { <p>"Zatím žádné novinky."</p> }.into_any();
    }
    view! {
        <ul class="news-list">
            {articles.into_iter().map(|a| view! {
                <li>
                    <article aria-labelledby=format!("novinka-{}", a.slug)>
                        <h2 id=format!("novinka-{}", a.slug)><a href=format!("/novinky/{}", a.slug)>{a.title}</a></h2>
                        <p class="muted"><time datetime=a.published_on.clone()>{date_label(&a.published_on)}</time></p>
                        <p>{a.summary}</p>
                    </article>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
