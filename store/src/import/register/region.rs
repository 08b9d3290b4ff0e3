//! The portal's region seen from the national register: a service is the portal's when one of
//! its places is in, or its area reaches, one of the portal's municipalities; the rest of the
//! country is counted, not imported. Areas the register gives by district or region (LAU and
//! NUTS 3 codes) become the portal's municipalities in them.

use super::RegisterRead;
use crate::StoreError;
use crate::import::municipalities::{Town, stored_towns};
use domain::MunicipalityCode;
use domain::import::register::{CodeLists, Current, Ended, List};
use sqlx::AnyPool;
use std::collections::HashMap;

pub(super) struct Region {
    pub towns: HashMap<MunicipalityCode, Town>,
}

impl Region {
    pub(super) async fn load(pool: &AnyPool) -> Result<Region, StoreError> {
        Ok(Region {
            towns: stored_towns(pool).await?,
        })
    }

    pub(super) fn has(&self, code: MunicipalityCode) -> bool {
        self.towns.contains_key(&code)
    }

    /// Keeps a current service when it is the region's, with only the region's places.
    pub(super) fn take(&self, mut c: Current, lists: &CodeLists, read: &mut RegisterRead) {
        let service = &mut c.service;
        let districts = std::mem::take(&mut service.area_districts);
        let locations_before = service.locations.len();
        let area_outside = service.area.iter().filter(|c| !self.has(**c)).count();
        service.area.extend(
            self.towns
                .iter()
                .filter(|(_, town)| {
                    districts
                        .iter()
                        .any(|d| town.district_code.starts_with(d.as_str()))
                })
                .map(|(code, _)| *code),
        );
        service.area.sort();
        service.area.dedup();
        service.locations.retain(|l| self.has(l.municipality));
        service.area.retain(|code| self.has(*code));
        if service.locations.is_empty() && service.area.is_empty() {
            read.facts.elsewhere += 1;
            if let Some(id) = &service.register_id {
                read.outside.insert(id.as_str().to_owned());
            }
            return;
        }
        read.facts.places_elsewhere += locations_before - service.locations.len() + area_outside;
        read.facts.region_current += 1;
        if let Some(id) = &service.register_id {
            read.listed.insert(id.as_str().to_owned());
        }
        // A provider seated outside the portal keeps its address as text.
        let organization = &mut c.organization;
        if let Some(seat) = organization.municipality.filter(|m| !self.has(*m)) {
            let town = lists
                .get(List::Municipalities, &seat.number().to_string())
                .map(|e| e.name.clone())
                .filter(|n| !n.is_empty());
            organization.street = match (organization.street.take(), town) {
                (Some(street), Some(town)) => Some(format!("{street}, {town}")),
                (street, town) => street.or(town),
            };
            organization.municipality = None;
        }
        read.current.push(c);
    }

    /// Notes a service that is not current: counted for the region when it was the region's.
    pub(super) fn ended(&self, e: Ended, read: &mut RegisterRead) {
        if e.municipalities.iter().any(|m| self.has(*m)) {
            let kind = e.reason.kind();
            match read
                .facts
                .region_not_current
                .iter_mut()
                .find(|(k, _)| k == kind)
            {
                Some((_, n)) => *n += 1,
                None => read.facts.region_not_current.push((kind.to_owned(), 1)),
            }
        }
        read.ended.insert(
            e.register_id.as_str().to_owned(),
            (e.reason.date().to_owned(), e.reason.to_string()),
        );
    }
}
