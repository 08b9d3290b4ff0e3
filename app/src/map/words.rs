//! The map's words in the page's language. The server renders them (the map's island and the
//! lists it shares with the page get them as props), so the browser bundle carries no messages.

use crate::i18n::{Arg, Counted, I18n};
use domain::map::{MapCounts, Nearby, NearbyService};
use domain::{DeliveryForm, Lang};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapWords {
    pub lang: Lang,
    pub heading: String,
    pub help: String,
    pub only_in_view: String,
    pub list: String,
    pub preview_alt: String,
    pub show: String,
    pub services: Counted,
    /// "Ve výřezu mapy: {services} z {located} na mapě."
    in_view: String,
    field_only: Counted,
    pub more_in_view: Counted,
    /// What a cluster's name starts with ("Shluk:"), so the keyboard can tell clusters apart.
    pub cluster: String,
    pub zoom_in: String,
    pub and_more: String,
    pub popup_approximate: String,
    pub field_group: String,
    /// The delivery forms' names, by bit.
    forms: Vec<String>,
    near: NearWords,
}

/// How the list by distance says where each service is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct NearWords {
    /// "v obci {place} nebo sem dojíždí"
    in_place: String,
    here: String,
    /// "{distance} od obce {place}"
    distance: String,
    /// "{distance} od vás"
    distance_you: String,
    field: String,
}

/// "Blízko mě".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearMeWords {
    pub heading: String,
    pub button: String,
    pub private: String,
    pub locating: String,
    pub nearest: String,
    pub unsupported: String,
    pub failed: String,
}

impl MapWords {
    pub fn new(i18n: I18n) -> MapWords {
        let slots = |key: &str, names: &[&str]| {
            let args: Vec<(&str, Arg)> = names
                .iter()
                .map(|n| (*n, Arg::Text(format!("{{{n}}}"))))
                .collect();
            i18n.t_with(key, &args)
        };
        MapWords {
            lang: i18n.lang,
            heading: i18n.t("map-heading"),
            help: i18n.t("map-help"),
            only_in_view: i18n.t("map-only-in-view"),
            list: i18n.t("map-list"),
            preview_alt: i18n.t("map-preview-alt"),
            show: i18n.t("map-show"),
            services: Counted::new(i18n, "map-services", &[]),
            in_view: slots("map-in-view", &["services", "located"]),
            field_only: Counted::new(i18n, "map-field-only", &[]),
            more_in_view: Counted::new(i18n, "map-more-in-view", &[]),
            cluster: i18n.t("map-cluster"),
            zoom_in: i18n.t("map-zoom-in"),
            and_more: i18n.t("map-and-more"),
            popup_approximate: i18n.t("map-popup-approximate"),
            field_group: i18n.t("map-field-group"),
            forms: DeliveryForm::ALL.iter().map(|f| i18n.form(*f)).collect(),
            near: NearWords {
                in_place: slots("map-near-in", &["place"]),
                here: i18n.t("map-near-here"),
                distance: slots("map-near-distance", &["distance", "place"]),
                distance_you: slots("map-near-distance-you", &["distance"]),
                field: i18n.t("map-near-field"),
            },
        }
    }

    /// "ambulantní, terénní".
    pub fn forms(&self, forms: &[DeliveryForm]) -> String {
        forms
            .iter()
            .filter_map(|f| self.forms.get(f.bit() as usize).cloned())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The status line: how many services the view shows of those on the map, and how many
    /// field services only the list has.
    pub fn status(&self, counts: MapCounts) -> String {
        let mut text = self
            .in_view
            .replace("{services}", &self.services.say(counts.in_view))
            .replace("{located}", &counts.located.to_string());
        if counts.field_only > 0 {
            text.push(' ');
            text.push_str(&self.field_only.say(counts.field_only));
        }
        text
    }

    /// Where a service of the list by distance is, from the origin.
    pub fn nearby_note(&self, nearby: &Nearby, n: &NearbyService) -> String {
        let place = nearby.municipality.as_ref().map(|m| m.name.as_str());
        let near = &self.near;
        match (n.in_municipality, n.distance, place) {
            (true, _, Some(place)) => near.in_place.replace("{place}", place),
            (true, _, None) => near.here.clone(),
            (false, Some(d), Some(place)) => near
                .distance
                .replace("{distance}", &d.to_string())
                .replace("{place}", place),
            (false, Some(d), None) => near.distance_you.replace("{distance}", &d.to_string()),
            (false, None, _) => near.field.clone(),
        }
    }
}

impl NearMeWords {
    pub fn new(i18n: I18n) -> NearMeWords {
        NearMeWords {
            heading: i18n.t("near-heading"),
            button: i18n.t("near-button"),
            private: i18n.t("near-private"),
            locating: i18n.t("near-locating"),
            nearest: i18n.t("near-nearest"),
            unsupported: i18n.t("near-unsupported"),
            failed: i18n.t("near-failed"),
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_counts_in_each_language() {
        let counts = MapCounts {
            in_view: 3,
            located: 47,
            field_only: 1,
        };
        let said = |lang| MapWords::new(I18n { lang }).status(counts);
        assert_eq!(
            said(Lang::Cs),
            "Ve výřezu mapy: 3 služby z 47 na mapě. 1 terénní službu bez stálé adresy najdete jen v seznamu."
        );
        assert_eq!(
            said(Lang::Uk),
            "У видимій частині мапи: 3 послуги з 47 на мапі. 1 виїзну послугу без постійної адреси ви знайдете лише у списку."
        );
        assert_eq!(
            said(Lang::En),
            "In the map's view: 3 services of 47 on the map. 1 outreach service without a fixed address is only in the list."
        );
        let words = MapWords::new(I18n { lang: Lang::En });
        assert_eq!(
            words.forms(&[DeliveryForm::Outpatient, DeliveryForm::Field]),
            "outpatient, outreach"
        );
    }
}
