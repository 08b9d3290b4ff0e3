//! Where a service is: its locations, the municipalities it reaches, and the derived
//! `service_places` the municipality filter reads. The import and the editor write them here, so
//! the derived table is kept the same way whoever writes.

use crate::StoreError;
use domain::{Coordinates, MunicipalityCode};
use sqlx::AnyConnection;

/// A location about to be written.
pub(crate) struct NewLocation<'a> {
    pub name: Option<&'a str>,
    pub street: Option<&'a str>,
    pub municipality: MunicipalityCode,
    pub postcode: Option<&'a str>,
    pub at: Coordinates,
    /// `at` is the municipality's centre, not the address.
    pub approximate: bool,
    pub hours: Option<String>,
}

pub(crate) async fn insert_location(
    conn: &mut AnyConnection,
    service_id: i64,
    position: usize,
    l: &NewLocation<'_>,
) -> Result<(), StoreError> {
    let (lat, lon) = (l.at.lat(), l.at.lon());
    let code = i64::from(l.municipality.number());
    let order = position as i64;
    sqlx::query(
        r#"INSERT INTO locations
           (service_id, position, name, street, municipality_code, postcode, lat, lon,
           position_approximate, hours)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"#,
    )
    .bind(service_id)
    .bind(order)
    .bind(l.name)
    .bind(l.street)
    .bind(code)
    .bind(l.postcode)
    .bind(lat)
    .bind(lon)
    .bind(i64::from(l.approximate))
    .bind(&l.hours)
    .execute(conn)
    .await?;
    Ok(())
}

pub(crate) async fn insert_area(
    conn: &mut AnyConnection,
    service_id: i64,
    codes: impl IntoIterator<Item = MunicipalityCode>,
) -> Result<(), StoreError> {
    for code in codes {
        let code = i64::from(code.number());
        sqlx::query("INSERT INTO service_areas (service_id, municipality_code) VALUES ($1, $2)")
            .bind(service_id)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Rewrites the municipalities where the service is present: its locations' and its area's.
pub(crate) async fn refresh_places(
    conn: &mut AnyConnection,
    service_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM service_places WHERE service_id = $1")
        .bind(service_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        r#"INSERT INTO service_places (municipality_code, service_id)
         SELECT municipality_code, service_id FROM locations WHERE service_id = $1
         UNION
         SELECT municipality_code, service_id FROM service_areas WHERE service_id = $1"#,
    )
    .bind(service_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Puts the service's stored locations on the positions an import knows for them (a location
/// found by its municipality and street), where they are not there already. How many moved.
pub(crate) async fn refine_positions(
    conn: &mut AnyConnection,
    service_id: i64,
    locations: &[domain::import::LocationEntry],
) -> Result<u64, StoreError> {
    let mut moved = 0;
    for location in locations {
        let Some(at) = location.position else {
            continue;
        };
        moved += sqlx::query(
            r#"UPDATE locations SET lat = $1, lon = $2, position_approximate = 0
               WHERE service_id = $3 AND municipality_code = $4 AND street IS NOT DISTINCT FROM $5
               AND (position_approximate <> 0 OR lat IS NULL OR lon IS NULL OR lat <> $1 OR lon <>
               $2)"#,
        )
        .bind(at.lat())
        .bind(at.lon())
        .bind(service_id)
        .bind(i64::from(location.municipality.number()))
        .bind(location.street.as_deref())
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    Ok(moved)
}
