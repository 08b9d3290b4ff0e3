//! `/vlozit`: for a municipality's webmaster. Pick the view, the municipality, the audience and
//! the colours (a form that posts nothing: its query is the choice), see the embedded view live
//! (through the real loader), and copy the snippet — the loader with one element, or a plain
//! iframe.

use crate::AppError;
use crate::common::set_status;
use domain::catalog::MunicipalityRef;
use domain::embed::{EmbedChoice, EmbedView, PALETTES, snippets};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

/// What the form offers, and where the portal is reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbedOptions {
    pub municipalities: Vec<MunicipalityRef>,
    /// Audiences: slug and name.
    pub audiences: Vec<(String, String)>,
    pub public_url: String,
}

#[server(endpoint = "embed_setup")]
pub async fn load_embed_options() -> Result<EmbedOptions, AppError> {
    let store = crate::state::store()?;
    let page = store.search(&domain::Filter::default()).await?;
    let site = store.site_info().await?;
    let public_url = use_context::<crate::state::PublicUrl>()
        .map(|p| p.0)
        .unwrap_or_default();
    Ok(EmbedOptions {
        municipalities: page
            .facets
            .municipalities
            .into_iter()
            .map(|f| f.value)
            .collect(),
        audiences: site
            .audiences
            .into_iter()
            .map(|a| (a.slug.to_string(), a.name))
            .collect(),
        public_url,
    })
}

#[component]
pub fn GeneratorPage() -> impl IntoView {
    let location = use_location();
    let setup = Resource::new(|| (), |_| load_embed_options());
    view! {
        <Title text="Vložit na web obce" />
        <h1>"Vložit pomoc na web obce"</h1>
        <p>
            "Katalog služeb, mapu, průvodce „Potřebuji pomoc“ nebo časté dotazy můžete zobrazit na
             webu své obce. Vyberte, co a pro koho, podívejte se na náhled a zkopírujte kód do
             stránky. Vložený pohled se sám přizpůsobí šířce sloupce i své výšce a nenastavuje
             žádné cookies; odkazy na podrobnosti se otevřou v nové záložce."
        </p>
        <Suspense fallback=|| view! { <p class="loading">"Načítám…"</p> }>
            {move || Suspend::new(async move {
                let (choice, errors) = EmbedChoice::from_query(&location.search.get());
                if !errors.is_empty() {
                    set_status(crate::ErrorKind::BadRequest);
                }
                match setup.await {
                    Ok(setup) => view! { <Generator setup choice errors /> }.into_any(),
                    Err(error) => view! { <crate::common::ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Generator(
    setup: EmbedOptions,
    choice: EmbedChoice,
    errors: Vec<domain::embed::ChoiceError>,
) -> impl IntoView {
    let error_of = |field: &str| {
        errors
            .iter()
            .find(|e| e.field() == field)
            .map(ToString::to_string)
    };
    let field_error = move |field: &'static str| {
        error_of(field).map(|message| {
            view! { <p class="field-error" id=format!("{field}-error")>{message}</p> }
        })
    };
    let described = move |field: &'static str| error_of(field).map(|_| format!("{field}-error"));
    let snippets = snippets(&setup.public_url, choice.view, &choice.embed_query());
    let path = choice.embed_path();
    let target = path.trim_start_matches("/embed/").to_owned();
    let selected_code = choice.municipality;
    let selected_audience = choice.audience.as_ref().map(ToString::to_string);
    view! {
        <form class="filters embed-generator" method="get" action="/vlozit">
            <div class="field">
                <label for="pohled">"Co zobrazit"</label>
                <select id="pohled" name="pohled" aria-describedby=described("pohled")>
                    {EmbedView::ALL.into_iter().map(|v| view! {
                        <option value=v.slug() selected=v == choice.view>{v.title()}</option>
                    }).collect_view()}
                </select>
                {field_error("pohled")}
            </div>
            <div class="field">
                <label for="obec">"Obec"</label>
                <select id="obec" name="obec" aria-describedby=described("obec")>
                    <option value="" selected=selected_code.is_none()>"Celý okres"</option>
                    {setup.municipalities.into_iter().map(|m| view! {
                        <option value=m.code.to_string() selected=Some(m.code) == selected_code>{m.name}</option>
                    }).collect_view()}
                </select>
                {field_error("obec")}
            </div>
            <div class="field">
                <label for="skupina">"Pro koho"</label>
                <select id="skupina" name="skupina" aria-describedby=described("skupina")>
                    <option value="" selected=selected_audience.is_none()>"Pro všechny"</option>
                    {setup.audiences.into_iter().map(|(slug, name)| {
                        let selected = selected_audience.as_deref() == Some(slug.as_str());
                        view! { <option value=slug selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
                {field_error("skupina")}
            </div>
            <div class="field">
                <label for="barva">"Barvy"</label>
                <select id="barva" name="barva" aria-describedby=described("barva")>
                    {PALETTES.into_iter().map(|p| view! {
                        <option value=p.slug selected=p == choice.palette>{p.label}</option>
                    }).collect_view()}
                </select>
                {field_error("barva")}
            </div>
            <button type="submit">"Zobrazit náhled"</button>
        </form>
        <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">"Kód do stránky"</h2>
            <h3 id="snippet-loader-label">"Doporučený kód (výška se přizpůsobí obsahu)"</h3>
            <pre class="snippet" id="snippet-loader" tabindex="0" aria-labelledby="snippet-loader-label"><code>{snippets.loader}</code></pre>
            <h3 id="snippet-iframe-label">"Nebo jen iframe (pevná výška)"</h3>
            <pre class="snippet" id="snippet-iframe" tabindex="0" aria-labelledby="snippet-iframe-label"><code>{snippets.iframe}</code></pre>
            <p class="muted">"Kód označte myší (nebo klávesou Tab a Ctrl+A) a zkopírujte Ctrl+C."</p>
            <p class="muted">
                "Web obce musí být na seznamu povolených webů portálu (nastavení POMOC_EMBED_ORIGINS);
                 jinak prohlížeč vložení odmítne. O zařazení požádejte správce portálu."
            </p>
        </section>
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">"Náhled"</h2>
            <div class="embed-preview" data-pomoc=target></div>
            <script src="/embed.js" async></script>
        </section>
    }
}
