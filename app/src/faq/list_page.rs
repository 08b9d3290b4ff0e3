//! `/dotazy`: the questions for the chosen audience, by topic, searchable with the Czech search.

use super::api::list_faqs;
use crate::audience::{use_chosen_audience, with_audience};
use crate::common::ErrorPage;
use crate::i18n::use_i18n;
use domain::faq::FaqFilter;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

#[component]
pub fn FaqListPage() -> impl IntoView {
    let location = use_location();
    let chosen = use_chosen_audience();
    let filter = Memo::new(move |_| FaqFilter::from_query(&location.search.get()));
    let list = Resource::new(
        move || filter.get(),
        |filter| async move { list_faqs(filter?.to_query()).await },
    );
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("faq-title") />
        <h1>{i18n.t("faq-title")}</h1>
        <Transition fallback=move || view! { <p class="loading">{i18n.t("faq-loading")}</p> }>
            {move || Suspend::new(async move {
                let list = list.await;
                let filter = filter.get_untracked().unwrap_or_default();
                let audience = chosen.get_untracked();
                match list {
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                    Ok(list) => {
                        let topic_link = {
                            let filter = filter.clone();
                            move |topic: Option<&domain::Slug>| {
                                let next = FaqFilter { topic: topic.cloned(), ..filter.clone() };
                                crate::embed::within(&format!("/dotazy?{}", next.to_query()))
                            }
                        };
                        let all_groups = format!("/dotazy?{}", FaqFilter { audience: None, ..filter.clone() }.to_query());
                        let count = list.items.len();
                        view! {
                            <form class="filters" method="get" action=crate::embed::within("/dotazy") role="search" aria-label=i18n.t("faq-search-label")>
                                <crate::embed::KeepColours />
                                <label for="faq-q">{i18n.t("faq-search-label")}</label>
                                <div class="search-row">
                                    <input id="faq-q" type="search" name="q" value=filter.text.clone() autocomplete="off" />
                                    <button type="submit">{i18n.t("home-search")}</button>
                                </div>
                                {filter.audience.clone().map(|a| view! { <input type="hidden" name="skupina" value=a.to_string() /> })}
                                {filter.topic.clone().map(|t| view! { <input type="hidden" name="tema" value=t.to_string() /> })}
                            </form>
                            <nav class="topic-chips" aria-label=i18n.t("faq-topics-label")>
                                <ul>
                                    <li>
                                        <a href=topic_link(None) aria-current=filter.topic.is_none().then_some("page")>{i18n.t("faq-all-topics")}</a>
                                    </li>
                                    {list
                                        .topics
                                        .iter()
                                        .map(|t| {
                                            let current = (filter.topic.as_ref() == Some(&t.slug)).then_some("page");
                                            view! { <li><a href=topic_link(Some(&t.slug)) aria-current=current>{t.name.clone()}</a></li> }
                                        })
                                        .collect_view()}
                                </ul>
                            </nav>
                            {audience.map(|_| view! {
                                <p class="notice">
                                    {i18n.t("faq-audience-notice")}" "
                                    <a href=crate::embed::within(&format!("{all_groups}&skupina="))>{i18n.t("faq-show-all")}</a>
                                </p>
                            })}
                            <p class="result-count" role="status">{i18n.count("faq-count", count)}</p>
                            {if list.items.is_empty() {
                                view! {
                                    <section class="empty-state" aria-labelledby="faq-empty">
                                        <h2 id="faq-empty">{i18n.t("faq-empty")}</h2>
                                        <ul class="link-list">
                                            <li><a href=crate::embed::within("/dotazy?skupina=")>{i18n.t("faq-show-all")}</a></li>
                                            <li><a href=crate::embed::within("/pomoc")>{i18n.t("faq-walk-wizard")}</a></li>
                                            <li><a href=crate::embed::within(&with_audience("/sluzby", filter.audience.as_ref()))>{i18n.t("faq-search-catalog")}</a></li>
                                        </ul>
                                    </section>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <ul class="faq-list">
                                        {list
                                            .items
                                            .into_iter()
                                            .map(|f| view! {
                                                <li>
                                                    <h2><a href=i18n.href(&format!("/dotazy/{}", f.slug)) target=crate::embed::new_tab() lang=f.in_czech.then_some("cs")>{f.question}</a></h2>
                                                    <p lang=f.in_czech.then_some("cs")>{f.excerpt}</p>
                                                </li>
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}
