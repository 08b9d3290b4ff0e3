//! One register item read into the portal's provider and service, or into the reason it is not
//! current. What residents know a service by is its facility's name; its places are its current
//! facilities, each address once; its contacts are its own, else its provider's; its capacity
//! is the registered maximum per form. Everything the reader meets and does not take is counted
//! in the tallies with an example, by key or code, never by a value that may name a person.

use super::code_lists::{CodeLists, List, key};
use super::item::{
    Address, CapacityItem, EmailContact, Facility, Item, OtherKeys, PhoneContact, Scalar,
    WebContact, references_in,
};
use super::names::{
    capacity_kind_named, delivery_form_named, service_type_named, target_groups_named,
};
use super::tally::Tallies;
use crate::capacity::Capacity;
use crate::import::{LocationEntry, OrganizationEntry, Refusal, ServiceEntry};
use crate::{
    DeliveryForm, Email, Ico, MunicipalityCode, Phone, Postcode, RegisterId, ServiceType,
    TargetGroup, WebUrl,
};

/// What reading needs besides the item: the code lists and the day (`YYYY-MM-DD`) that decides
/// what is current.
pub struct Reader<'a> {
    pub lists: &'a CodeLists,
    pub today: &'a str,
}

/// An item as the portal takes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    Current(Box<Current>),
    Ended(Ended),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Current {
    pub organization: OrganizationEntry,
    pub service: ServiceEntry,
}

/// A registered service that is not current, with where it was, so a region can count its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Ended {
    pub register_id: RegisterId,
    pub name: String,
    pub reason: EndReason,
    pub municipalities: Vec<MunicipalityCode>,
}

/// Why a registered service is not current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndReason {
    /// `datumPoskytovaniDo` is today or earlier.
    Ended { on: String },
    /// `datumPoskytovaniOd` is still to come.
    NotStarted { from: String },
    /// Every facility of the service has closed, the last on this day.
    FacilitiesClosed { on: String },
}

impl EndReason {
    /// The kind of reason, for counting: "ukončena v registru".
    pub fn kind(&self) -> &'static str {
        match self {
            EndReason::Ended { .. } => "poskytování služby skončilo",
            EndReason::NotStarted { .. } => "poskytování služby ještě nezačalo",
            EndReason::FacilitiesClosed { .. } => "všechna zařízení služby ukončila činnost",
        }
    }

    /// The day the register gives for it.
    pub fn date(&self) -> &str {
        match self {
            EndReason::Ended { on } | EndReason::FacilitiesClosed { on } => on,
            EndReason::NotStarted { from } => from,
        }
    }
}

impl std::fmt::Display for EndReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EndReason::Ended { on } => write!(f, "registr uvádí konec poskytování {on}"),
            EndReason::NotStarted { from } => write!(f, "registr uvádí začátek poskytování {from}"),
            EndReason::FacilitiesClosed { on } => {
                write!(f, "všechna zařízení služby ukončila činnost, poslední {on}")
            }
        }
    }
}

/// Reads one item. An item without an identifier is refused; everything else that is odd is
/// counted and left out.
pub fn read(item: &Item, reader: &Reader, tallies: &mut Tallies) -> Result<Reading, Refusal> {
    let raw_id = item
        .identifikator
        .as_ref()
        .map(Scalar::text)
        .unwrap_or_default();
    let provider_name = tidy(&item.poskytovatel.nazev);
    let register_id = RegisterId::parse(&raw_id).map_err(|e| {
        Refusal::service(
            &format!("{provider_name}, identifikátor „{raw_id}“"),
            "identifikátor",
            e,
        )
    })?;
    let example = || format!("služba {}", register_id.as_str());
    if !(raw_id.len() == 7 && raw_id.bytes().all(|b| b.is_ascii_digit())) {
        tallies.add("identifikátor jiného tvaru než 7 číslic", || {
            format!("služba {raw_id}")
        });
    }
    let mut read = Read {
        reader,
        tallies,
        example: example(),
    };
    read.other_keys("položky", &item.other);
    read.other_keys("poskytovatele", &item.poskytovatel.other);

    let service_type = read.service_type(item);
    let (facilities, closed_on) = read.facilities(&item.zarizeni);
    let all_names: Vec<Option<String>> = item
        .zarizeni
        .iter()
        .map(|f| f.nazev.as_deref().map(tidy).filter(|n| !n.is_empty()))
        .collect();
    let current_names: Vec<Option<String>> = facilities.iter().map(|f| f.name.clone()).collect();
    let name = most_common_name(&current_names)
        .or_else(|| most_common_name(&all_names))
        .unwrap_or_else(|| {
            let kind = service_type.map_or("Sociální služba", ServiceType::label);
            format!("{kind} – {provider_name}")
        });
    let start = read.date(item.datum_poskytovani_od.as_deref(), "datumPoskytovaniOd");
    let end = read.date(item.datum_poskytovani_do.as_deref(), "datumPoskytovaniDo");
    let reason = match (start, end) {
        (_, Some(end)) if end.as_str() <= reader.today => Some(EndReason::Ended { on: end }),
        (Some(start), _) if start.as_str() > reader.today => {
            Some(EndReason::NotStarted { from: start })
        }
        _ if !item.zarizeni.is_empty() && facilities.is_empty() => {
            closed_on.map(|on| EndReason::FacilitiesClosed { on })
        }
        _ => None,
    };
    let contact_places = read.contact_addresses(&item.kontaktni_adresy);
    if let Some(reason) = reason {
        let mut municipalities: Vec<MunicipalityCode> = item
            .zarizeni
            .iter()
            .filter_map(|f| f.adresa.as_ref())
            .filter_map(|a| read.municipality(a))
            .chain(contact_places.iter().map(|p| p.municipality))
            .collect();
        municipalities.sort();
        municipalities.dedup();
        return Ok(Reading::Ended(Ended {
            register_id,
            name,
            reason,
            municipalities,
        }));
    }

    let forms = read.forms(item);
    let target_groups = read.target_groups(item);
    read.age_groups(item);
    let capacities = read.capacities(item);
    let organization = read.organization(item, &provider_name);
    let mut area_districts = Vec::new();
    let mut area = Vec::new();
    if forms.contains(&DeliveryForm::Field) {
        area.extend(facilities.iter().map(|f| f.municipality));
        area.extend(contact_places.iter().map(|p| p.municipality));
        let (municipalities, districts) = read.reach(&item.rozsirene_pusobnosti_v_kraji);
        area.extend(municipalities);
        area_districts = districts;
        if area.is_empty() && area_districts.is_empty() {
            area.extend(organization.municipality);
        }
        area.sort();
        area.dedup();
    } else if !item.rozsirene_pusobnosti_v_kraji.is_null()
        && !references_in(&item.rozsirene_pusobnosti_v_kraji).is_empty()
    {
        read.tallies.add(
            "rozšířená působnost služby bez terénní formy (portál ji ukazuje jen u terénních)",
            say(&read.example),
        );
    }
    let own = Contacts::of(&mut read, &item.telefony, &item.emaily, &item.weby);
    let provider = Contacts::of(
        &mut read,
        &item.poskytovatel.telefony,
        &item.poskytovatel.emaily,
        &item.poskytovatel.weby,
    );
    if own.phones.is_empty() && own.emails.is_empty() && own.web.is_none() {
        read.tallies.add(
            "služba bez vlastních kontaktů: uvedeny kontakty poskytovatele",
            say(&read.example),
        );
    }
    let service = ServiceEntry {
        key: None,
        name,
        description: String::new(),
        keywords: String::new(),
        service_type,
        register_id: Some(register_id),
        forms,
        // The register does not say which languages a service speaks.
        languages: Vec::new(),
        target_groups,
        hours: None,
        phones: first_non_empty(own.phones, provider.phones.clone()),
        emails: first_non_empty(own.emails, provider.emails.clone()),
        web: own.web.or_else(|| provider.web.clone()),
        cost: None,
        contact_note: None,
        area,
        area_radius_km: None,
        area_districts,
        locations: facilities
            .into_iter()
            .map(|f| LocationEntry {
                name: f.name,
                street: f.street,
                municipality: f.municipality,
                postcode: f.postcode,
                position: None,
                hours: None,
                address_point: f.address_point,
            })
            .collect(),
        capacities,
    };
    Ok(Reading::Current(Box::new(Current {
        organization: OrganizationEntry {
            phones: provider.phones,
            emails: provider.emails,
            web: provider.web,
            ..organization
        },
        service,
    })))
}

/// A name as people read it: trimmed, one space between words.
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_non_empty<T>(own: Vec<T>, fallback: Vec<T>) -> Vec<T> {
    if own.is_empty() { fallback } else { own }
}

/// The name most of the service's places carry (the first of equals).
fn most_common_name(names: &[Option<String>]) -> Option<String> {
    let names: Vec<&str> = names.iter().filter_map(|n| n.as_deref()).collect();
    names
        .iter()
        .max_by_key(|n| {
            let count = names.iter().filter(|m| m == n).count();
            let first = names.iter().position(|m| m == *n).unwrap_or(0);
            (count, std::cmp::Reverse(first))
        })
        .map(|n| (*n).to_owned())
}

/// An address as the portal stores a place.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    name: Option<String>,
    street: Option<String>,
    municipality: MunicipalityCode,
    postcode: Option<Postcode>,
    address_point: Option<u64>,
}

struct Contacts {
    phones: Vec<Phone>,
    emails: Vec<Email>,
    web: Option<WebUrl>,
}

impl Contacts {
    fn of(
        read: &mut Read,
        phones: &[PhoneContact],
        emails: &[EmailContact],
        webs: &[WebContact],
    ) -> Contacts {
        let mut c = Contacts {
            phones: Vec::new(),
            emails: Vec::new(),
            web: None,
        };
        for text in phones
            .iter()
            .filter_map(|p| p.telefon.as_ref())
            .map(Scalar::text)
        {
            for part in text
                .split([',', ';'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                match Phone::parse(part) {
                    Ok(p) if !c.phones.contains(&p) => c.phones.push(p),
                    Ok(_) => {}
                    Err(_) => read
                        .tallies
                        .add("telefon, který nejde přečíst, vynechán", || {
                            format!("{}: „{}“", read.example, clip(part))
                        }),
                }
            }
        }
        for text in emails.iter().filter_map(|e| e.email.as_deref()) {
            match Email::parse(text) {
                Ok(e) if !c.emails.contains(&e) => c.emails.push(e),
                Ok(_) => {}
                Err(_) => read
                    .tallies
                    .add("e-mail, který nejde přečíst, vynechán", || {
                        format!("{}: „{}“", read.example, clip(text))
                    }),
            }
        }
        for text in webs.iter().filter_map(|w| w.web.as_deref()) {
            match WebUrl::parse(text) {
                Ok(w) if c.web.is_none() => c.web = Some(w),
                Ok(_) => read
                    .tallies
                    .add("další web služby (portál ukazuje první)", || {
                        read.example.clone()
                    }),
                Err(_) => read.tallies.add("web, který nejde přečíst, vynechán", || {
                    format!("{}: „{}“", read.example, clip(text))
                }),
            }
        }
        c
    }
}

/// The example a tally keeps, made only when the tally has none yet.
fn say(example: &str) -> impl FnOnce() -> String + '_ {
    move || example.to_owned()
}

fn clip(text: &str) -> String {
    text.chars().take(60).collect()
}

/// One item's reading, with where its tallies go.
struct Read<'a, 'b> {
    reader: &'a Reader<'a>,
    tallies: &'b mut Tallies,
    example: String,
}

impl Read<'_, '_> {
    fn other_keys(&mut self, of: &str, keys: &OtherKeys) {
        for key in keys.keys() {
            self.tallies.add(
                format!("neznámý klíč {of} „{}“", clip(key)),
                say(&self.example),
            );
        }
    }

    /// The name the list gives a reference, or a tally of the unknown code.
    fn named(&mut self, list: List, what: &str, reference: &str) -> Option<String> {
        match self.reader.lists.get(list, reference) {
            Some(entry) => Some(entry.name.clone()),
            None => {
                let example = format!("{}: „{}“", self.example, clip(reference));
                self.tallies.add(
                    format!("{what}: kód, který číselník {} nezná", list.file_name()),
                    || example,
                );
                None
            }
        }
    }

    fn date(&mut self, value: Option<&str>, field: &str) -> Option<String> {
        let value = value?.trim();
        let date: String = value.chars().take(10).collect();
        let valid = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if valid {
            Some(date)
        } else {
            let example = format!("{}: „{}“", self.example, clip(value));
            self.tallies.add(
                format!("datum v jiném tvaru než RRRR-MM-DD ({field}), vynecháno"),
                || example,
            );
            None
        }
    }

    fn service_type(&mut self, item: &Item) -> Option<ServiceType> {
        let Some(code) = &item.druh_socialni_sluzby else {
            self.tallies
                .add("služba bez druhu (druhSocialniSluzby)", say(&self.example));
            return None;
        };
        let name = self.named(List::ServiceTypes, "druh služby", &code.id())?;
        let found = service_type_named(&name);
        if found.is_none() {
            let example = format!("{}: „{}“ ({})", self.example, name, code.id());
            self.tallies
                .add("druh služby, který portál nezná", || example);
        }
        found
    }

    fn forms(&mut self, item: &Item) -> Vec<DeliveryForm> {
        let mut forms = Vec::new();
        for form in &item.formy {
            self.other_keys("formy", &form.other);
            let Some(name) = self.named(List::Forms, "forma", &form.forma.id()) else {
                continue;
            };
            match delivery_form_named(&name) {
                Some(f) if !forms.contains(&f) => forms.push(f),
                Some(_) => {}
                None => {
                    let example = format!("{}: „{name}“", self.example);
                    self.tallies
                        .add("forma poskytování, kterou portál nezná", || example);
                }
            }
        }
        forms
    }

    fn target_groups(&mut self, item: &Item) -> Vec<TargetGroup> {
        let mut groups = Vec::new();
        for group in &item.cilove_skupiny {
            let id = group.cilova_skupina.id();
            let Some(name) = self.named(List::TargetGroups, "cílová skupina", &id) else {
                continue;
            };
            match target_groups_named(&name) {
                Some(found) => {
                    for g in found {
                        if !groups.contains(g) {
                            groups.push(*g);
                        }
                    }
                }
                None => {
                    let example = format!("{}: „{name}“ ({id})", self.example);
                    self.tallies
                        .add("cílová skupina, kterou portál nezná", || example);
                }
            }
        }
        groups
    }

    /// Age groups are read only to say that they are not kept; unknown codes are counted.
    fn age_groups(&mut self, item: &Item) {
        let ids: Vec<String> = item.vekove_skupiny.iter().flat_map(references_in).collect();
        for id in &ids {
            self.named(List::AgeGroups, "věková skupina", id);
        }
        if !item.vekove_skupiny.is_empty() && ids.is_empty() {
            self.tallies
                .add("věkové skupiny v nečekané podobě", say(&self.example));
        } else if !ids.is_empty() {
            self.tallies.add(
                "služba s věkovými skupinami (portál je zatím neukládá)",
                say(&self.example),
            );
        }
    }

    fn capacities(&mut self, item: &Item) -> Vec<Capacity> {
        let mut capacities: Vec<Capacity> = Vec::new();
        for form in &item.formy {
            let Some(form_kind) = self
                .reader
                .lists
                .get(List::Forms, &form.forma.id())
                .and_then(|e| delivery_form_named(&e.name))
            else {
                continue;
            };
            for capacity in &form.kapacity {
                if let Some(c) = self.capacity(form_kind, capacity) {
                    match capacities
                        .iter_mut()
                        .find(|k| k.form == c.form && k.kind == c.kind)
                    {
                        Some(known) => known.maximum = known.maximum.max(c.maximum),
                        None => capacities.push(c),
                    }
                }
            }
        }
        capacities.sort();
        capacities
    }

    fn capacity(&mut self, form: DeliveryForm, c: &CapacityItem) -> Option<Capacity> {
        let maximum = c
            .pocet
            .as_ref()
            .and_then(|p| p.text().parse::<u32>().ok())
            .filter(|n| *n > 0);
        let Some(maximum) = maximum else {
            self.tallies
                .add("kapacita bez počtu, vynechána", say(&self.example));
            return None;
        };
        let Some(typ) = &c.typ else {
            self.tallies
                .add("kapacita bez typu, vynechána", say(&self.example));
            return None;
        };
        let name = self.named(List::CapacityTypes, "typ kapacity", &typ.id())?;
        let kind = capacity_kind_named(&name).or_else(|| capacity_kind_named(key(&typ.id())));
        if kind.is_none() {
            let example = format!("{}: „{name}“", self.example);
            self.tallies
                .add("typ kapacity, který portál nezná", || example);
        }
        Some(Capacity {
            form,
            kind: kind?,
            maximum,
        })
    }

    /// The current facilities, each address once, and the day the last closed one closed.
    fn facilities(&mut self, all: &[Facility]) -> (Vec<Place>, Option<String>) {
        let today = self.reader.today;
        let mut places: Vec<Place> = Vec::new();
        let mut closed_on: Option<String> = None;
        for facility in all {
            self.other_keys("zařízení", &facility.other);
            let from = self.date(facility.poskytuje_od.as_deref(), "poskytujeOd");
            let until = self.date(facility.poskytuje_do.as_deref(), "poskytujeDo");
            if let Some(until) = until.filter(|u| u.as_str() <= today) {
                if closed_on.as_ref().is_none_or(|c| *c < until) {
                    closed_on = Some(until);
                }
                self.tallies.add(
                    "zařízení s ukončenou činností, vynecháno",
                    say(&self.example),
                );
                continue;
            }
            if from.is_some_and(|f| f.as_str() > today) {
                self.tallies.add(
                    "zařízení, které činnost ještě nezačalo, vynecháno",
                    say(&self.example),
                );
                continue;
            }
            let Some(address) = &facility.adresa else {
                self.tallies
                    .add("zařízení bez adresy, vynecháno", say(&self.example));
                continue;
            };
            let Some(mut place) = self.place(address) else {
                continue;
            };
            place.name = facility
                .nazev
                .as_deref()
                .map(tidy)
                .filter(|n| !n.is_empty());
            let same_address = |p: &Place| match (p.address_point, place.address_point) {
                (Some(a), Some(b)) => a == b,
                _ => p.municipality == place.municipality && p.street == place.street,
            };
            if places.iter().any(same_address) {
                self.tallies.add(
                    "zařízení na adrese uvedené už jednou, sloučeno",
                    say(&self.example),
                );
                continue;
            }
            places.push(place);
        }
        (places, closed_on)
    }

    fn contact_addresses(&mut self, all: &[serde_json::Value]) -> Vec<Place> {
        let mut places = Vec::new();
        for value in all {
            let address = value.get("adresa").unwrap_or(value);
            match serde_json::from_value::<Address>(address.clone()) {
                Ok(address) => places.extend(self.place(&address)),
                Err(_) => self.tallies.add(
                    "kontaktní adresa v nečekané podobě, vynechána",
                    say(&self.example),
                ),
            }
        }
        places
    }

    fn municipality(&mut self, a: &Address) -> Option<MunicipalityCode> {
        let reference = a.obec.as_ref()?.id();
        let code = self
            .reader
            .lists
            .get(List::Municipalities, &reference)
            .and_then(|e| e.code.clone())
            .unwrap_or_else(|| key(&reference).to_owned());
        MunicipalityCode::parse(&code).ok()
    }

    fn place(&mut self, a: &Address) -> Option<Place> {
        self.other_keys("adresy", &a.other);
        let Some(municipality) = self.municipality(a) else {
            self.tallies.add(
                "adresa bez platného kódu obce, vynechána",
                say(&self.example),
            );
            return None;
        };
        let number = [&a.cislo_domovni, &a.cislo_orientacni]
            .into_iter()
            .flatten()
            .map(Scalar::text)
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        let street_name = a
            .ulice
            .as_ref()
            .and_then(|u| u.nazev.as_deref())
            .map(tidy)
            .filter(|s| !s.is_empty());
        let street = match (street_name, number.is_empty()) {
            (Some(street), true) => Some(street),
            (Some(street), false) => Some(format!("{street} {number}")),
            // A village without streets: the part of the municipality and its house number.
            (None, false) => {
                let kind = match a.typ_cisla_domovniho.as_ref().map(|t| t.id()) {
                    Some(t) if key(&t) == "2" => "č. ev.",
                    _ => "č. p.",
                };
                let village = a
                    .cast_obce
                    .as_ref()
                    .and_then(|c| self.reader.lists.get(List::MunicipalityParts, &c.id()))
                    .or_else(|| {
                        a.obec
                            .as_ref()
                            .and_then(|o| self.reader.lists.get(List::Municipalities, &o.id()))
                    })
                    .map(|e| e.name.clone())
                    .filter(|n| !n.is_empty());
                Some(match village {
                    Some(village) => format!("{village} {kind} {number}"),
                    None => format!("{kind} {number}"),
                })
            }
            (None, true) => None,
        };
        let postcode = a.psc.as_ref().map(Scalar::text).filter(|p| !p.is_empty());
        let postcode = match postcode.map(|p| (Postcode::parse(&p), p)) {
            Some((Ok(p), _)) => Some(p),
            Some((Err(_), raw)) => {
                let example = format!("{}: „{}“", self.example, clip(&raw));
                self.tallies.add("PSČ v jiném tvaru, vynecháno", || example);
                None
            }
            None => None,
        };
        let address_point = a
            .kod_adresniho_mista
            .as_ref()
            .and_then(|k| k.text().parse::<u64>().ok());
        Some(Place {
            name: None,
            street,
            municipality,
            postcode,
            address_point,
        })
    }

    fn organization(&mut self, item: &Item, name: &str) -> OrganizationEntry {
        let provider = &item.poskytovatel;
        let ico = provider
            .ico
            .as_ref()
            .map(Scalar::text)
            .filter(|i| !i.is_empty());
        let ico = match ico.map(|i| (Ico::parse(&i), i)) {
            Some((Ok(ico), _)) => Some(ico),
            Some((Err(_), raw)) => {
                let example = format!("{}: „{}“", self.example, clip(&raw));
                self.tallies.add(
                    "IČO poskytovatele, které neprojde kontrolou, vynecháno",
                    || example,
                );
                None
            }
            None => None,
        };
        let seat = provider.adresa.as_ref().and_then(|a| self.place(a));
        OrganizationEntry {
            name: name.to_owned(),
            ico,
            legal_form: None,
            description: String::new(),
            street: seat.as_ref().and_then(|s| s.street.clone()),
            municipality: seat.as_ref().map(|s| s.municipality),
            postcode: seat.and_then(|s| s.postcode),
            phones: Vec::new(),
            emails: Vec::new(),
            web: None,
            contact_note: None,
            services: Vec::new(),
        }
    }

    /// The municipalities, and the districts and regions (LAU and NUTS 3 codes), that the
    /// register's extended reach names.
    fn reach(&mut self, value: &serde_json::Value) -> (Vec<MunicipalityCode>, Vec<String>) {
        let (mut municipalities, mut areas) = (Vec::new(), Vec::new());
        for reference in references_in(value) {
            let (list, code) = match reference.split_once('/').map(|(l, _)| l) {
                Some("Obec") => (List::Municipalities, None),
                Some("Okres") => (
                    List::Districts,
                    self.reader
                        .lists
                        .get(List::Districts, &reference)
                        .and_then(|e| e.lau.clone()),
                ),
                Some("Kraj") => (
                    List::Regions,
                    self.reader
                        .lists
                        .get(List::Regions, &reference)
                        .and_then(|e| e.nuts3.clone()),
                ),
                _ => {
                    let example = format!("{}: „{}“", self.example, clip(&reference));
                    self.tallies.add(
                        "odkaz v rozšířené působnosti, kterému portál nerozumí",
                        || example,
                    );
                    continue;
                }
            };
            if list == List::Municipalities {
                let code = self
                    .reader
                    .lists
                    .get(list, &reference)
                    .and_then(|e| e.code.clone())
                    .unwrap_or_else(|| key(&reference).to_owned());
                municipalities.extend(MunicipalityCode::parse(&code).ok());
            } else if let Some(code) = code {
                areas.push(code);
            } else {
                let example = format!("{}: „{}“", self.example, clip(&reference));
                self.tallies.add(
                    format!(
                        "rozšířená působnost: {} ho nezná nebo nemá",
                        list.file_name()
                    ),
                    || example,
                );
            }
        }
        areas.sort();
        areas.dedup();
        (municipalities, areas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Code lists with the ids REGISTER.md reports seen in the real files.
    fn lists() -> CodeLists {
        let mut lists = CodeLists::default();
        let files: [(List, &str); 7] = [
            (
                List::ServiceTypes,
                r#"{"polozky": [{"id": "DruhSocialniSluzby/4", "nazev": {"cs": "pečovatelská služba"}},
                                {"id": "DruhSocialniSluzby/13", "nazev": {"cs": "domovy pro seniory"}},
                                {"id": "DruhSocialniSluzby/34", "nazev": {"cs": "služba, kterou portál nezná"}}]}"#,
            ),
            (
                List::TargetGroups,
                r#"{"polozky": [{"id": "CilovaSkupinaOsoby/24", "nazev": {"cs": "senioři"}},
                                {"id": "CilovaSkupinaOsoby/30", "nazev": {"cs": "osoby žijící s demencí"}},
                                {"id": "CilovaSkupinaOsoby/31", "nazev": {"cs": "skupina, kterou portál nezná"}}]}"#,
            ),
            (
                List::Forms,
                r#"{"polozky": [{"id": "FormaSocialniSluzby/pob", "nazev": {"cs": "pobytové"}},
                                {"id": "FormaSocialniSluzby/ter", "nazev": {"cs": "terénní"}}]}"#,
            ),
            (
                List::CapacityTypes,
                r#"{"polozky": [{"id": "TypKapacitySocialniSluzby/luzka", "nazev": {"cs": "počet lůžek"}},
                                {"id": "TypKapacitySocialniSluzby/klient", "nazev": {"cs": "počet klientů"}}]}"#,
            ),
            (
                List::AgeGroups,
                r#"{"polozky": [{"id": "VekovaSkupinaOsoby/8", "nazev": {"cs": "senioři nad 80 let"}}]}"#,
            ),
            (
                List::Municipalities,
                r#"{"polozky": [{"id": "Obec/549240", "nazev": {"cs": "Písek"}, "kod": 549240},
                                {"id": "Obec/549215", "nazev": {"cs": "Mirotice"}, "kod": 549215}]}"#,
            ),
            (
                List::Regions,
                r#"{"polozky": [{"id": "Kraj/35", "nazev": {"cs": "Jihočeský kraj"}, "kodNuts3": "CZ031"}]}"#,
            ),
        ];
        for (list, json) in files {
            lists.insert(list, json.as_bytes()).unwrap();
        }
        lists
    }

    fn address(street: &str, number: u32, point: u64, municipality: u32) -> serde_json::Value {
        serde_json::json!({
            "cisloDomovni": number, "cisloOrientacni": "12", "dodatekAdresy": null,
            "kodAdresnihoMista": point, "psc": "39701",
            "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
            "kraj": {"id": "Kraj/35"}, "okres": {"id": "Okres/3311"},
            "obec": {"id": format!("Obec/{municipality}")}, "castObce": {"id": "CastObce/1"},
            "mestskyObvodMestskaCast": null, "mestskyObvodVPraze": null,
            "ulice": {"nazev": street}
        })
    }

    /// An item in the published shape (REGISTER.md), with every trap it lists.
    fn item() -> serde_json::Value {
        let home = address("Kollárova", 541, 21_857_001, 549_240);
        serde_json::json!({
            "portalId": 71234, "id": 98765, "identifikator": "1234567",
            "datumPoskytovaniOd": "2007-01-01", "datumPoskytovaniDo": null,
            "kontaktniAdresy": [{"adresa": address("Heydukova", 97, 21_857_002, 549_240)}],
            "druhSocialniSluzby": {"id": "DruhSocialniSluzby/13"},
            "zarizeni": [
                {"nazev": "Domov seniorů Písek", "adresa": home, "poskytujeOd": "2007-01-01", "poskytujeDo": null,
                 "vedouci": {"jmeno": "Marie", "prijmeni": "Vedoucí"}},
                {"nazev": "Domov seniorů Písek ", "adresa": home, "poskytujeOd": "2007-01-01", "poskytujeDo": null},
                {"nazev": "Stará budova", "adresa": address("Nádražní", 1, 21_857_003, 549_240),
                 "poskytujeOd": "2007-01-01", "poskytujeDo": "2019-12-31"}
            ],
            "poskytovatel": {
                "nazev": "Domov seniorů Písek, příspěvková organizace", "ico": "00512231", "dic": "CZ00512231",
                "adresa": address("Kollárova", 541, 21_857_001, 549_240),
                "emaily": [{"email": "reditel@dspisek.cz", "poznamka": null}],
                "telefony": [{"telefon": "382 201 111", "poznamka": "ředitelka Jana Nováková"}],
                "weby": [{"web": "http://www.dspisek.cz", "poznamka": null}],
                "statutarniOrgany": [{"jmeno": "Jana", "prijmeni": "Nováková", "titulPred": "Mgr."}]
            },
            "emaily": [{"email": "socialni@dspisek.cz", "poznamka": null}],
            "telefony": [{"telefon": "382201120", "poznamka": null}, {"telefon": "není", "poznamka": null}],
            "faxy": [],
            "weby": null,
            "ciloveSkupiny": [{"cilovaSkupina": {"id": "CilovaSkupinaOsoby/24"}},
                              {"cilovaSkupina": {"id": "CilovaSkupinaOsoby/30"}},
                              {"cilovaSkupina": {"id": "CilovaSkupinaOsoby/31"}}],
            "vekoveSkupiny": [{"vekovaSkupina": {"id": "VekovaSkupinaOsoby/8"}}],
            "doplnujiciInformaceVekoveSkupiny": null,
            "formy": [{"forma": {"id": "FormaSocialniSluzby/pob"}, "nepretrzitePoskytovani": true, "casoveRozsahy": null,
                       "kapacity": [{"pocet": 120, "popis": "Maximální kapacita 120 lůžek.", "typ": {"id": "TypKapacitySocialniSluzby/luzka"}}]}],
            "rozsirenePusobnostiVKraji": null,
            "doplnkoveUdaje": {"personalniZajisteni": [{"priloha": {"url": "https://www.mpsv.cz/agportal-server/rest/documents/1"}}]},
            "novyKlic": 1
        })
    }

    fn read_json(json: &serde_json::Value, today: &str) -> (Reading, Tallies) {
        let item: Item = serde_json::from_value(json.clone()).unwrap();
        let lists = lists();
        let mut tallies = Tallies::default();
        let reading = read(
            &item,
            &Reader {
                lists: &lists,
                today,
            },
            &mut tallies,
        )
        .unwrap();
        (reading, tallies)
    }

    fn current(reading: Reading) -> Current {
        match reading {
            Reading::Current(c) => *c,
            Reading::Ended(e) => panic!("ended: {e:?}"),
        }
    }

    #[test]
    fn a_published_item_reads_as_its_facility_with_current_places_and_its_own_contacts() {
        let (reading, tallies) = read_json(&item(), "2026-12-06");
        let Current {
            organization,
            service,
        } = current(reading);
        assert_eq!(
            service.name, "Domov seniorů Písek",
            "the facility's name, tidied"
        );
        assert_eq!(service.register_id.as_ref().unwrap().as_str(), "1234567");
        assert_eq!(service.service_type, Some(ServiceType::SeniorHome));
        assert_eq!(service.forms, [DeliveryForm::Residential]);
        assert_eq!(
            service.target_groups,
            [TargetGroup::Seniors, TargetGroup::Dementia]
        );
        assert_eq!(
            service.locations.len(),
            1,
            "the duplicate and the closed one left out"
        );
        let place = &service.locations[0];
        assert_eq!(place.street.as_deref(), Some("Kollárova 541/12"));
        assert_eq!(place.address_point, Some(21_857_001));
        assert_eq!(place.postcode.as_ref().unwrap().as_str(), "397 01");
        assert_eq!(
            service.capacities,
            [Capacity {
                form: DeliveryForm::Residential,
                kind: crate::capacity::CapacityKind::Beds,
                maximum: 120
            }]
        );
        assert_eq!(
            service.phones[0].as_str(),
            "+420 382 201 120",
            "the service's own"
        );
        assert_eq!(service.emails[0].as_str(), "socialni@dspisek.cz");
        assert_eq!(
            service.web.as_ref().map(|w| w.as_str()),
            Some("http://www.dspisek.cz"),
            "no web of its own: the provider's"
        );
        assert_eq!(organization.ico.as_ref().unwrap().as_str(), "00512231");
        assert_eq!(organization.phones[0].as_str(), "+420 382 201 111");
        // No person's name and no document link reached the portal's records.
        let everything = format!("{organization:?} {service:?}");
        for word in ["Nováková", "Vedoucí", "Marie", "agportal", "mpsv.cz"] {
            assert!(!everything.contains(word), "{word} in {everything}");
        }
        for (label, n) in [
            ("neznámý klíč položky „novyKlic“", 1),
            ("neznámý klíč zařízení „vedouci“", 1),
            ("zařízení na adrese uvedené už jednou, sloučeno", 1),
            ("zařízení s ukončenou činností, vynecháno", 1),
            ("cílová skupina, kterou portál nezná", 1),
            ("telefon, který nejde přečíst, vynechán", 1),
            ("služba s věkovými skupinami (portál je zatím neukládá)", 1),
        ] {
            assert_eq!(tallies.count(label), n, "{label}: {:?}", tallies.list());
        }
        let unknown = tallies
            .list()
            .into_iter()
            .find(|t| t.label.starts_with("cílová skupina, kterou"))
            .unwrap();
        assert_eq!(
            unknown.example,
            "služba 1234567: „skupina, kterou portál nezná“ (CilovaSkupinaOsoby/31)"
        );
    }

    #[test]
    fn a_service_is_current_only_when_its_dates_and_its_facilities_say_so() {
        let mut ended = item();
        ended["datumPoskytovaniDo"] = "2026-12-06".into();
        let (reading, _) = read_json(&ended, "2026-12-06");
        let Reading::Ended(e) = reading else {
            panic!("current")
        };
        assert_eq!(
            e.reason,
            EndReason::Ended {
                on: "2026-12-06".into()
            }
        );
        assert_eq!(e.name, "Domov seniorů Písek");
        assert_eq!(
            e.municipalities,
            [MunicipalityCode::parse("549240").unwrap()]
        );
        assert_eq!(
            e.reason.to_string(),
            "registr uvádí konec poskytování 2026-12-06"
        );

        let mut closed = item();
        for facility in closed["zarizeni"].as_array_mut().unwrap() {
            facility["poskytujeDo"] = "2025-06-30".into();
        }
        closed["zarizeni"][2]["poskytujeDo"] = "2019-12-31".into();
        let (reading, _) = read_json(&closed, "2026-12-06");
        assert_eq!(
            reading,
            Reading::Ended(Ended {
                register_id: RegisterId::parse("1234567").unwrap(),
                name: "Domov seniorů Písek".into(),
                reason: EndReason::FacilitiesClosed {
                    on: "2025-06-30".into()
                },
                municipalities: vec![MunicipalityCode::parse("549240").unwrap()],
            })
        );

        let mut later = item();
        later["datumPoskytovaniOd"] = "2027-01-01T00:00:00".into();
        let (reading, _) = read_json(&later, "2026-12-06");
        assert!(matches!(
            reading,
            Reading::Ended(Ended {
                reason: EndReason::NotStarted { .. },
                ..
            })
        ));
    }

    #[test]
    fn a_field_service_reaches_its_places_and_the_region_the_register_names() {
        let mut field = item();
        field["druhSocialniSluzby"] = serde_json::json!({"id": "DruhSocialniSluzby/4"});
        field["formy"] = serde_json::json!([{"forma": {"id": "FormaSocialniSluzby/ter"},
            "kapacity": [{"pocet": 40, "typ": {"id": "TypKapacitySocialniSluzby/klient"}}]}]);
        field["kontaktniAdresy"] =
            serde_json::json!([{"adresa": address("Náměstí", 1, 5, 549_215)}]);
        field["rozsirenePusobnostiVKraji"] = serde_json::json!([{"kraj": {"id": "Kraj/35"}}]);
        field["telefony"] = serde_json::Value::Null;
        field["emaily"] = serde_json::json!([]);
        let (reading, tallies) = read_json(&field, "2026-12-06");
        let service = current(reading).service;
        assert_eq!(service.forms, [DeliveryForm::Field]);
        let codes: Vec<_> = service.area.iter().map(|c| c.number()).collect();
        assert_eq!(
            codes,
            [549_215, 549_240],
            "its facility's and its contact address's towns"
        );
        assert_eq!(
            service.area_districts,
            ["CZ031"],
            "the region, by its NUTS 3 code"
        );
        assert_eq!(
            service.phones[0].as_str(),
            "+420 382 201 111",
            "the provider's"
        );
        assert_eq!(
            tallies.count("služba bez vlastních kontaktů: uvedeny kontakty poskytovatele"),
            1
        );
    }

    #[test]
    fn unknown_codes_are_counted_and_the_service_still_reads() {
        let mut odd = item();
        odd["druhSocialniSluzby"] = serde_json::json!({"id": "DruhSocialniSluzby/99"});
        odd["identifikator"] = 123.into();
        let (reading, tallies) = read_json(&odd, "2026-12-06");
        let service = current(reading).service;
        assert_eq!(service.service_type, None);
        assert_eq!(
            tallies.count("druh služby: kód, který číselník druhy-socialni-sluzby.json nezná"),
            1
        );
        assert_eq!(tallies.count("identifikátor jiného tvaru než 7 číslic"), 1);
        let mut unnamed = item();
        unnamed["druhSocialniSluzby"] = serde_json::json!({"id": "DruhSocialniSluzby/34"});
        let (_, tallies) = read_json(&unnamed, "2026-12-06");
        assert_eq!(tallies.count("druh služby, který portál nezná"), 1);
    }

    #[test]
    fn the_old_imagined_shape_does_not_pass_for_an_item() {
        let old = serde_json::json!({
            "identifikator": "1234567", "nazev": "Poradna",
            "druhSocialniSluzby": "DruhSocialniSluzby/3",
            "poskytovatel": {"nazev": "Spolek", "ico": "27006328"},
            "formy": ["FormaSocialniSluzby/terenni"]
        });
        let error = serde_json::from_value::<Item>(old).unwrap_err();
        let said = crate::import::czech_json_error(&error);
        assert!(said.contains("registr tu má"), "{said}");
    }
}
