//! The interactive map, drawn only in the browser: Leaflet (served by the portal from
//! `/leaflet/`) through leptos-leaflet. The server renders a placeholder in its place, because
//! leptos-leaflet's map cannot be rendered on a multi-threaded server, and the page's list
//! already says everything the map shows.
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

/// The rectangle as Leaflet takes it.
#[cfg(feature = "hydrate")]
fn lat_lng_bounds(b: domain::map::Bounds) -> leptos_leaflet::leaflet::LatLngBounds {
    use leptos_leaflet::leaflet::{LatLng, LatLngBounds};
    let (sw, ne) = (b.south_west(), b.north_east());
    LatLngBounds::new(
        &LatLng::new(sw.lat(), sw.lon()),
        &LatLng::new(ne.lat(), ne.lon()),
    )
}

/// What stays the same while a marker stays the same: its position and what it holds.
#[cfg(feature = "hydrate")]
fn marker_key(item: &domain::map::MapItem) -> String {
    use domain::map::MapItem;
    let p = item.position();
    match item {
        MapItem::Cluster { count, .. } => format!("c{:.6},{:.6}:{count}", p.lat(), p.lon()),
        MapItem::Place(place) => {
            let ids: Vec<String> = place.services.iter().map(|s| s.id.to_string()).collect();
            format!("p{:.6},{:.6}:{}", p.lat(), p.lon(), ids.join(","))
        }
    }
}

/// A place's marker and its popup: each service with its provider, its forms and a link.
#[cfg(feature = "hydrate")]
#[component]
fn PlacePin(place: domain::map::Place) -> impl IntoView {
    use super::marker_icon;
    use crate::catalog::forms_text;
    use leptos_leaflet::prelude::*;
    let (lat, lon) = (place.position.lat(), place.position.lon());
    let label = place_label(&place);
    let approximate = place.approximate;
    view! {
        <Pin lat lon icon=marker_icon::place(place.services.len()) px=marker_icon::PLACE_PX label>
            <Popup>
                <div class="map-popup">
                    <ul>
                        {place
                            .services
                            .into_iter()
                            .map(|s| view! {
                                <li>
                                    <a href=format!("/sluzby/{}", s.id) target=crate::embed::new_tab()>{s.name}</a>
                                    <br />
                                    {s.organization.name}
                                    <br />
                                    <span class="muted">{forms_text(&s.forms)}</span>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                    {approximate.then(|| view! { <p class="muted">"Poloha je střed obce, přesnou adresu najdete na stránce služby."</p> })}
                </div>
            </Popup>
        </Pin>
    }
}

/// How a cluster marker's name begins; the keyboard handler knows clusters by it.
#[cfg(feature = "hydrate")]
const CLUSTER_LABEL: &str = "Shluk:";

/// A place marker's name: the service, or the municipality with the number of services and the
/// first few names.
#[cfg(feature = "hydrate")]
fn place_label(place: &domain::map::Place) -> String {
    use crate::common::count;
    const NAMED: usize = 3;
    match place.services.as_slice() {
        [one] => format!("{}, {}", one.name, place.municipality.name),
        services => {
            let names: Vec<&str> = services
                .iter()
                .take(NAMED)
                .map(|s| s.name.as_str())
                .collect();
            let more = if services.len() > NAMED {
                " a další"
            } else {
                ""
            };
            format!(
                "{}: {} – {}{more}",
                place.municipality.name,
                count(services.len() as u32, "služba", "služby", "služeb"),
                names.join(", ")
            )
        }
    }
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
    use super::marker_icon;
    use crate::common::count;
    use domain::map::MapItem;
    use leptos_leaflet::prelude::*;

    let (map, set_map) = create_map_signal();
    let report_view = move || {
        if let Some(m) = map.get_untracked() {
            let b = m.get_bounds();
            let (sw, ne) = (b.get_south_west(), b.get_north_east());
            let bounds = format!(
                "{:.5},{:.5},{:.5},{:.5}",
                sw.lat(),
                sw.lng(),
                ne.lat(),
                ne.lng()
            );
            viewport.set(Some((bounds, m.get_zoom().round().clamp(0.0, 18.0) as u8)));
        }
    };
    // The first view holds the whole district.
    let district = domain::map::Bounds::around(centres.iter().map(|c| c.centre));
    Effect::new(move |_| {
        if let Some(m) = map.get() {
            if let Some(d) = district {
                m.fit_bounds(&lat_lng_bounds(d));
            }
            report_view();
        }
    });
    let events = MapEvents::new().move_end(move |_| report_view());
    let centre = district.map_or((49.3, 14.15), |d| {
        ((d.south() + d.north()) / 2.0, (d.west() + d.east()) / 2.0)
    });

    // Zooming into a cluster redraws the markers, so the keyboard focus goes to the map itself.
    let fit = move |b: domain::map::Bounds| {
        if let Some(m) = map.get_untracked() {
            m.fit_bounds(&lat_lng_bounds(b));
            let _ = m.get_container().focus();
        }
    };
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
        <MapContainer
            class="map-frame"
            center=Position::new(centre.0, centre.1)
            zoom=10.0
            map=set_map
            events
        >
            <TileLayer url=tiles.url attribution=tiles.attribution />
            {centres
                .into_iter()
                .map(|c| {
                    let (lat, lon) = (c.centre.lat(), c.centre.lon());
                    view! {
                        <Circle center=position!(lat, lon) radius=250.0 color="#5c6b73" weight=Some(1.0) interactive=Some(false) />
                    }
                })
                .collect_view()}
            // Keyed, so markers that stay in view survive a new answer (and an open popup with them).
            <For
                each=move || current.get().map(|v| v.items).unwrap_or_default()
                key=marker_key
                let(item)
            >
                {match item {
                    MapItem::Cluster { position, count: n, bounds } => {
                        let (lat, lon) = (position.lat(), position.lon());
                        let label = format!("{CLUSTER_LABEL} {}. Přiblížit.", count(n, "služba", "služby", "služeb"));
                        let click = MouseEvents::new().on_click(move |_| fit(bounds));
                        view! { <Pin lat lon icon=marker_icon::cluster(n) px=marker_icon::CLUSTER_PX label mouse_events=click /> }
                            .into_any()
                    }
                    MapItem::Place(place) => view! { <PlacePin place /> }.into_any(),
                }}
            </For>
        </MapContainer>
        </div>
    }
}

/// A marker drawn as a square image of `px` pixels centred on its position, named by `label` for
/// screen readers (the image's alternative text) and for pointers (its title).
#[cfg(feature = "hydrate")]
#[component]
fn Pin(
    lat: f64,
    lon: f64,
    icon: String,
    px: f64,
    label: String,
    #[prop(optional)] mouse_events: leptos_leaflet::prelude::MouseEvents,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    use leptos_leaflet::prelude::*;
    view! {
        <Marker
            position=position!(lat, lon)
            icon_url=Some(icon)
            icon_size=Some((px, px))
            icon_anchor=Some((px / 2.0, px / 2.0))
            alt=label.clone()
            title=label
            mouse_events
        >
            {children.map(|c| c())}
        </Marker>
    }
}
