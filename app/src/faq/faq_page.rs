//! `/dotazy/{slug}`: one question, its answer, and the services that help.

use super::api::{FaqView, get_faq};
use crate::catalog::ResultList;
use crate::common::record_page;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn FaqPage() -> impl IntoView {
    record_page(
        |slug| async move { get_faq(slug.unwrap_or_default()).await },
        |faq| view! { <FaqAnswer faq /> },
    )
}

#[component]
fn FaqAnswer(faq: FaqView) -> impl IntoView {
    let FaqView {
        slug: _,
        question,
        answer_html,
        in_czech,
        audiences,
        topics,
        services,
    } = faq;
    let i18n = use_i18n();
    let lang = in_czech.then_some("cs");
    view! {
        <Title text=question.clone() />
        <Meta name="description" content=question.clone() />
        <article class="faq-answer" aria-labelledby="faq-heading">
            <p class="breadcrumbs"><a href=i18n.href("/dotazy")>{i18n.t("faq-title")}</a></p>
            {in_czech.then(|| view! { <p class="untranslated">{i18n.t("untranslated")}</p> })}
            <h1 id="faq-heading" lang=lang>{question}</h1>
            // Rendered from Markdown on the server with raw HTML and unsafe links removed.
            <div class="answer-text" lang=lang inner_html=answer_html></div>
            {(!services.is_empty()).then(|| view! {
                <section aria-labelledby="faq-services">
                    <h2 id="faq-services">{i18n.t("faq-where-help")}</h2>
                    <ResultList items=services />
                </section>
            })}
            <p class="tags">
                {topics.into_iter().map(|t| view! { <a class="tag" href=i18n.href(&format!("/dotazy?tema={}", t.slug))>{t.name}</a> }).collect_view()}
                {audiences.into_iter().map(|a| view! { <a class="tag" href=i18n.href(&format!("/dotazy?skupina={}", a.slug))>{a.name}</a> }).collect_view()}
            </p>
        </article>
    }
}
