//! The interactive map, drawn only in the browser: Leaflet (served by the portal from
//! `/leaflet/`), drawn by [`super::drawing`]. The server renders its picture of the map in its
//! place (`/mapa/nahled.svg`), and the page's list already says everything the map shows.
//!
//! The map asks the server for the markers of its view whenever it stops moving; the server
//! clusters them, so a view costs a few kilobytes however many services the filter matches.

use super::words::{MapWords, NearMeWords};
use domain::map::{MapCounts, MapView, MunicipalityCentre, TileSource};
use leptos::prelude::*;

/// The map's view as the server function takes it: `south,west,north,east` and the zoom.
pub type Viewport = (String, u8);

/// The map, its status line and the page's list (`children`, rendered by the server), which the
/// checkbox "Seznam jen podle výřezu mapy" swaps for the services in the map's view, and "Blízko
/// mě". An island: the part of the page that runs in the browser.
#[island(lazy)]
pub fn LiveMap(
    query: String,
    tiles: TileSource,
    centres: Vec<MunicipalityCentre>,
    /// The status line's counts for the first view, from the server.
    counts: MapCounts,
    words: MapWords,
    near_words: NearMeWords,
    children: Children,
) -> impl IntoView {
    let only_in_view = RwSignal::new(false);
    let hydrated = RwSignal::new(false);
    let leaflet_ready = RwSignal::new(false);
    // Effects run only in the browser, after hydration: the server and the first render in the
    // browser both show the placeholder, so hydration matches. The body's `data-hydrated` tells
    // styles and tests that the map is live.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "");
        }
        hydrated.set(true);
        if leaflet_loaded() {
            leaflet_ready.set(true);
        }
    });
    // Leaflet is asked for by the live island only (not by the server's page, whose map may never
    // be asked for); its script once a document.
    let load_leaflet = move || hydrated.get() && !leaflet_ready.get();
    let preview = match query.as_str() {
        "" => "/mapa/nahled.svg".to_owned(),
        query => format!("/mapa/nahled.svg?{query}"),
    };
    let near_query = query.clone();
    let viewport = RwSignal::new(None::<Viewport>);
    let current = RwSignal::new(None::<MapView>);
    let failure = RwSignal::new(None::<String>);
    fetch_markers(query, viewport, current, failure);
    let current = current.read_only();
    let shared_words = StoredValue::new(words.clone());

    view! {
        // The button's room is kept before the script runs, so the map does not move down when
        // it appears.
        <div class="near-me-slot">
            <super::near_me::NearMe query=near_query words=near_words list_words=words.clone() />
        </div>
        <Show when=move || hydrated.get()>
            <link rel="stylesheet" href="/leaflet/leaflet.css" />
        </Show>
        <Show when=load_leaflet>
            <script src="/leaflet/leaflet.js" on:load=move |_| leaflet_ready.set(true)></script>
        </Show>
        <section class="live-map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="visually-hidden">{words.heading.clone()}</h2>
            <Show
                when=move || leaflet_ready.get()
                fallback={
                    let (alt, show) = (words.preview_alt.clone(), words.show.clone());
                    move || view! { <MapPreview src=preview.clone() alt=alt.clone() show=show.clone() /> }
                }
            >
                {
                    let tiles = tiles.clone();
                    let centres = centres.clone();
                    move || leaflet_map(tiles.clone(), centres.clone(), shared_words.get_value(), viewport, current)
                }
            </Show>
            <MapStatus first=counts current failure words=words.clone() />
            <p class="muted" id="map-help">{words.help.clone()}</p>
            <div class="field checkbox">
                <input
                    id="only-in-view"
                    type="checkbox"
                    prop:checked=move || only_in_view.get()
                    on:change=move |ev| only_in_view.set(event_target_checked(&ev))
                    data-starts-island=""
                />
                <label for="only-in-view">{words.only_in_view.clone()}</label>
            </div>
            <Show when=move || only_in_view.get()>
                {
                    move || {
                        let words = shared_words.get_value();
                        current
                            .get()
                            .map(|view| view! { <super::list::InViewList services=view.in_view total=view.in_view_total words /> })
                    }
                }
            </Show>
        </section>
        <section class="map-list" aria-label=words.list.clone() hidden=move || only_in_view.get()>
            {children()}
        </section>
    }
}

/// The server's picture of the map ([`domain::map::Preview`]): the first screen shows the map
/// before Leaflet is ready, and without JavaScript. Its button, shown by the page's script while
/// the live map's code is not fetched yet, fetches it.
#[component]
fn MapPreview(src: String, alt: String, show: String) -> impl IntoView {
    use domain::map::preview;
    view! {
        <div class="map-frame map-placeholder">
            <img
                src=src
                width=preview::WIDTH
                height=preview::HEIGHT
                alt=alt
            />
            <button type="button" class="map-start" data-starts-island="" hidden=true>
                {show}
            </button>
        </div>
    }
}

/// "Ve výřezu mapy: 3 služby z 47 na mapě.": the server's counts for the first view until the
/// live map says its own, so the line does not appear (and move the page) when it does.
#[component]
fn MapStatus(
    first: MapCounts,
    current: ReadSignal<Option<MapView>>,
    failure: RwSignal<Option<String>>,
    words: MapWords,
) -> impl IntoView {
    view! {
        <p class="map-status" role="status" aria-live="polite">
            {move || failure.get().map(|message| view! { <strong class="notice">{message}</strong> " " })}
            {move || words.status(current.with(|v| v.as_ref().map_or(first, MapView::counts)))}
        </p>
    }
}

/// Asks the server for the markers whenever the view changes (in the browser only: effects do
/// not run on the server). Answers that arrive after a newer request are dropped.
fn fetch_markers(
    query: String,
    viewport: RwSignal<Option<Viewport>>,
    current: RwSignal<Option<MapView>>,
    failure: RwSignal<Option<String>>,
) {
    let query = StoredValue::new(query);
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let Some((bounds, zoom)) = viewport.get() else {
            return;
        };
        latest.update_value(|n| *n += 1);
        let request = latest.get_value();
        leptos::task::spawn_local(async move {
            let answer = super::api::map_markers(query.get_value(), bounds, zoom).await;
            if latest.get_value() != request {
                return;
            }
            match answer {
                Ok(view) => {
                    failure.set(None);
                    current.set(Some(view));
                }
                Err(error) => failure.set(Some(error.to_string())),
            }
        });
    });
}

/// Leaflet's script has run (it defines the global `L`).
fn leaflet_loaded() -> bool {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window().is_some_and(|w| {
            js_sys::Reflect::has(&w, &wasm_bindgen::JsValue::from_str("L")).unwrap_or(false)
        })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        false
    }
}

#[cfg(not(feature = "hydrate"))]
fn leaflet_map(
    _tiles: TileSource,
    _centres: Vec<MunicipalityCentre>,
    _words: MapWords,
    _viewport: RwSignal<Option<Viewport>>,
    _current: ReadSignal<Option<MapView>>,
) -> impl IntoView {
}

#[cfg(feature = "hydrate")]
fn leaflet_map(
    tiles: TileSource,
    centres: Vec<MunicipalityCentre>,
    words: MapWords,
    viewport: RwSignal<Option<Viewport>>,
    current: ReadSignal<Option<MapView>>,
) -> impl IntoView {
    use super::drawing::DrawnMap;

    let frame = NodeRef::<leptos::html::Div>::new();
    let drawn = StoredValue::new_local(None::<DrawnMap>);
    on_cleanup(move || {
        if let Some(map) = drawn.try_update_value(Option::take).flatten() {
            map.remove();
        }
    });
    let cluster = words.cluster.clone();
    Effect::new(move |_| {
        let items = current.with(|v| v.as_ref().map(|v| v.items.clone()).unwrap_or_default());
        let Some(container) = frame.get() else {
            return;
        };
        drawn.update_value(|drawn| {
            drawn
                .get_or_insert_with(|| {
                    DrawnMap::new(
                        &container,
                        &tiles,
                        &centres,
                        words.clone(),
                        move |bounds, zoom| {
                            viewport.set(Some((bounds, zoom)));
                        },
                    )
                })
                .show(items);
        });
    });
    // Leaflet opens a marker's popup on Enter, but gives other markers nothing: Enter or Space on
    // a cluster clicks it.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        if ev.key() != "Enter" && ev.key() != " " {
            return;
        }
        let Some(icon) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        if icon.class_list().contains("leaflet-marker-icon")
            && icon
                .get_attribute("aria-label")
                .is_some_and(|alt| alt.starts_with(&cluster))
        {
            ev.prevent_default();
            icon.click();
        }
    };

    view! {
        <div on:keydown=on_key>
            <div class="map-frame" node_ref=frame></div>
        </div>
    }
}
