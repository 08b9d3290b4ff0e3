//! The few parts of Leaflet's API the map uses, bound directly (Leaflet's script, served from
//! `/leaflet/`, defines the global `L`). A binding of the whole API (leptos-leaflet) cost the map
//! island three times the code.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `L.Map`.
    #[derive(Clone)]
    pub type Map;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    pub fn new_map(container: &web_sys::HtmlElement, options: &Object) -> Map;
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &Map, centre: &Array, zoom: f64);
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds(this: &Map, bounds: &Array);
    #[wasm_bindgen(method, js_name = getBounds)]
    pub fn get_bounds(this: &Map) -> LatLngBounds;
    #[wasm_bindgen(method, js_name = getCenter)]
    pub fn get_center(this: &Map) -> LatLng;
    #[wasm_bindgen(method, js_name = getZoom)]
    pub fn get_zoom(this: &Map) -> f64;
    #[wasm_bindgen(method, js_name = getContainer)]
    pub fn get_container(this: &Map) -> web_sys::HtmlElement;
    #[wasm_bindgen(method, js_name = on)]
    pub fn on_map(this: &Map, event: &str, handler: &Function);
    #[wasm_bindgen(method, js_name = remove)]
    pub fn remove_map(this: &Map);

    /// `L.LatLngBounds`.
    pub type LatLngBounds;
    #[wasm_bindgen(method, js_name = getSouth)]
    pub fn south(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getWest)]
    pub fn west(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getNorth)]
    pub fn north(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getEast)]
    pub fn east(this: &LatLngBounds) -> f64;

    /// `L.LatLng`.
    pub type LatLng;
    #[wasm_bindgen(method, getter)]
    pub fn lat(this: &LatLng) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn lng(this: &LatLng) -> f64;

    /// Any `L.Layer`: tiles, circles, markers, a group of markers.
    pub type Layer;
    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    pub fn tile_layer(url: &str, options: &Object) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = circle)]
    pub fn circle(centre: &Array, options: &Object) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    pub fn marker(at: &Array, options: &Object) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = layerGroup)]
    pub fn layer_group() -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &Object) -> JsValue;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, target: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = bindPopup)]
    pub fn bind_popup(this: &Layer, content: &web_sys::Element);
    #[wasm_bindgen(method, js_name = on)]
    pub fn on(this: &Layer, event: &str, handler: &Function);
    #[wasm_bindgen(method)]
    pub fn remove(this: &Layer);
    /// A marker's element, once it is on the map.
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &Layer) -> Option<web_sys::HtmlElement>;
}

/// `[lat, lon]`, as Leaflet takes a position.
pub fn lat_lng(lat: f64, lon: f64) -> Array {
    Array::of2(&lat.into(), &lon.into())
}

/// `[[south, west], [north, east]]`, as Leaflet takes a rectangle.
pub fn bounds(b: domain::map::Bounds) -> Array {
    let (sw, ne) = (b.south_west(), b.north_east());
    Array::of2(&lat_lng(sw.lat(), sw.lon()), &lat_lng(ne.lat(), ne.lon()))
}

/// An options object from name–value pairs.
pub fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in pairs {
        // Setting a property of a new plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

/// `[x, y]` in pixels.
pub fn point(x: f64, y: f64) -> JsValue {
    Array::of2(&x.into(), &y.into()).into()
}
