//! The map as Leaflet draws it in the browser: tiles, the district's municipalities as faint
//! circles, and the server's markers, kept in step with each answer (markers that stay keep their
//! open popup). The view is kept for the tab's session, so a filter change, which replaces the
//! page, does not move the map back to the whole district.

use super::leaflet::{self, Layer, Map, lat_lng, options, point};
use super::words::MapWords;
use domain::Coordinates;
use domain::map::marker::{CLUSTER_PX, PLACE_PX};
use domain::map::{Bounds, MapItem, MunicipalityCentre, Place, TileSource};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;

/// Where the view is kept between pages of one tab.
const SAVED_VIEW: &str = "pomoc-mapa-vyrez";

/// A live Leaflet map and the markers it shows.
pub struct DrawnMap {
    map: Map,
    markers: Layer,
    pins: HashMap<String, Pin>,
    /// The markers' names and popups in the page's language; a cluster's name begins with
    /// `words.cluster`, by which the keyboard handler knows clusters.
    words: MapWords,
    _on_move: Closure<dyn FnMut()>,
}

/// A marker on the map, with its click handler (clusters) kept alive as long as it is.
struct Pin {
    layer: Layer,
    _on_click: Option<Closure<dyn FnMut()>>,
}

impl DrawnMap {
    /// Draws the map in `container` and reports its view (`south,west,north,east` and the zoom)
    /// to `moved` now and whenever it stops moving.
    pub fn new(
        container: &web_sys::HtmlElement,
        tiles: &TileSource,
        centres: &[MunicipalityCentre],
        words: MapWords,
        moved: impl Fn(String, u8) + 'static,
    ) -> Self {
        let map = leaflet::new_map(container, &options(&[]));
        match saved_view() {
            Some((lat, lon, zoom)) => map.set_view(&lat_lng(lat, lon), zoom),
            None => match Bounds::around(centres.iter().map(|c| c.centre)) {
                Some(district) => map.fit_bounds(&leaflet::bounds(district)),
                None => map.set_view(&lat_lng(49.3, 14.15), 10.0),
            },
        }
        // On a screen of more than one pixel per CSS pixel, tiles of the next zoom at half size:
        // street names stay legible on phones. Not when the phone asks to save data.
        let tile_options = options(&[
            ("attribution", tiles.attribution.as_str().into()),
            ("detectRetina", (!saves_data()).into()),
        ]);
        leaflet::tile_layer(&tiles.url, &tile_options).add_to(&map);
        for c in centres {
            let circle = options(&[
                ("radius", 250.0.into()),
                ("color", "#5c6b73".into()),
                ("weight", 1.0.into()),
                ("interactive", false.into()),
            ]);
            leaflet::circle(&lat_lng(c.centre.lat(), c.centre.lon()), &circle).add_to(&map);
        }
        let markers = leaflet::layer_group().add_to(&map);

        let report = {
            let map = map.clone();
            move || {
                let (bounds, zoom) = view_of(&map);
                save_view(&map);
                moved(bounds, zoom);
            }
        };
        report();
        let on_move = Closure::<dyn FnMut()>::new(report);
        map.on_map("moveend", on_move.as_ref().unchecked_ref());
        Self {
            map,
            markers,
            pins: HashMap::new(),
            words,
            _on_move: on_move,
        }
    }

    /// Shows `items`: markers no longer among them go, new ones come, the rest stay.
    pub fn show(&mut self, items: Vec<MapItem>) {
        let mut wanted: HashMap<String, MapItem> =
            items.into_iter().map(|i| (marker_key(&i), i)).collect();
        self.pins.retain(|key, pin| {
            let stays = wanted.remove(key).is_some();
            if !stays {
                pin.layer.remove();
            }
            stays
        });
        for (key, item) in wanted {
            let pin = self.pin(item);
            self.pins.insert(key, pin);
        }
    }

    /// Takes the map out of the page.
    pub fn remove(self) {
        self.map.remove_map();
    }

    fn pin(&self, item: MapItem) -> Pin {
        match item {
            MapItem::Cluster {
                position,
                count: n,
                bounds,
            } => {
                let words = &self.words;
                let label = format!(
                    "{} {}. {}",
                    words.cluster,
                    words.services.say(n),
                    words.zoom_in
                );
                let layer = marker(position, Disc::Cluster(n), &label);
                // Zooming in redraws the markers, so the keyboard focus goes to the map itself.
                let map = self.map.clone();
                let click = Closure::<dyn FnMut()>::new(move || {
                    map.fit_bounds(&leaflet::bounds(bounds));
                    let _ = map.get_container().focus();
                });
                layer.on("click", click.as_ref().unchecked_ref());
                name(layer.add_to(&self.markers), &label);
                Pin {
                    layer,
                    _on_click: Some(click),
                }
            }
            MapItem::Place(place) => {
                let label = place_label(&place, &self.words);
                let layer = marker(place.position, Disc::Place(place.services.len()), &label);
                layer.bind_popup(&popup(&place, &self.words));
                name(layer.add_to(&self.markers), &label);
                Pin {
                    layer,
                    _on_click: None,
                }
            }
        }
    }
}

/// The map's view as the server function takes it.
fn view_of(map: &Map) -> (String, u8) {
    let b = map.get_bounds();
    let bounds = format!(
        "{:.5},{:.5},{:.5},{:.5}",
        b.south(),
        b.west(),
        b.north(),
        b.east()
    );
    (bounds, map.get_zoom().round().clamp(0.0, 18.0) as u8)
}

/// The browser asks pages to save data (`navigator.connection.saveData`, Chromium's data saver).
fn saves_data() -> bool {
    use js_sys::Reflect;
    let connection = Reflect::get(&leptos::prelude::window().navigator(), &"connection".into());
    connection
        .and_then(|c| Reflect::get(&c, &"saveData".into()))
        .is_ok_and(|s| s.is_truthy())
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn save_view(map: &Map) {
    let centre = map.get_center();
    let value = format!("{:.5},{:.5},{}", centre.lat(), centre.lng(), map.get_zoom());
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(SAVED_VIEW, &value);
    }
}

/// The view kept by [`save_view`]: latitude, longitude and zoom.
fn saved_view() -> Option<(f64, f64, f64)> {
    let value = session_storage()?.get_item(SAVED_VIEW).ok()??;
    let mut parts = value.split(',').map(|p| p.parse::<f64>().ok());
    let (lat, lon, zoom) = (parts.next()??, parts.next()??, parts.next()??);
    Coordinates::new(lat, lon).ok()?;
    (0.0..=18.0).contains(&zoom).then_some((lat, lon, zoom))
}

/// What stays the same while a marker stays the same: its position and what it holds.
fn marker_key(item: &MapItem) -> String {
    let p = item.position();
    match item {
        MapItem::Cluster { count, .. } => format!("c{:.6},{:.6}:{count}", p.lat(), p.lon()),
        MapItem::Place(place) => {
            let ids: Vec<String> = place.services.iter().map(|s| s.id.to_string()).collect();
            format!("p{:.6},{:.6}:{}", p.lat(), p.lon(), ids.join(","))
        }
    }
}

/// What a marker shows: a place with its number of services, or a cluster with its count.
enum Disc {
    Place(usize),
    Cluster(u32),
}

/// A marker drawn as a disc by the page's styles (`.map-marker`: no image to decode per marker)
/// centred on its position, titled by `label` for pointers.
fn marker(at: Coordinates, disc: Disc, label: &str) -> Layer {
    let (class, px, text) = match disc {
        Disc::Place(1) => ("map-marker place", PLACE_PX, String::new()),
        Disc::Place(n) => ("map-marker place", PLACE_PX, n.to_string()),
        Disc::Cluster(n) => ("map-marker cluster", CLUSTER_PX, n.to_string()),
    };
    let icon = leaflet::div_icon(&options(&[
        ("className", class.into()),
        // Digits only: Leaflet sets it as HTML.
        ("html", text.into()),
        ("iconSize", point(px, px)),
        ("iconAnchor", point(px / 2.0, px / 2.0)),
    ]));
    leaflet::marker(
        &lat_lng(at.lat(), at.lon()),
        &options(&[("icon", icon), ("title", label.into())]),
    )
}

/// Names a marker on the map for screen readers: Leaflet makes it a button, whose text would
/// otherwise be its bare number.
fn name(marker: Layer, label: &str) {
    if let Some(element) = marker.get_element() {
        let _ = element.set_attribute("aria-label", label);
    }
}

/// A place marker's name: the service, or the municipality with the number of services and the
/// first few names.
fn place_label(place: &Place, words: &MapWords) -> String {
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
                format!(" {}", words.and_more)
            } else {
                String::new()
            };
            format!(
                "{}: {} – {}{more}",
                place.municipality.name,
                words.services.say(services.len() as u32),
                names.join(", ")
            )
        }
    }
}

/// A place's popup: each service with its provider, its forms and a link.
fn popup(place: &Place, words: &MapWords) -> web_sys::Element {
    let root = element("div", Some("map-popup"), None);
    let list = element("ul", None, None);
    for s in &place.services {
        let item = element("li", None, None);
        let link = element("a", None, Some(&s.name));
        let _ = link.set_attribute("href", &words.lang.path(&format!("/sluzby/{}", s.id)));
        if let Some(target) = crate::embed::new_tab() {
            let _ = link.set_attribute("target", target);
        }
        let forms = words.forms(&s.forms);
        let provider = element("span", None, Some(&s.organization.name));
        if words.lang != domain::Lang::Cs {
            // Providers' names are Czech: screen readers should say them so.
            let _ = link.set_attribute("lang", "cs");
            let _ = provider.set_attribute("lang", "cs");
        }
        for child in [
            link,
            element("br", None, None),
            provider,
            element("br", None, None),
            element("span", Some("muted"), Some(&forms)),
        ] {
            let _ = item.append_child(&child);
        }
        let _ = list.append_child(&item);
    }
    let _ = root.append_child(&list);
    if place.approximate {
        let note = &words.popup_approximate;
        let _ = root.append_child(&element("p", Some("muted"), Some(note)));
    }
    root
}

fn element(tag: &str, class: Option<&str>, text: Option<&str>) -> web_sys::Element {
    let element = leptos::prelude::document()
        .create_element(tag)
        .unwrap_throw();
    if let Some(class) = class {
        element.set_class_name(class);
    }
    element.set_text_content(text);
    element
}
