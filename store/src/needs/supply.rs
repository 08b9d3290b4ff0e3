//! The supply of published services against the population of an audience's age.

use crate::{Store, StoreError, rows};
use domain::needs::supply::{AgeRange, Supply, SupplyService, supply};
use domain::{Audience, DeliveryForm, MunicipalityCode, ServiceType};
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: i64,
    service_type: Option<String>,
    forms: i64,
    target_groups: i64,
    capacities: String,
}

#[derive(sqlx::FromRow)]
struct PlaceRow {
    service_id: i64,
    municipality_code: i64,
}

impl Store {
    /// The supply for `audience` (its services and the ages of its target groups), or for
    /// everyone.
    pub async fn supply(&self, audience: Option<&Audience>) -> Result<Supply, StoreError> {
        let ages = audience.map_or(AgeRange::ALL, |a| AgeRange::of_groups(&a.target_groups));
        let people = self.people_of(ages).await?;
        let municipalities = self.district_municipalities().await?;
        let mut places: HashMap<i64, Vec<MunicipalityCode>> = HashMap::new();
        for place in sqlx::query_as::<_, PlaceRow>(
            "SELECT service_id, municipality_code FROM service_places",
        )
        .fetch_all(&self.pool)
        .await?
        {
            let code = rows::municipality_code(place.municipality_code, place.service_id)?;
            places.entry(place.service_id).or_default().push(code);
        }
        let mut services = Vec::new();
        for row in sqlx::query_as::<_, ServiceRow>(
            r#"SELECT id, service_type, forms, target_groups, capacities
               FROM services WHERE published = 1"#,
        )
        .fetch_all(&self.pool)
        .await?
        {
            if audience.is_some_and(|a| !a.covers(row.target_groups)) {
                continue;
            }
            services.push(SupplyService {
                service_type: rows::parsed::<ServiceType>(row.service_type, "druh služby", row.id)?,
                field: DeliveryForm::from_mask(row.forms).contains(&DeliveryForm::Field),
                municipalities: places.remove(&row.id).unwrap_or_default(),
                capacities: rows::list(&row.capacities, "kapacita", row.id)?,
            });
        }
        Ok(supply(ages, &municipalities, &people, &services))
    }
}
