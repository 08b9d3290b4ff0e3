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
    let i18n = crate::i18n::use_i18n();
    view! {
        <crate::i18n::AlternateLinks />
        <a class="skip-link" href="#obsah">{i18n.t("layout-skip")}</a>
        <crate::i18n::LanguageOffer />
        <Suspense>
            {move || Suspend::new(async move {
                site.await
                    .ok()
                    .filter(|s| s.sample_data)
                    .map(|_| {
                        view! {
                            <p class="sample-notice" role="note">
                                <strong>{i18n.t("layout-sample")}</strong>
                                " – "{i18n.t("layout-sample-check")}
                            </p>
                        }
                    })
            })}
        </Suspense>
        <crate::i18n::LanguageSwitch />
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=i18n.href("/")>
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
                <Suspense>
                    {move || Suspend::new(async move {
                        let region = site.await.map(|s| s.region_name).unwrap_or_default();
                        i18n.t_with("layout-about", &[("region", region.into())])
                    })}
                </Suspense>
            </p>
            <p class="muted">
                {i18n.t("layout-positions")}" " <a href=i18n.href("/otevrena-data")>{i18n.t("layout-open-data")}</a>
                " · " <a href=i18n.href("/vlozit")>{i18n.t("layout-embed")}</a>
                " · " <a href=i18n.href("/pristupnost")>{i18n.t("layout-accessibility")}</a>
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
