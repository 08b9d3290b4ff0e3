//! `/skupina`: "Pro koho hledáte pomoc?" — choose the audience the site turns to, or clear it.

use crate::layout::use_site;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AudiencePage() -> impl IntoView {
    let site = use_site();
    view! {
        <Title text="Pro koho hledáte pomoc" />
        <section aria-labelledby="chooser-heading">
            <h1 id="chooser-heading">"Pro koho hledáte pomoc?"</h1>
            <p class="lead">"Po výběru skupiny vám portál ukáže služby, dotazy a témata právě pro ni. Výběr si pamatuje, dokud ho nezměníte."</p>
            <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
                {move || Suspend::new(async move {
                    site.await.ok().map(|site| view! { <AudienceTilesFor audiences=site.audiences chosen=None /> })
                })}
            </Suspense>
            <p><a href="/?skupina=">"Zobrazovat vše pro všechny (zrušit výběr)"</a></p>
        </section>
    }
}

/// The audiences as large links that choose them; the chosen one is marked, with a link that
/// clears the choice.
#[component]
pub fn AudienceTilesFor(
    audiences: Vec<domain::Audience>,
    chosen: Option<domain::AudienceSlug>,
) -> impl IntoView {
    let any_chosen = chosen.is_some();
    view! {
        <ul class="audience-tiles">
            {audiences
                .into_iter()
                .map(|a| {
                    let current = (chosen.as_ref() == Some(&a.slug)).then_some("true");
                    view! {
                        <li>
                            <a href=format!("/?skupina={}", a.slug) aria-current=current>
                                <span class="tile-title">{a.name}</span>
                                <span class="tile-text">{a.description}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {any_chosen.then(|| view! { <p><a href="/?skupina=">"Zrušit výběr skupiny a zobrazit vše"</a></p> })}
    }
}
