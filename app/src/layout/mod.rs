//! The frame around every page: skip link, header with the main menu and the chosen audience,
//! the sample-data notice, the main landmark, and the footer whose menu follows the audience.
//! It loads the site's facts once and shares them by context.

mod api;
mod menus;

pub use api::load_site_info;

use crate::AppError;
use crate::audience::provide_chosen_audience;
use domain::catalog::SiteInfo;
use leptos::prelude::*;

/// The site's facts, loaded once per page by the layout.
pub type SiteResource = Resource<Result<SiteInfo, AppError>>;

/// The site resource the layout provided.
pub fn use_site() -> SiteResource {
    expect_context::<SiteResource>()
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let site: SiteResource = Resource::new(|| (), |_| load_site_info());
    provide_context(site);
    let location = leptos_router::hooks::use_location();
    let embedded = crate::embed::embedding(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
    );
    provide_chosen_audience(embedded.is_none());
    // The residents' pages move in the page (`crate::navigation`); the staff area loads documents.
    let resident = crate::navigation::scope::in_page(&location.pathname.get_untracked());
    let region =
        move || Suspend::new(async move { site.await.map(|s| s.region_name).unwrap_or_default() });
    if let Some(embedded) = embedded {
        provide_context(embedded);
        return view! {
            <crate::embed::EmbedFrame embedded>
                {children()}
            </crate::embed::EmbedFrame>
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#obsah">"Přeskočit na obsah"</a>
        <Suspense>
            {move || Suspend::new(async move {
                site.await
                    .ok()
                    .filter(|s| s.sample_data)
                    .map(|_| {
                        view! {
                            <p class="sample-notice" role="note">
                                <strong>"Ukázková data"</strong>
                                " – kontakty si ověřte."
                            </p>
                        }
                    })
            })}
        </Suspense>
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href="/">
                    <span class="brand-name">"Pomoc"</span>
                    <span class="brand-region"><Suspense>{region}</Suspense></span>
                </a>
                <menus::MainMenu />
            </div>
        </header>
        <main id="obsah" tabindex="-1" data-app=resident.then_some("")>{children()}</main>
        <footer class="site-footer">
            <menus::TopicMenu />
            <p>
                "Pomoc – sociální služby "<Suspense>{region}</Suspense>
                ". Katalog vzniká v rámci komunitního plánování sociálních služeb."
            </p>
            <p class="muted">
                "Polohy obcí: 33bcdd/souradnice-mest (2018). " <a href="/otevrena-data">"Otevřená data a API"</a>
                " · " <a href="/vlozit">"Vložit na web obce"</a>
                " · " <a href="/pristupnost">"Prohlášení o přístupnosti"</a>
            </p>
        </footer>
        // Offline after one visit (the service worker); not in the embedded views.
        <script src="/offline.js" async=true></script>
        // The bundle: the islands and the in-page navigation. A staff page with an island
        // places its own.
        {resident.then(|| view! { <crate::common::IslandsLoader /> })}
    }
    .into_any()
}
