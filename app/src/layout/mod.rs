//! The frame around every page: skip link, header with the main menu, the sample-data notice,
//! the main landmark and the footer. It loads the site's facts once and shares them by context.

mod api;

pub use api::load_site_info;

use domain::catalog::SiteInfo;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::AppError;

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
    // Effects run only in the browser: the mark tells styles and tests that the page is live.
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "");
        }
    });
    let region =
        move || Suspend::new(async move { site.await.map(|s| s.region_name).unwrap_or_default() });
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
                                <strong>"Ukázková data. "</strong>
                                "Organizace a kontakty jsou zčásti smyšlené; skutečnou pomoc si prosím ověřte u poskytovatele."
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
                <nav aria-label="Hlavní nabídka">
                    <ul class="main-menu">
                        <li><A href="/sluzby">"Katalog služeb"</A></li>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="obsah" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>
                "Pomoc – sociální služby "<Suspense>{region}</Suspense>
                ". Katalog vzniká v rámci komunitního plánování sociálních služeb."
            </p>
            <p class="muted">"Polohy obcí: 33bcdd/souradnice-mest (2018)."</p>
        </footer>
    }
}
