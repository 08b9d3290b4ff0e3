//! Facet counts: how many results each choice would give with every other criterion kept.
//! One grouped query returns the distinct (type, forms, target groups) combinations with their
//! counts; the counts per audience, type and form are summed from it here. Municipalities are
//! counted by a second query, for the municipalities of the site's districts.

use super::criteria::{Criteria, Dimension};
use crate::{StoreError, rows};
use domain::catalog::{AudienceRef, FacetCount, Facets, MunicipalityRef};
use domain::{Audience, DeliveryForm, ServiceType, TargetGroup};
use sqlx::{QueryBuilder, SqlitePool};

#[derive(sqlx::FromRow)]
struct Group {
    service_type: Option<String>,
    forms: i64,
    target_groups: i64,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct MunicipalityCount {
    code: i64,
    name: String,
    n: i64,
}

/// The facets and the total number of results for the criteria.
pub(crate) async fn facets(
    pool: &SqlitePool,
    criteria: &Criteria,
    audiences: &[Audience],
    district_codes: &str,
) -> Result<(Facets, u32), StoreError> {
    let groups = groups(pool, criteria).await?;
    let sum = |except: Option<Dimension>, wanted: &dyn Fn(&Group) -> bool| -> u32 {
        let n: i64 = groups
            .iter()
            .filter(|g| {
                criteria.admits(g.service_type.as_deref(), g.forms, g.target_groups, except)
                    && wanted(g)
            })
            .map(|g| g.n)
            .sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    let total = sum(None, &|_| true);
    let facets = Facets {
        audiences: audiences
            .iter()
            .map(|a| {
                let mask = TargetGroup::mask(&a.target_groups);
                FacetCount {
                    value: AudienceRef {
                        slug: a.slug.clone(),
                        name: a.name.clone(),
                    },
                    count: sum(Some(Dimension::Audience), &|g| g.target_groups & mask != 0),
                }
            })
            .collect(),
        service_types: ServiceType::ALL
            .iter()
            .map(|t| FacetCount {
                value: *t,
                count: sum(Some(Dimension::ServiceType), &|g| {
                    g.service_type.as_deref() == Some(t.slug())
                }),
            })
            .filter(|f| f.count > 0 || criteria.service_types.contains(&f.value.slug()))
            .collect(),
        forms: DeliveryForm::ALL
            .iter()
            .map(|f| FacetCount {
                value: *f,
                count: sum(Some(Dimension::Form), &|g| g.forms & (1 << f.bit()) != 0),
            })
            .collect(),
        municipalities: municipalities(pool, criteria, district_codes).await?,
    };
    Ok((facets, total))
}

async fn groups(pool: &SqlitePool, criteria: &Criteria) -> Result<Vec<Group>, StoreError> {
    let mut qb = QueryBuilder::new("");
    criteria.push_hits(&mut qb);
    qb.push("SELECT s.service_type, s.forms, s.target_groups, COUNT(*) AS n");
    criteria.push_from(&mut qb);
    // Municipality is applied here; the other criteria are applied per facet in Rust.
    let only_place = Criteria {
        audience_mask: None,
        target_group_mask: None,
        service_types: Vec::new(),
        form_mask: None,
        ..criteria.clone()
    };
    only_place.push_where(&mut qb, None);
    qb.push(" GROUP BY s.service_type, s.forms, s.target_groups");
    Ok(qb.build_query_as::<Group>().fetch_all(pool).await?)
}

async fn municipalities(
    pool: &SqlitePool,
    criteria: &Criteria,
    district_codes: &str,
) -> Result<Vec<FacetCount<MunicipalityRef>>, StoreError> {
    let mut qb = QueryBuilder::new("");
    criteria.push_hits(&mut qb);
    qb.push("SELECT m.code, m.name, (SELECT COUNT(*) FROM service_places p JOIN services s ON s.id = p.service_id");
    if criteria.text.is_some() {
        qb.push(" JOIN hits h ON h.id = s.id");
    }
    criteria.push_where(&mut qb, Some(Dimension::Municipality));
    qb.push(" AND p.municipality_code = m.code) AS n FROM municipalities m WHERE m.district_code IN (SELECT value FROM json_each(")
        .push_bind(district_codes.to_owned())
        .push(")) ORDER BY m.sort_key");
    qb.build_query_as::<MunicipalityCount>()
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|row| {
            Ok(FacetCount {
                value: MunicipalityRef {
                    code: rows::municipality_code(row.code, row.code)?,
                    name: row.name,
                },
                count: u32::try_from(row.n).unwrap_or(0),
            })
        })
        .collect()
}
