//! The interactive map, drawn only in the browser: Leaflet (served by the portal from
//! `/leaflet/`), drawn by [`super::drawing`]. The server renders a placeholder in its place: the
//! page's list already says everything the map shows.
//!
//! The map asks the server for the markers of its view whenever it stops moving; the server
//! clusters them, so a view costs a few kilobytes however many services the filter matches.

use domain::map::{MapView, MunicipalityCentre, TileSource};
use leptos::prelude::*;

/// The map's view as the server function takes it: `south,west,north,east` and the zoom.
pub type Viewport = (String, u8);

/// The map, its status line and the page's list (`children`, rendered by the server), which the
/// checkbox "Seznam jen podle výřezu mapy" swaps for the services in the map's view. An island:
/// the only part of the page that runs in the browser besides "Blízko mě".
#[island(lazy)]
pub fn LiveMap(
    query: String,
    tiles: TileSource,
    centres: Vec<MunicipalityCentre>,
    children: Children,
) -> impl IntoView {
    let only_in_view = RwSignal::new(false);
    let leaflet_ready = RwSignal::new(false);
    // Effects run only in the browser, after hydration: the server and the first render in the
    // browser both show the placeholder, so hydration matches. The body's `data-hydrated` tells
    // styles and tests that the map is live.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "");
        }
        if leaflet_loaded() {
            leaflet_ready.set(true);
        }
    });
    let viewport = RwSignal::new(None::<Viewport>);
    let current = RwSignal::new(None::<MapView>);
    let failure = RwSignal::new(None::<String>);
    fetch_markers(query, viewport, current, failure);
    let current = current.read_only();

    view! {
        <link rel="stylesheet" href="/leaflet/leaflet.css" />
        <script src="/leaflet/leaflet.js" async=true data-once="" on:load=move |_| leaflet_ready.set(true)></script>
        <section class="live-map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="visually-hidden">"Mapa"</h2>
            <Show
                when=move || leaflet_ready.get()
                fallback=|| view! { <div class="map-frame map-placeholder"><p>"Mapa se načítá. Všechny služby najdete i v seznamu níže."</p></div> }
            >
                {
                    let tiles = tiles.clone();
                    let centres = centres.clone();
                    move || leaflet_map(tiles.clone(), centres.clone(), viewport, current)
                }
            </Show>
            <MapStatus current failure />
            <p class="muted" id="map-help">
                "Mapu posunete myší, prstem nebo šipkami, přiblížíte kolečkem nebo klávesami + a −. Shluky značek se po výběru přiblíží; značka služby ukáže její název a odkaz."
            </p>
            <div class="field checkbox">
                <input
                    id="only-in-view"
                    type="checkbox"
                    prop:checked=move || only_in_view.get()
                    on:change=move |ev| only_in_view.set(event_target_checked(&ev))
                />
                <label for="only-in-view">"Seznam jen podle výřezu mapy"</label>
            </div>
            <Show when=move || only_in_view.get()>
                {move || {
                    current
                        .get()
                        .map(|view| view! { <super::list::InViewList services=view.in_view total=view.in_view_total /> })
                }}
            </Show>
        </section>
        <section class="map-list" aria-label="Seznam služeb" hidden=move || only_in_view.get()>
            {children()}
        </section>
    }
}

/// "Na mapě je 42 služeb, 6 terénních služeb bez adresy je jen v seznamu."
#[component]
fn MapStatus(
    current: ReadSignal<Option<MapView>>,
    failure: RwSignal<Option<String>>,
) -> impl IntoView {
    use crate::common::count;
    view! {
        <p class="map-status" role="status" aria-live="polite">
            {move || failure.get().map(|message| view! { <strong class="notice">{message}</strong> " " })}
            {move || {
                current
                    .get()
                    .map(|v| {
                        let mut text = format!(
                            "Ve výřezu mapy: {} z {} na mapě.",
                            count(v.in_view_total, "služba", "služby", "služeb"),
                            v.located,
                        );
                        if v.field_only > 0 {
                            text.push_str(&format!(
                                " {} bez stálé adresy najdete jen v seznamu.",
                                count(v.field_only, "terénní služba", "terénní služby", "terénních služeb"),
                            ));
                        }
                        text
                    })
            }}
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
    _viewport: RwSignal<Option<Viewport>>,
    _current: ReadSignal<Option<MapView>>,
) -> impl IntoView {
}

#[cfg(feature = "hydrate")]
fn leaflet_map(
    tiles: TileSource,
    centres: Vec<MunicipalityCentre>,
    viewport: RwSignal<Option<Viewport>>,
    current: ReadSignal<Option<MapView>>,
) -> impl IntoView {
    use super::drawing::{CLUSTER_LABEL, DrawnMap};

    let frame = NodeRef::<leptos::html::Div>::new();
    let drawn = StoredValue::new_local(None::<DrawnMap>);
    on_cleanup(move || {
        if let Some(map) = drawn.try_update_value(Option::take).flatten() {
            map.remove();
        }
    });
    Effect::new(move |_| {
        let items = current.with(|v| v.as_ref().map(|v| v.items.clone()).unwrap_or_default());
        let Some(container) = frame.get() else {
            return;
        };
        drawn.update_value(|drawn| {
            drawn
                .get_or_insert_with(|| {
                    DrawnMap::new(&container, &tiles, &centres, move |bounds, zoom| {
                        viewport.set(Some((bounds, zoom)));
                    })
                })
                .show(items);
        });
    });
    // Leaflet opens a marker's popup on Enter, but gives other markers nothing: Enter or Space on
    // a cluster clicks it.
    let on_key = |ev: web_sys::KeyboardEvent| {
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
                .get_attribute("alt")
                .is_some_and(|alt| alt.starts_with(CLUSTER_LABEL))
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
