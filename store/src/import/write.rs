//! Writing a directory into the database inside one transaction. The sample importer and the
//! data-set generator both write through here, so the search index and the derived tables are
//! kept the same way whatever the source.

use super::municipalities::{MunicipalityRecord, Town};
use super::{ImportError, ImportReport};
use crate::StoreError;
use crate::places::{self, NewLocation};
use crate::rows::json;
use domain::import::{OrganizationEntry, ServiceEntry};
use domain::text::sort_key;
use domain::{DeliveryForm, MunicipalityCode, Slug, TargetGroup};
use sqlx::{Any, AnyPool, Transaction};
use std::collections::{BTreeSet, HashMap};

pub(crate) struct Writer {
    pub(super) tx: Transaction<'static, Any>,
    municipalities: HashMap<MunicipalityCode, Town>,
    /// Ids of what has been written, by the names that later records refer to them with.
    pub(super) topics: HashMap<Slug, i64>,
    pub(super) audiences: HashMap<Slug, i64>,
    pub(super) services: HashMap<Slug, i64>,
    pub(super) faqs: HashMap<Slug, i64>,
    pub(super) report: ImportReport,
}

impl Writer {
    pub(crate) async fn begin(pool: &AnyPool) -> Result<Writer, StoreError> {
        Ok(Writer {
            tx: pool.begin().await?,
            municipalities: HashMap::new(),
            topics: HashMap::new(),
            audiences: HashMap::new(),
            services: HashMap::new(),
            faqs: HashMap::new(),
            report: ImportReport::default(),
        })
    }

    /// Commits, bumping the catalogue version so that every server rebuilds its search index.
    pub(crate) async fn commit(mut self) -> Result<ImportReport, StoreError> {
        crate::catalog::bump_version(&mut *self.tx).await?;
        self.tx.commit().await?;
        Ok(self.report)
    }

    pub(crate) async fn site(
        &mut self,
        region_name: &str,
        district_codes: &[String],
        sample: bool,
    ) -> Result<(), StoreError> {
        if district_codes.is_empty() {
            return Err(ImportError::Site("at least one district code is needed".into()).into());
        }
        let districts = json(district_codes);
        let sample = if sample { "1" } else { "0" };
        for (key, value) in [
            ("region_name", region_name),
            ("district_codes", &districts),
            ("sample_data", sample),
        ] {
            sqlx::query(
                r#"INSERT INTO site_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE
                   SET value = excluded.value"#,
            )
            .bind(key)
            .bind(value)
            .execute(&mut *self.tx)
            .await?;
        }
        Ok(())
    }

    /// Learns the municipalities already in the database (an import into a running portal).
    pub(crate) async fn known_municipalities(&mut self) -> Result<(), StoreError> {
        let towns = super::municipalities::stored_towns(&mut *self.tx).await?;
        self.municipalities.extend(towns);
        Ok(())
    }

    /// Rolls everything back: a dry run.
    pub(crate) async fn abandon(self) -> Result<ImportReport, StoreError> {
        self.tx.rollback().await?;
        Ok(self.report)
    }

    pub(crate) async fn municipalities(
        &mut self,
        records: &[MunicipalityRecord],
    ) -> Result<(), StoreError> {
        for m in records {
            let code = i64::from(m.code.number());
            let postcode = m.postcode.as_ref().map(|p| p.as_str());
            let (lat, lon) = (m.centre.lat(), m.centre.lon());
            let key = sort_key(&m.name);
            sqlx::query(
                r#"INSERT INTO municipalities (code, name, district, district_code, region,
                   postcode, lat, lon, sort_key)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"#,
            )
            .bind(code)
            .bind(&m.name)
            .bind(&m.district)
            .bind(&m.district_code)
            .bind(&m.region)
            .bind(postcode)
            .bind(lat)
            .bind(lon)
            .bind(&key)
            .execute(&mut *self.tx)
            .await?;
            self.municipalities.insert(
                m.code,
                Town {
                    name: m.name.clone(),
                    centre: m.centre,
                    district_code: m.district_code.clone(),
                },
            );
        }
        self.report.municipalities += records.len();
        Ok(())
    }

    pub(crate) async fn organization(
        &mut self,
        org: &OrganizationEntry,
    ) -> Result<i64, StoreError> {
        let invalid = |detail: String| ImportError::Organization {
            organization: org.name.clone(),
            detail,
        };
        if let Some(code) = org.municipality {
            self.municipality(code).map_err(invalid)?;
        }
        let ico = org.ico.as_ref().map(|i| i.as_str());
        let municipality = org.municipality.map(|c| i64::from(c.number()));
        let postcode = org.postcode.as_ref().map(|p| p.as_str());
        let phones = json(&org.phones);
        let emails = json(&org.emails);
        let web = org.web.as_ref().map(|w| w.as_str());
        let key = sort_key(&org.name);
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO organizations
               (name, ico, legal_form, description, street, municipality_code, postcode, phones,
               emails, web, contact_note, sort_key)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
               RETURNING id"#,
        )
        .bind(&org.name)
        .bind(ico)
        .bind(&org.legal_form)
        .bind(&org.description)
        .bind(&org.street)
        .bind(municipality)
        .bind(postcode)
        .bind(&phones)
        .bind(&emails)
        .bind(web)
        .bind(&org.contact_note)
        .bind(&key)
        .fetch_one(&mut *self.tx)
        .await?;
        self.report.organizations += 1;
        Ok(id)
    }

    /// Whether the municipality is in the list, in a sentence when it is not.
    pub(crate) fn knows(&self, code: MunicipalityCode) -> Result<(), String> {
        self.municipality(code).map(|_| ())
    }

    /// The first rule a service with these places breaks, in a sentence: a municipality not in
    /// the list, then `domain::service_rules`. New services and imported changes both pass here.
    pub(crate) fn service_problem(
        &self,
        forms: &[DeliveryForm],
        target_groups: &[TargetGroup],
        locations: &[MunicipalityCode],
        area: &[MunicipalityCode],
    ) -> Option<String> {
        if let Some(Err(unknown)) = locations
            .iter()
            .chain(area)
            .map(|code| self.knows(*code))
            .find(Result::is_err)
        {
            return Some(unknown);
        }
        domain::service_rules::reach_problems(
            forms,
            target_groups,
            !locations.is_empty(),
            !area.is_empty(),
        )
        .first()
        .map(ToString::to_string)
    }

    fn municipality(&self, code: MunicipalityCode) -> Result<&Town, String> {
        self.municipalities
            .get(&code)
            .ok_or_else(|| format!("obec s kódem {code} není v seznamu obcí"))
    }

    pub(crate) async fn service(
        &mut self,
        organization_id: i64,
        organization_name: &str,
        s: &ServiceEntry,
    ) -> Result<i64, StoreError> {
        let invalid = |detail: String| ImportError::Service {
            service: s.name.clone(),
            detail,
        };
        let area = self.area(s).map_err(invalid)?;
        let places: Vec<MunicipalityCode> = s.locations.iter().map(|l| l.municipality).collect();
        let reached: Vec<MunicipalityCode> = area.iter().copied().collect();
        if let Some(problem) = self.service_problem(&s.forms, &s.target_groups, &places, &reached) {
            return Err(invalid(problem).into());
        }

        let service_type = s.service_type.map(|t| t.slug());
        let register_id = s.register_id.as_ref().map(|r| r.as_str());
        let forms = DeliveryForm::mask(&s.forms);
        let languages = domain::ServiceLanguage::mask(&s.languages);
        let target_groups = TargetGroup::mask(&s.target_groups);
        let hours = s.hours.as_ref().map(ToString::to_string);
        let phones = json(&s.phones);
        let emails = json(&s.emails);
        let web = s.web.as_ref().map(|w| w.as_str());
        let sort = sort_key(&s.name);
        let service_key = s.key.as_ref().map(Slug::as_str);
        if let Some(k) = &s.key {
            let stored =
                sqlx::query_scalar::<_, Option<i64>>("SELECT id FROM services WHERE key = $1")
                    .bind(service_key)
                    .fetch_optional(&mut *self.tx)
                    .await?;
            if self.services.contains_key(k) || stored.is_some() {
                return Err(invalid(format!("klíč „{k}“ má už jiná služba")).into());
            }
        }
        let id = sqlx::query_scalar::<_, i64>(
            r#"INSERT INTO services
               (organization_id, key, name, description, keywords, service_type, register_id,
               forms, languages,
               target_groups, hours, phones, emails, web, cost, contact_note, sort_key,
               capacities)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
               $18)
               RETURNING id"#,
        )
        .bind(organization_id)
        .bind(service_key)
        .bind(&s.name)
        .bind(&s.description)
        .bind(&s.keywords)
        .bind(service_type)
        .bind(register_id)
        .bind(forms)
        .bind(languages)
        .bind(target_groups)
        .bind(&hours)
        .bind(&phones)
        .bind(&emails)
        .bind(web)
        .bind(&s.cost)
        .bind(&s.contact_note)
        .bind(&sort)
        .bind(json(&s.capacities))
        .fetch_one(&mut *self.tx)
        .await?;
        if let Some(k) = &s.key {
            self.services.insert(k.clone(), id);
        }

        let mut place_names = Vec::new();
        for (position, location) in s.locations.iter().enumerate() {
            let place = self
                .municipality(location.municipality)
                .map_err(invalid)?
                .clone();
            let new = NewLocation {
                name: location.name.as_deref(),
                street: location.street.as_deref(),
                municipality: location.municipality,
                postcode: location.postcode.as_ref().map(|p| p.as_str()),
                at: location.position.unwrap_or(place.centre),
                approximate: location.position.is_none(),
                hours: location.hours.as_ref().map(ToString::to_string),
            };
            places::insert_location(&mut self.tx, id, position, &new).await?;
            place_names.push(place.name);
        }
        places::insert_area(&mut self.tx, id, area).await?;
        places::refresh_places(&mut self.tx, id).await?;

        let stems = crate::fts::service_stems(&crate::fts::ServiceText {
            name: &s.name,
            organization: organization_name,
            keywords: &s.keywords,
            description: &s.description,
            service_type: s.service_type,
            forms: &s.forms,
            target_groups: &s.target_groups,
            places: &place_names,
        });
        sqlx::query("INSERT INTO service_search (rowid, stems) VALUES ($1, $2)")
            .bind(id)
            .bind(&stems)
            .execute(&mut *self.tx)
            .await?;
        self.report.services += 1;
        Ok(id)
    }

    /// The municipalities a service reaches: those listed, those within its radius, and those of
    /// its districts.
    fn area(&self, s: &ServiceEntry) -> Result<BTreeSet<MunicipalityCode>, String> {
        let mut area = BTreeSet::new();
        for code in &s.area {
            self.municipality(*code)?;
            area.insert(*code);
        }
        if let Some(radius) = s.area_radius_km {
            let first = s
                .locations
                .first()
                .ok_or("oblast v okruhu potřebuje místo poskytování")?;
            let centre = first
                .position
                .unwrap_or(self.municipality(first.municipality)?.centre);
            area.extend(
                self.municipalities
                    .iter()
                    .filter(|(_, place)| place.centre.distance_km(centre) <= radius)
                    .map(|(code, _)| *code),
            );
        }
        // A district's LAU code (`CZ0314`) or a region's NUTS 3 code (`CZ031`), which begins
        // the codes of its districts.
        for district in &s.area_districts {
            let before = area.len();
            let within = |place: &Town| place.district_code.starts_with(district.as_str());
            area.extend(
                self.municipalities
                    .iter()
                    .filter(|(_, place)| within(place))
                    .map(|(code, _)| *code),
            );
            if area.len() == before && !self.municipalities.values().any(within) {
                return Err(format!("okres s kódem {district} není v seznamu obcí"));
            }
        }
        Ok(area)
    }
}
