//! The national register of social services (Registr poskytovatelů sociálních služeb, MPSV) as
//! its open data publish it: `rpss.json`, one item of `polozky` per registered service, with the
//! provider, its facilities and contacts, and references into the register's code lists.
//!
//! A code reference is read by its name when it carries one (`{"id": …, "nazev": …}`), else by
//! its number: `DruhSocialniSluzby/N` is the N-th type of the law (§ 37 is 1), and
//! `CilovaSkupinaOsoby/N` the N-th target group of the register's list; `FormaSocialniSluzby/…`
//! ends with the form's name. Addresses carry municipality codes but no coordinates: the store
//! places them on the municipality's centre, marked approximate.
//!
//! `poskytovatel.statutarniOrgany` names people: it is not even read (serde skips what a type
//! does not name), so it can be neither stored nor published.

use super::{LocationEntry, Notes, OrganizationEntry, Refusal, ServiceEntry};
use crate::text::fold;
use crate::{
    DeliveryForm, Email, Ico, MunicipalityCode, Phone, Postcode, RegisterId, ServiceType,
    TargetGroup, WebUrl,
};
use serde::Deserialize;

/// One registered service.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub identifikator: Text,
    #[serde(default)]
    pub nazev: Option<String>,
    pub druh_socialni_sluzby: Option<CodeRef>,
    pub poskytovatel: Provider,
    #[serde(default)]
    pub zarizeni: Vec<Facility>,
    #[serde(default)]
    pub cilove_skupiny: Vec<CodeRef>,
    #[serde(default)]
    pub vekove_skupiny: Vec<CodeRef>,
    #[serde(default)]
    pub formy: Vec<CodeRef>,
    #[serde(default)]
    pub kontaktni_adresy: Vec<Address>,
    #[serde(default)]
    pub emaily: Vec<Text>,
    #[serde(default)]
    pub telefony: Vec<Text>,
    #[serde(default)]
    pub weby: Vec<Text>,
    #[serde(default)]
    pub datum_poskytovani_od: Option<String>,
    #[serde(default)]
    pub datum_poskytovani_do: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Provider {
    pub nazev: String,
    #[serde(default)]
    pub ico: Option<Text>,
    #[serde(default)]
    pub pravni_forma: Option<CodeRef>,
    #[serde(default)]
    pub adresa: Option<Address>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Facility {
    #[serde(default)]
    pub nazev: Option<String>,
    pub adresa: Option<Address>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default)]
    pub kod_obce: Option<Text>,
    #[serde(default)]
    pub nazev_obce: Option<String>,
    #[serde(default)]
    pub ulice: Option<String>,
    #[serde(default)]
    pub cislo_domovni: Option<Text>,
    #[serde(default)]
    pub cislo_orientacni: Option<Text>,
    #[serde(default)]
    pub psc: Option<Text>,
}

/// A value the register writes as a string or as a number (codes, IČO, postcodes).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Text(String),
    Number(u64),
}

impl Text {
    pub fn as_string(&self) -> String {
        match self {
            Text::Text(t) => t.trim().to_owned(),
            Text::Number(n) => n.to_string(),
        }
    }
}

/// A reference into one of the register's code lists.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum CodeRef {
    Id(String),
    Named {
        id: String,
        #[serde(default)]
        nazev: Option<String>,
    },
}

impl CodeRef {
    fn id(&self) -> &str {
        match self {
            CodeRef::Id(id) | CodeRef::Named { id, .. } => id,
        }
    }

    fn name(&self) -> Option<&str> {
        match self {
            CodeRef::Named { nazev, .. } => nazev.as_deref(),
            CodeRef::Id(_) => None,
        }
    }

    /// The value of a list whose ids are `{list}/N`, N counting from 1 in the list's order.
    fn numbered<T: Copy>(&self, list: &str, all: &[T], label: fn(T) -> &'static str) -> Option<T> {
        if let Some(name) = self.name() {
            let name = fold(name);
            if let Some(found) = all.iter().find(|v| fold(label(**v)) == name) {
                return Some(*found);
            }
        }
        let n: usize = self
            .id()
            .strip_prefix(list)?
            .strip_prefix('/')?
            .parse()
            .ok()?;
        all.get(n.checked_sub(1)?).copied()
    }

    pub fn service_type(&self) -> Option<ServiceType> {
        self.numbered("DruhSocialniSluzby", ServiceType::ALL, ServiceType::label)
    }

    pub fn target_group(&self) -> Option<TargetGroup> {
        self.numbered("CilovaSkupinaOsoby", TargetGroup::ALL, TargetGroup::label)
    }

    pub fn delivery_form(&self) -> Option<DeliveryForm> {
        let slug = self.id().strip_prefix("FormaSocialniSluzby/")?;
        DeliveryForm::from_slug(&fold(slug)).ok()
    }

    fn describe(&self) -> String {
        self.name().unwrap_or(self.id()).to_owned()
    }
}

/// The register's file: `{"polozky": [...]}` (other keys are ignored).
#[derive(Debug, Deserialize)]
pub struct Document {
    pub polozky: Vec<Item>,
}

/// An item as the portal's provider and service. `today` (`YYYY-MM-DD`) refuses services the
/// register says have ended.
pub fn entries(
    item: &Item,
    today: &str,
    notes: &mut Notes,
) -> Result<(OrganizationEntry, ServiceEntry), Refusal> {
    let provider = &item.poskytovatel;
    let register_id = RegisterId::parse(&item.identifikator.as_string())
        .map_err(|e| Refusal::service(&item_name(item), "identifikátor", e))?;
    let name = item_name(item);
    let refuse = |what: &str, e: &dyn std::fmt::Display| Refusal::service(&name, what, e);
    if let Some(end) = item.datum_poskytovani_do.as_deref()
        && date(end).as_str() < today
    {
        return Err(refuse("poskytování skončilo", &date(end)));
    }
    let service_type = item
        .druh_socialni_sluzby
        .as_ref()
        .map(|code| {
            code.service_type()
                .ok_or_else(|| refuse("neznámý druh služby", &code.describe()))
        })
        .transpose()?;
    let mut target_groups = Vec::new();
    for code in &item.cilove_skupiny {
        match code.target_group() {
            Some(g) if !target_groups.contains(&g) => target_groups.push(g),
            Some(_) => {}
            None => notes.push(format!(
                "služba „{name}“: cílová skupina „{}“ není v číselníku portálu, vynechána",
                code.describe()
            )),
        }
    }
    let mut forms = Vec::new();
    for code in &item.formy {
        let form = code
            .delivery_form()
            .ok_or_else(|| refuse("neznámá forma poskytování", &code.describe()))?;
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    let seat = provider
        .adresa
        .as_ref()
        .map(|a| place(a).map_err(|e| Refusal::organization(&provider.nazev, "sídlo", e)))
        .transpose()?;
    let organization = OrganizationEntry {
        name: provider.nazev.trim().to_owned(),
        ico: provider
            .ico
            .as_ref()
            .map(|i| Ico::parse(&i.as_string()))
            .transpose()
            .map_err(|e| Refusal::organization(&provider.nazev, "IČO", e))?,
        legal_form: provider.pravni_forma.as_ref().map(CodeRef::describe),
        description: String::new(),
        street: seat.as_ref().and_then(|s| s.street.clone()),
        municipality: seat.as_ref().map(|s| s.municipality),
        postcode: seat.as_ref().and_then(|s| s.postcode.clone()),
        phones: Vec::new(),
        emails: Vec::new(),
        web: None,
        contact_note: None,
        services: Vec::new(),
    };
    let mut locations = Vec::new();
    for facility in &item.zarizeni {
        let Some(address) = &facility.adresa else {
            notes.push(format!("služba „{name}“: zařízení bez adresy vynecháno"));
            continue;
        };
        let at = place(address).map_err(|e| refuse("adresa zařízení", &e))?;
        locations.push(LocationEntry {
            name: facility.nazev.clone(),
            street: at.street,
            municipality: at.municipality,
            postcode: at.postcode,
            position: None,
            hours: None,
        });
    }
    // The register lists no reach for field services: they serve where their facilities and
    // contact addresses are, or where the provider sits.
    let mut area = Vec::new();
    if forms.contains(&DeliveryForm::Field) {
        for address in &item.kontaktni_adresy {
            area.push(
                place(address)
                    .map_err(|e| refuse("kontaktní adresa", &e))?
                    .municipality,
            );
        }
        area.extend(locations.iter().map(|l| l.municipality));
        if area.is_empty() {
            area.extend(organization.municipality);
        }
        area.sort();
        area.dedup();
    }
    let phones = item
        .telefony
        .iter()
        .map(|p| Phone::parse(&p.as_string()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| refuse("telefon", &e))?;
    let emails = item
        .emaily
        .iter()
        .map(|e| Email::parse(&e.as_string()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| refuse("e-mail", &e))?;
    let web = item
        .weby
        .first()
        .map(|w| WebUrl::parse(&w.as_string()))
        .transpose()
        .map_err(|e| refuse("web", &e))?;
    Ok((
        organization,
        ServiceEntry {
            key: None,
            name,
            description: String::new(),
            keywords: String::new(),
            service_type,
            register_id: Some(register_id),
            forms,
            target_groups,
            hours: None,
            phones,
            emails,
            web,
            cost: None,
            contact_note: None,
            area,
            area_radius_km: None,
            area_districts: Vec::new(),
            locations,
        },
    ))
}

/// The service's name: its own, or its type with the provider's name.
fn item_name(item: &Item) -> String {
    match item.nazev.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => {
            let kind = item
                .druh_socialni_sluzby
                .as_ref()
                .and_then(CodeRef::service_type)
                .map_or("Sociální služba", ServiceType::label);
            format!("{kind} – {}", item.poskytovatel.nazev.trim())
        }
    }
}

/// The date part of the register's timestamps (`2024-12-31T00:00:00`).
fn date(value: &str) -> String {
    value.trim().chars().take(10).collect()
}

struct Place {
    street: Option<String>,
    municipality: MunicipalityCode,
    postcode: Option<Postcode>,
}

#[derive(Debug, thiserror::Error)]
enum AddressError {
    #[error("chybí kód obce")]
    NoMunicipality,
    #[error(transparent)]
    Id(#[from] crate::IdError),
}

fn place(a: &Address) -> Result<Place, AddressError> {
    let code = a.kod_obce.as_ref().ok_or(AddressError::NoMunicipality)?;
    let number = [&a.cislo_domovni, &a.cislo_orientacni]
        .into_iter()
        .flatten()
        .map(Text::as_string)
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("/");
    let street = match (a.ulice.as_deref().map(str::trim), number.is_empty()) {
        (Some(street), true) if !street.is_empty() => Some(street.to_owned()),
        (Some(street), false) if !street.is_empty() => Some(format!("{street} {number}")),
        // A village without streets: the house number with the village's name.
        (_, false) => Some(match &a.nazev_obce {
            Some(village) => format!("{} č. p. {number}", village.trim()),
            None => format!("č. p. {number}"),
        }),
        _ => None,
    };
    Ok(Place {
        street,
        municipality: MunicipalityCode::parse(&code.as_string())?,
        postcode: a
            .psc
            .as_ref()
            .map(|p| Postcode::parse(&p.as_string()))
            .transpose()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(json: &str) -> Item {
        serde_json::from_str(json).unwrap()
    }

    const ITEM: &str = r#"{
        "identifikator": "1234567",
        "nazev": "Osobní asistence Písek",
        "druhSocialniSluzby": {"id": "DruhSocialniSluzby/3"},
        "poskytovatel": {
            "nazev": "Charita Písek", "ico": "25155521",
            "adresa": {"kodObce": 549240, "ulice": "Heydukova", "cisloDomovni": "97", "psc": "39701"},
            "statutarniOrgany": [{"jmeno": "Jana", "prijmeni": "Nováková"}]
        },
        "zarizeni": [{"nazev": "Středisko", "adresa": {"kodObce": "549240", "ulice": "Žižkova", "cisloDomovni": 12}}],
        "ciloveSkupiny": [{"id": "CilovaSkupinaOsoby/1"}, {"id": "x", "nazev": "osoby s tělesným postižením"}],
        "formy": ["FormaSocialniSluzby/terenni"],
        "telefony": ["382 213 090"],
        "emaily": ["asistence@charitapisek.cz"],
        "datumPoskytovaniOd": "2007-01-01T00:00:00"
    }"#;

    #[test]
    fn an_item_reads_into_a_provider_and_a_field_service() {
        let mut notes = Notes::new();
        let (org, service) = entries(&item(ITEM), "2026-11-24", &mut notes).unwrap();
        assert_eq!(org.name, "Charita Písek");
        assert_eq!(org.ico.unwrap().as_str(), "25155521");
        assert_eq!(org.street.as_deref(), Some("Heydukova 97"));
        assert_eq!(service.service_type, Some(ServiceType::ALL[2]));
        assert_eq!(
            service.target_groups,
            [TargetGroup::Seniors, TargetGroup::PhysicalDisability]
        );
        assert_eq!(service.forms, [DeliveryForm::Field]);
        assert_eq!(service.locations[0].street.as_deref(), Some("Žižkova 12"));
        assert_eq!(service.area, [MunicipalityCode::parse("549240").unwrap()]);
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn ended_services_and_unknown_codes_are_refused_with_the_reason() {
        let ended = ITEM.replace(
            r#""datumPoskytovaniOd""#,
            r#""datumPoskytovaniDo": "2020-06-30T00:00:00", "x""#,
        );
        let refusal = entries(&item(&ended), "2026-11-24", &mut Notes::new()).unwrap_err();
        assert!(refusal.detail.contains("2020-06-30"), "{refusal}");
        let unknown = ITEM.replace("DruhSocialniSluzby/3", "DruhSocialniSluzby/99");
        let refusal = entries(&item(&unknown), "2026-11-24", &mut Notes::new()).unwrap_err();
        assert!(refusal.to_string().contains("druh služby"), "{refusal}");
    }
}
