//! Importing HSDS 3.0 JSON — `organizations.json` and `services.json` as `server export` writes
//! them, or as another system following the specification does. Each object is read through the
//! domain types (phones, IČO, municipality codes, code lists), the portal's taxonomy terms and
//! attributes turn back into Czech fields, and everything is written in one transaction.
//!
//! Records already present are matched and left unchanged: a provider by IČO (or by name when it
//! has none), a service by register id (or by name within its provider). Importing the same
//! files twice therefore changes nothing. Attributes of taxonomies the portal does not know are
//! reported as skipped, never dropped silently.

use super::sample::{LocationEntry, OrganizationEntry, ServiceEntry};
use super::{ImportError, Writer};
use crate::{Store, StoreError};
use domain::hsds::{self, Attribute, Organization, Service};
use domain::{
    Coordinates, DeliveryForm, Email, Ico, MunicipalityCode, OpeningHours, Phone, Postcode,
    RegisterId, ServiceType, Slug, TargetGroup, WebUrl,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What an HSDS import did, or (dry run) would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HsdsReport {
    pub organizations_added: usize,
    pub services_added: usize,
    /// Already in the directory: left as they are.
    pub organizations_present: usize,
    pub services_present: usize,
    /// What was read but not kept, each with its reason.
    pub skipped: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("soubor {path} nelze přečíst")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("soubor {path} není platný HSDS JSON: {detail}")]
    Json { path: String, detail: String },
    #[error(transparent)]
    Invalid(#[from] ImportError),
    #[error("databáze selhala")]
    Store(#[from] StoreError),
}

impl Store {
    /// Imports `organizations.json` and `services.json` from `dir`; with `dry_run`, reports what it
    /// would do and changes nothing. The providers are read whole (they are few); the services
    /// stream, one at a time, so memory stays flat however large the file.
    #[tracing::instrument(skip(self))]
    pub async fn import_hsds(&self, dir: &Path, dry_run: bool) -> Result<HsdsReport, HsdsError> {
        let organizations: Vec<Organization> = read(&dir.join("organizations.json"))?;
        let mut report = HsdsReport::default();
        let mut writer = Writer::begin(&self.pool).await?;
        writer.known_municipalities().await?;
        // Each provider by its HSDS id: its name and its id in the database.
        let mut providers: HashMap<String, (String, i64)> = HashMap::new();
        for organization in &organizations {
            let entry = organization_entry(organization, &mut report)?;
            let id = match existing_organization(&mut writer, &entry).await? {
                Some(id) => {
                    report.organizations_present += 1;
                    id
                }
                None => {
                    report.organizations_added += 1;
                    writer.organization(&entry).await?
                }
            };
            providers.insert(organization.id.clone(), (entry.name, id));
        }
        let (mut services, parser) = stream_array::<Service>(dir.join("services.json"));
        while let Some(service) = services.recv().await {
            let provider = service
                .organization_id
                .as_ref()
                .and_then(|id| providers.get(id));
            let Some((name, id)) = provider else {
                report.skipped.push(format!(
                    "služba „{}“: její poskytovatel v organizations.json není, vynechána",
                    service.name
                ));
                continue;
            };
            let entry = service_entry(&service, &mut report)?;
            if existing_service(&mut writer, *id, &entry).await? {
                report.services_present += 1;
            } else {
                writer.service(*id, name, &entry).await?;
                report.services_added += 1;
            }
        }
        parser.await.map_err(|e| HsdsError::Json {
            path: dir.join("services.json").display().to_string(),
            detail: e.to_string(),
        })??;
        if dry_run {
            writer.abandon().await?;
        } else {
            writer.commit().await?;
        }
        Ok(report)
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, HsdsError> {
    let text = std::fs::read(path).map_err(|source| HsdsError::Read {
        path: path.display().to_string(),
        source,
    })?;
    serde_json::from_slice(&text).map_err(|e| HsdsError::Json {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

/// The items of the JSON array in `path`, parsed on a blocking thread and handed over one at a
/// time (at most 64 waiting); the task's result says whether the file parsed to its end.
fn stream_array<T>(
    path: PathBuf,
) -> (
    tokio::sync::mpsc::Receiver<T>,
    tokio::task::JoinHandle<Result<(), HsdsError>>,
)
where
    T: serde::de::DeserializeOwned + Send + 'static,
{
    struct Each<T>(tokio::sync::mpsc::Sender<T>);

    impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Each<T> {
        type Value = ();

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while let Some(item) = seq.next_element::<T>()? {
                if self.0.blocking_send(item).is_err() {
                    // The import stopped (a refused record): nothing more to read.
                    return Ok(());
                }
            }
            Ok(())
        }
    }

    let (sender, receiver) = tokio::sync::mpsc::channel(64);
    let parser = tokio::task::spawn_blocking(move || {
        let json = |e: serde_json::Error| HsdsError::Json {
            path: path.display().to_string(),
            detail: e.to_string(),
        };
        let file = std::fs::File::open(&path).map_err(|source| HsdsError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let mut reader = serde_json::Deserializer::from_reader(std::io::BufReader::new(file));
        serde::Deserializer::deserialize_seq(&mut reader, Each(sender)).map_err(json)?;
        reader.end().map_err(json)
    });
    (receiver, parser)
}

async fn existing_organization(
    writer: &mut Writer,
    entry: &OrganizationEntry,
) -> Result<Option<i64>, StoreError> {
    let ico = entry.ico.as_ref().map(|i| i.as_str());
    Ok(sqlx::query_scalar!(
        r#"SELECT id AS "id!: i64" FROM organizations
           WHERE (?1 IS NOT NULL AND ico = ?1) OR (?1 IS NULL AND ico IS NULL AND name = ?2)
           LIMIT 1"#,
        ico,
        entry.name
    )
    .fetch_optional(&mut *writer.tx)
    .await?)
}

async fn existing_service(
    writer: &mut Writer,
    organization: i64,
    entry: &ServiceEntry,
) -> Result<bool, StoreError> {
    let register = entry.register_id.as_ref().map(|r| r.as_str());
    Ok(sqlx::query_scalar!(
        r#"SELECT id AS "id!: i64" FROM services
           WHERE (?1 IS NOT NULL AND register_id = ?1)
              OR (?1 IS NULL AND organization_id = ?2 AND name = ?3)
           LIMIT 1"#,
        register,
        organization,
        entry.name
    )
    .fetch_optional(&mut *writer.tx)
    .await?
    .is_some())
}

/// A parse failure of one record, named.
fn invalid(record: &str, what: &str, error: impl std::fmt::Display) -> ImportError {
    ImportError::Service {
        service: record.to_owned(),
        detail: format!("{what}: {error}"),
    }
}

fn organization_entry(
    o: &Organization,
    report: &mut HsdsReport,
) -> Result<OrganizationEntry, ImportError> {
    let refuse = |what: &str, e: &dyn std::fmt::Display| ImportError::Organization {
        organization: o.name.clone(),
        detail: format!("{what}: {e}"),
    };
    let ico = o
        .organization_identifiers
        .iter()
        .find(|i| i.identifier_type == "IČO")
        .map(|i| Ico::parse(&i.identifier).map_err(|e| refuse("IČO", &e)))
        .transpose()?;
    let seat = o.locations.first();
    let address = seat.and_then(|l| l.addresses.first());
    let mut attributes = Attributes::read(&o.attributes, &o.name, report);
    Ok(OrganizationEntry {
        name: o.name.clone(),
        ico,
        legal_form: o.legal_status.clone(),
        description: o.description.clone(),
        street: address.and_then(|a| street(a, None)),
        municipality: seat
            .map(|l| municipality(l.external_identifier.as_deref()))
            .transpose()
            .map_err(|e| refuse("obec sídla", &e))?
            .flatten(),
        postcode: address
            .and_then(|a| postcode(&a.postal_code).transpose())
            .transpose()
            .map_err(|e| refuse("PSČ", &e))?,
        phones: phones(&o.phones).map_err(|e| refuse("telefon", &e))?,
        emails: emails(o.email.as_deref(), &o.contacts).map_err(|e| refuse("e-mail", &e))?,
        web: o
            .website
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|e| refuse("web", &e))?,
        contact_note: attributes.contact_note.take(),
        services: Vec::new(),
    })
}

fn service_entry(s: &Service, report: &mut HsdsReport) -> Result<ServiceEntry, ImportError> {
    let name = s.name.as_str();
    let attributes = Attributes::read(&s.attributes, name, report);
    let mut locations = Vec::new();
    for at in &s.service_at_locations {
        let Some(place) = &at.location else {
            report.skipped.push(format!(
                "služba „{name}“: místo {} bez polohy vynecháno",
                at.id
            ));
            continue;
        };
        let Some(code) = municipality(place.external_identifier.as_deref())
            .map_err(|e| invalid(name, "obec", e))?
        else {
            report.skipped.push(format!(
                "služba „{name}“: místo {} bez kódu obce (external_identifier) vynecháno",
                place.id
            ));
            continue;
        };
        let approximate = place.attributes.iter().any(|a| {
            a.taxonomy_term.as_ref().and_then(|t| t.code.as_deref())
                == Some(hsds::Property::ApproximatePosition.code())
        });
        let position = match (place.latitude, place.longitude) {
            (Some(lat), Some(lon)) if !approximate => Some(
                Coordinates::new(lat, lon).map_err(|_| invalid(name, "poloha", "mimo rozsah"))?,
            ),
            _ => None,
        };
        let address = place.addresses.first();
        locations.push(LocationEntry {
            name: place.name.clone(),
            street: address.and_then(|a| street(a, place.name.as_deref())),
            municipality: code,
            postcode: address
                .and_then(|a| postcode(&a.postal_code).transpose())
                .transpose()
                .map_err(|e| invalid(name, "PSČ", e))?,
            position,
            hours: hours(&at.schedules).map_err(|e| invalid(name, "provozní doba místa", e))?,
        });
    }
    let area = s
        .service_areas
        .iter()
        .filter_map(|a| {
            let code = a.uri.as_deref()?.strip_prefix(hsds::RUIAN_MUNICIPALITY)?;
            Some(MunicipalityCode::parse(code).map_err(|e| invalid(name, "obec působnosti", e)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if area.len() < s.service_areas.len() {
        report.skipped.push(format!(
            "služba „{name}“: {} oblastí bez odkazu na obec v RÚIAN vynecháno",
            s.service_areas.len() - area.len()
        ));
    }
    Ok(ServiceEntry {
        key: attributes.key,
        name: s.name.clone(),
        description: s.description.clone().unwrap_or_default(),
        keywords: attributes.keywords.unwrap_or_default(),
        service_type: attributes.service_type,
        register_id: attributes.register_id,
        forms: attributes.forms,
        target_groups: attributes.target_groups,
        hours: hours(&s.schedules).map_err(|e| invalid(name, "provozní doba", e))?,
        phones: phones(&s.phones).map_err(|e| invalid(name, "telefon", e))?,
        emails: emails(s.email.as_deref(), &s.contacts).map_err(|e| invalid(name, "e-mail", e))?,
        web: s
            .url
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|e| invalid(name, "web", e))?,
        cost: s.fees_description.clone(),
        contact_note: attributes.contact_note,
        area,
        area_radius_km: None,
        area_districts: Vec::new(),
        locations,
    })
}

/// The Czech fields a record's attributes carry.
#[derive(Default)]
struct Attributes {
    service_type: Option<ServiceType>,
    forms: Vec<DeliveryForm>,
    target_groups: Vec<TargetGroup>,
    register_id: Option<RegisterId>,
    keywords: Option<String>,
    contact_note: Option<String>,
    key: Option<Slug>,
}

impl Attributes {
    /// Reads the portal's terms; anything else is reported as skipped, with the record's name.
    fn read(attributes: &[Attribute], record: &str, report: &mut HsdsReport) -> Attributes {
        let mut found = Attributes::default();
        for attribute in attributes {
            let term = attribute.taxonomy_term.as_ref();
            let taxonomy = term
                .and_then(|t| t.taxonomy.as_deref())
                .and_then(|t| t.split(':').next())
                .unwrap_or_default();
            let code = term.and_then(|t| t.code.as_deref()).unwrap_or_default();
            let value = attribute.value.clone();
            let kept = match taxonomy {
                "druh-sluzby" => ServiceType::from_slug(code)
                    .map(|t| found.service_type = Some(t))
                    .is_ok(),
                "forma-poskytovani" => DeliveryForm::from_slug(code)
                    .map(|f| found.forms.push(f))
                    .is_ok(),
                "cilova-skupina" => TargetGroup::from_slug(code)
                    .map(|g| found.target_groups.push(g))
                    .is_ok(),
                // Audiences follow from the target groups.
                "skupina-obyvatel" => true,
                "vlastnost" => found.property(code, value),
                _ => false,
            };
            if !kept {
                let name = term.map_or(attribute.id.as_str(), |t| t.name.as_str());
                report.skipped.push(format!(
                    "„{record}“: atribut „{name}“ portál nezná, vynechán"
                ));
            }
        }
        found
    }

    fn property(&mut self, code: &str, value: Option<String>) -> bool {
        let Some(value) = value else {
            return code == hsds::Property::ApproximatePosition.code();
        };
        match code {
            "registr-id" => RegisterId::parse(&value)
                .map(|r| self.register_id = Some(r))
                .is_ok(),
            "klicova-slova" => {
                self.keywords = Some(value);
                true
            }
            "poznamka-ke-kontaktu" => {
                self.contact_note = Some(value);
                true
            }
            "klic-sluzby" => Slug::parse(&value).map(|k| self.key = Some(k)).is_ok(),
            "poloha-priblizna" => true,
            _ => false,
        }
    }
}

fn municipality(code: Option<&str>) -> Result<Option<MunicipalityCode>, domain::IdError> {
    code.map(MunicipalityCode::parse).transpose()
}

/// The street of an address: `address_1`, unless it only repeats the place's name or the city
/// (the export writes one of those when the street is unknown).
fn street(address: &hsds::Address, name: Option<&str>) -> Option<String> {
    let line = address.address_1.trim();
    (!line.is_empty() && Some(line) != name && line != address.city).then(|| line.to_owned())
}

fn postcode(raw: &str) -> Result<Option<Postcode>, domain::IdError> {
    (!raw.trim().is_empty())
        .then(|| Postcode::parse(raw))
        .transpose()
}

fn phones(phones: &[hsds::Phone]) -> Result<Vec<Phone>, domain::ContactError> {
    phones.iter().map(|p| Phone::parse(&p.number)).collect()
}

fn emails(
    first: Option<&str>,
    contacts: &[hsds::Contact],
) -> Result<Vec<Email>, domain::ContactError> {
    first
        .into_iter()
        .chain(contacts.iter().filter_map(|c| c.email.as_deref()))
        .map(Email::parse)
        .collect()
}

/// The hours as the schedules' description says them (the export writes the typed text there).
fn hours(
    schedules: &[hsds::Schedule],
) -> Result<Option<OpeningHours>, domain::opening_hours::HoursError> {
    schedules
        .iter()
        .find_map(|s| s.description.as_deref())
        .map(OpeningHours::parse)
        .transpose()
}
