//! The national register as MPSV publishes it, generated at its real size for benchmarks and
//! tests: `rpss.json` (about 6,700 services of about 15 kB each, some 15 % ended, facilities with
//! their own dates and duplicates, contacts on the service and the provider, capacities per
//! form, statutory bodies with people's names, document links in `doplnkoveUdaje`), the code
//! lists beside it, and RÚIAN's address points of the facilities as ČÚZK publishes them (one
//! Windows-1250 CSV per municipality, S-JTSK coordinates). Code-list numbers REGISTER.md reports
//! seen are used as seen; the others are made up, and two names the portal does not know are
//! among them, as a real list may have. Deterministic for a seed.

use super::{CZECH_MUNICIPALITIES, Dice, RegisterFileError};
use crate::import::municipalities::MunicipalityRecord;
use crate::import::parse_municipalities;
use domain::geo::sjtsk::Sjtsk;
use domain::{Coordinates, DeliveryForm, ServiceType};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// How big a register to make.
#[derive(Debug, Clone, Copy)]
pub struct RegisterDataSet {
    pub services: usize,
    pub services_per_provider: usize,
    /// The share of services that have ended, in per cent.
    pub ended_percent: usize,
    pub seed: u64,
}

impl Default for RegisterDataSet {
    fn default() -> Self {
        RegisterDataSet {
            services: 6_733,
            services_per_provider: 3,
            ended_percent: 15,
            seed: 2026,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RegisterWritten {
    pub items: usize,
    pub ended: usize,
    pub facilities: usize,
    pub bytes: u64,
    /// Address points written into `ruian/`.
    pub address_points: usize,
}

/// The service types' numbers in `druhy-socialni-sluzby.json`: those REGISTER.md reports seen,
/// then made-up ones.
const SERVICE_TYPE_IDS: [(u32, &str); 34] = [
    (1, "odborné sociální poradenství"),
    (3, "osobní asistence"),
    (4, "pečovatelská služba"),
    (5, "tísňová péče"),
    (6, "průvodcovské a předčitatelské služby"),
    (8, "odlehčovací služby"),
    (9, "centra denních služeb"),
    (10, "denní stacionáře"),
    (11, "týdenní stacionáře"),
    (12, "domovy pro osoby se zdravotním postižením"),
    (13, "domovy pro seniory"),
    (14, "domovy se zvláštním režimem"),
    (15, "chráněné bydlení"),
    (18, "telefonická krizová pomoc"),
    (19, "tlumočnické služby"),
    (23, "krizová pomoc"),
    (28, "sociálně aktivizační služby pro rodiny s dětmi"),
    (
        29,
        "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
    ),
    (30, "sociálně terapeutické dílny"),
    (32, "terénní programy"),
    (33, "sociální rehabilitace"),
    (2, "podpora samostatného bydlení"),
    (
        7,
        "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
    ),
    (16, "raná péče"),
    (17, "azylové domy"),
    (20, "domy na půl cesty"),
    (21, "kontaktní centra"),
    (22, "intervenční centra"),
    (24, "nízkoprahová denní centra"),
    (25, "nízkoprahová zařízení pro děti a mládež"),
    (26, "noclehárny"),
    (27, "služby následné péče"),
    (31, "terapeutické komunity"),
    (
        34,
        "sociální služby poskytované v zařízeních ústavní zdravotní péče",
    ),
];

/// `cilove-skupiny-osoby.json`: 24, 26, 27 and 30 as REGISTER.md reports them seen.
const TARGET_GROUP_NAMES: [&str; 30] = [
    "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
    "etnické menšiny",
    "imigranti a azylanti",
    "oběti domácího násilí",
    "oběti obchodu s lidmi",
    "oběti trestné činnosti",
    "osoby bez přístřeší",
    "osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče",
    "osoby komerčně zneužívané",
    "osoby s chronickým duševním onemocněním",
    "osoby s chronickým onemocněním",
    "osoby s jiným zdravotním postižením",
    "osoby s kombinovaným postižením",
    "osoby s mentálním postižením",
    "osoby s tělesným postižením",
    "osoby se sluchovým postižením",
    "osoby se zdravotním postižením",
    "osoby se zrakovým postižením",
    "osoby v krizi",
    "osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy",
    "osoby žijící v sociálně vyloučených komunitách",
    "pachatelé trestné činnosti",
    "rodiny s dítětem/dětmi",
    "senioři",
    "osoby ohrožené závislostí nebo závislé na návykových látkách",
    "pečující osoby",
    "osoby s potřebou paliativní péče",
    "osoby v nepříznivé sociální situaci",
    "jiná cílová skupina",
    "osoby žijící s demencí",
];

const AGE_GROUPS: [&str; 9] = [
    "děti do 1 roku",
    "předškolní děti (1–7 let)",
    "mladší děti (7–12 let)",
    "starší děti (13–15 let)",
    "dorost (16–18 let)",
    "mladí dospělí (19–26 let)",
    "dospělí (27–64 let)",
    "mladší senioři (65–80 let)",
    "senioři nad 80 let",
];

const STREETS: [&str; 12] = [
    "Nádražní",
    "Školní",
    "Husova",
    "Komenského",
    "Palackého",
    "Tyršova",
    "Zahradní",
    "Nemocniční",
    "Masarykovo náměstí",
    "Jiráskova",
    "Smetanova",
    "Sokolovská",
];

const PEOPLE: [(&str, &str); 6] = [
    ("Jana", "Dvořáková"),
    ("Petr", "Novotný"),
    ("Marie", "Svobodová"),
    ("Tomáš", "Černý"),
    ("Eva", "Procházková"),
    ("Jiří", "Kučera"),
];

/// The day the generated register is valid on; ended services ended before it.
pub const GENERATED_ON: &str = "2026-11-30";

/// Writes the register download into `dir` (created if missing): `rpss.json`, the code lists
/// and `ruian/` with the facilities' address points.
pub fn write_register_download(
    set: &RegisterDataSet,
    dir: &Path,
) -> Result<RegisterWritten, RegisterFileError> {
    std::fs::create_dir_all(dir.join("ruian"))?;
    let towns = parse_municipalities(CZECH_MUNICIPALITIES)?;
    let regions = Regions::of(&towns);
    write_code_lists(dir, &towns, &regions)?;
    let mut dice = Dice(set.seed.max(1));
    let mut written = RegisterWritten::default();
    let mut points: BTreeMap<u32, Vec<(u64, &MunicipalityRecord, Coordinates, String)>> =
        BTreeMap::new();
    let mut next_point = 20_000_000u64;
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("rpss.json"))?);
    out.write_all(b"{\"polozky\": [")?;
    let per_provider = set.services_per_provider.max(1);
    let mut provider = Value::Null;
    for n in 0..set.services {
        if n % per_provider == 0 {
            provider = make_provider(&mut dice, n / per_provider, &towns, &regions);
        }
        let town = dice.pick(&towns);
        let service_type = *dice.pick(ServiceType::ALL);
        let ended = dice.below(100) < set.ended_percent;
        let forms = forms_of(&mut dice, service_type);
        let mut facilities = Vec::new();
        for f in 0..1 + dice.below(4) {
            let at = if f == 0 || dice.below(5) > 0 {
                town
            } else {
                dice.pick(&towns)
            };
            let point = (dice.below(1000) >= 36).then(|| {
                next_point += 1;
                next_point
            });
            let street = format!("{} {}", dice.pick(&STREETS), 1 + dice.below(900));
            if let Some(code) = point {
                let spot = near(&mut dice, at.centre);
                points
                    .entry(at.code.number())
                    .or_default()
                    .push((code, at, spot, street.clone()));
            }
            let name = if f == 0 {
                format!("{} {}", service_type.label(), at.name)
            } else {
                format!(
                    "{} {} – pracoviště {}",
                    service_type.label(),
                    at.name,
                    f + 1
                )
            };
            let closed = dice.below(10) == 0 || (ended && dice.below(2) == 0);
            let facility = json!({
                "nazev": name,
                "adresa": address(&mut dice, at, &regions, point, &street),
                "poskytujeOd": "2010-01-01",
                "poskytujeDo": if closed { Value::from(past_day(&mut dice)) } else { Value::Null },
                "vedouci": {"jmeno": PEOPLE[n % PEOPLE.len()].0, "prijmeni": PEOPLE[n % PEOPLE.len()].1},
            });
            // The register often lists the same facility twice.
            if dice.below(5) == 0 {
                facilities.push(facility.clone());
            }
            facilities.push(facility);
        }
        written.facilities += facilities.len();
        let own_contacts = dice.below(100) < 85;
        let field = forms.contains(&DeliveryForm::Field);
        let item = json!({
            "portalId": 10_000 + n,
            "id": 500_000 + n,
            "identifikator": format!("{}", 1_000_000 + n * 7),
            "datumPoskytovaniOd": "2007-01-01",
            "datumPoskytovaniDo": if ended { Value::from(past_day(&mut dice)) } else { Value::Null },
            "kontaktniAdresy": if dice.below(10) < 3 {
                json!([{"adresa": address(&mut dice, town, &regions, None, "Poštovní 1")}])
            } else {
                json!([])
            },
            "druhSocialniSluzby": {"id": format!("DruhSocialniSluzby/{}", type_id(service_type))},
            "zarizeni": facilities,
            "poskytovatel": provider,
            "emaily": if own_contacts { json!([{"email": format!("sluzba{n}@poskytovatel.cz"), "poznamka": null}]) } else { json!([]) },
            "telefony": if own_contacts { json!([{"telefon": phone(&mut dice), "poznamka": null}]) } else { json!([]) },
            "faxy": [],
            "weby": if own_contacts && dice.below(2) == 0 { json!([{"web": format!("https://sluzba{n}.poskytovatel.cz"), "poznamka": null}]) } else { json!([]) },
            "ciloveSkupiny": target_groups(&mut dice, service_type),
            "vekoveSkupiny": (0..1 + dice.below(3)).map(|_| json!({"vekovaSkupina": {"id": format!("VekovaSkupinaOsoby/{}", 1 + dice.below(AGE_GROUPS.len()))}})).collect::<Vec<_>>(),
            "doplnujiciInformaceVekoveSkupiny": null,
            "formy": forms.iter().map(|f| form(&mut dice, *f, service_type)).collect::<Vec<_>>(),
            "rozsirenePusobnostiVKraji": if field && dice.below(100) < 24 {
                json!([{"kraj": {"id": regions.region_id(town)}}])
            } else {
                Value::Null
            },
            "doplnkoveUdaje": documents(&mut dice, n),
        });
        if n > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n")?;
        serde_json::to_writer(&mut out, &item).map_err(std::io::Error::other)?;
        written.items += 1;
        written.ended += usize::from(ended);
    }
    out.write_all(b"\n]}\n")?;
    out.flush()?;
    drop(out);
    written.bytes = std::fs::metadata(dir.join("rpss.json"))?.len();
    written.address_points = write_ruian(&dir.join("ruian"), &mut dice, &points)?;
    Ok(written)
}

fn type_id(t: ServiceType) -> u32 {
    let law = domain::import::register::service_type_named;
    SERVICE_TYPE_IDS
        .iter()
        .find(|(_, name)| law(name) == Some(t))
        .map_or(34, |(id, _)| *id)
}

/// Municipalities' districts and regions as the code lists number them.
struct Regions {
    districts: BTreeMap<String, (usize, String)>,
    regions: BTreeMap<String, (usize, String)>,
}

impl Regions {
    fn of(towns: &[MunicipalityRecord]) -> Regions {
        let mut districts = BTreeMap::new();
        let mut regions = BTreeMap::new();
        for t in towns {
            let n = districts.len();
            districts
                .entry(t.district_code.clone())
                .or_insert((3100 + n, t.district.clone()));
            let n = regions.len();
            regions
                .entry(t.district_code[..5].to_owned())
                .or_insert((19 + n * 8, t.region.clone()));
        }
        Regions { districts, regions }
    }

    fn district_id(&self, t: &MunicipalityRecord) -> String {
        format!("Okres/{}", self.districts[&t.district_code].0)
    }

    fn region_id(&self, t: &MunicipalityRecord) -> String {
        format!("Kraj/{}", self.regions[&t.district_code[..5]].0)
    }
}

fn write_code_lists(
    dir: &Path,
    towns: &[MunicipalityRecord],
    regions: &Regions,
) -> Result<(), RegisterFileError> {
    let named = |id: String, name: &str| json!({"id": id, "nazev": {"cs": name}});
    let lists: [(&str, Vec<Value>); 8] = [
        (
            "druhy-socialni-sluzby",
            SERVICE_TYPE_IDS
                .iter()
                .map(|(id, name)| named(format!("DruhSocialniSluzby/{id}"), name))
                .collect(),
        ),
        (
            "cilove-skupiny-osoby",
            TARGET_GROUP_NAMES
                .iter()
                .enumerate()
                .map(|(i, name)| named(format!("CilovaSkupinaOsoby/{}", i + 1), name))
                .collect(),
        ),
        (
            "formy-soc-sluzby",
            [("pob", "pobytové služby"), ("amb", "ambulantní služby"), ("ter", "terénní služby")]
                .iter()
                .map(|(id, name)| named(format!("FormaSocialniSluzby/{id}"), name))
                .collect(),
        ),
        (
            "typy-kapacity-socialni-sluzby",
            [
                ("klient", "počet klientů"),
                ("kontakt", "počet kontaktů (10 min.)"),
                ("interv", "počet intervencí (30 min.)"),
                ("luzka", "počet lůžek"),
                ("hovor", "počet hovorů"),
            ]
            .iter()
            .map(|(id, name)| named(format!("TypKapacitySocialniSluzby/{id}"), name))
            .collect(),
        ),
        (
            "vekove-skupiny-osoby",
            AGE_GROUPS
                .iter()
                .enumerate()
                .map(|(i, name)| named(format!("VekovaSkupinaOsoby/{}", i + 1), name))
                .collect(),
        ),
        (
            "obce",
            towns
                .iter()
                .map(|t| {
                    json!({"id": format!("Obec/{}", t.code.number()), "nazev": {"cs": t.name},
                           "kod": t.code.number(), "okres": {"id": regions.district_id(t)}})
                })
                .collect(),
        ),
        (
            "okresy",
            regions
                .districts
                .iter()
                .map(|(lau, (id, name))| json!({"id": format!("Okres/{id}"), "nazev": {"cs": name}, "kodLau": lau}))
                .collect(),
        ),
        (
            "kraje",
            regions
                .regions
                .iter()
                .map(|(nuts, (id, name))| json!({"id": format!("Kraj/{id}"), "nazev": {"cs": name}, "kodNuts3": nuts}))
                .collect(),
        ),
    ];
    for (name, items) in lists {
        let file = std::fs::File::create(dir.join(format!("{name}.json")))?;
        serde_json::to_writer(std::io::BufWriter::new(file), &json!({"polozky": items}))
            .map_err(std::io::Error::other)?;
    }
    Ok(())
}

fn make_provider(
    dice: &mut Dice,
    n: usize,
    towns: &[MunicipalityRecord],
    regions: &Regions,
) -> Value {
    let seat = dice.pick(towns);
    let (first, last) = PEOPLE[n % PEOPLE.len()];
    let street = format!("{} {}", dice.pick(&STREETS), 1 + dice.below(300));
    json!({
        "nazev": format!("Poskytovatel {} {}, z. ú.", n + 1, seat.name),
        "ico": made_up_ico(n),
        "dic": null,
        "adresa": address(dice, seat, regions, None, &street),
        "emaily": [{"email": format!("info{n}@poskytovatel.cz"), "poznamka": null}],
        "telefony": [{"telefon": phone(dice), "poznamka": format!("{first} {last}")}],
        "faxy": [],
        "weby": [{"web": format!("https://www.poskytovatel{n}.cz"), "poznamka": null}],
        "statutarniOrgany": [{"jmeno": first, "prijmeni": last, "titulPred": "Mgr.", "titulZa": null, "funkce": "ředitel/ka"}],
    })
}

/// The `n`-th made-up IČO: seven digits and the check digit that makes it valid.
pub(super) fn made_up_ico(n: usize) -> String {
    let base = format!("{:07}", 2_000_000 + n * 7);
    let weighted: u32 = base
        .bytes()
        .zip((2..=8).rev())
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    format!("{base}{}", (11 - weighted % 11) % 10)
}

fn address(
    dice: &mut Dice,
    town: &MunicipalityRecord,
    regions: &Regions,
    point: Option<u64>,
    street: &str,
) -> Value {
    let (name, number) = street.rsplit_once(' ').unwrap_or((street, "1"));
    json!({
        "cisloDomovni": number.parse::<u32>().unwrap_or(1),
        "cisloOrientacni": if dice.below(2) == 0 { Value::from(format!("{}", 1 + dice.below(60))) } else { Value::Null },
        "dodatekAdresy": null,
        "kodAdresnihoMista": point,
        "psc": town.postcode.as_ref().map(|p| p.as_str().replace(' ', "")),
        "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
        "kraj": {"id": regions.region_id(town)},
        "okres": {"id": regions.district_id(town)},
        "obec": {"id": format!("Obec/{}", town.code.number())},
        "castObce": {"id": format!("CastObce/{}", 400_000 + town.code.number() % 100_000)},
        "mestskyObvodMestskaCast": null,
        "mestskyObvodVPraze": null,
        "ulice": {"nazev": name},
    })
}

fn phone(dice: &mut Dice) -> String {
    format!("{}{:08}", 2 + dice.below(7), dice.below(100_000_000))
}

fn past_day(dice: &mut Dice) -> String {
    format!(
        "{}-{:02}-{:02}",
        2012 + dice.below(14),
        1 + dice.below(12),
        1 + dice.below(28)
    )
}

/// A service's forms, as its type suggests.
fn forms_of(dice: &mut Dice, t: ServiceType) -> Vec<DeliveryForm> {
    use ServiceType::*;
    let main = match t {
        SeniorHome
        | DisabilityHome
        | SpecialRegimeHome
        | ShelteredHousing
        | WeeklyCareCentre
        | Shelter
        | HalfwayHouse
        | NightShelter
        | TherapeuticCommunity
        | HealthcareFacilityCare => DeliveryForm::Residential,
        HomeCare
        | PersonalAssistance
        | OutreachProgramme
        | EarlyIntervention
        | EmergencyCare
        | IndependentLivingSupport => DeliveryForm::Field,
        _ => DeliveryForm::Outpatient,
    };
    let mut forms = vec![main];
    if dice.below(4) == 0 {
        let other = *dice.pick(DeliveryForm::ALL);
        if other != main {
            forms.push(other);
        }
    }
    forms
}

fn form(dice: &mut Dice, f: DeliveryForm, t: ServiceType) -> Value {
    let (code, kind, most) = match (f, t) {
        (_, ServiceType::CrisisHelpline) => ("ter", "hovor", 5_000),
        (DeliveryForm::Residential, _) => ("pob", "luzka", 150),
        (DeliveryForm::Outpatient, _) if dice.below(2) == 0 => ("amb", "kontakt", 40),
        (DeliveryForm::Outpatient, _) => ("amb", "klient", 60),
        (DeliveryForm::Field, _) if dice.below(3) == 0 => ("ter", "interv", 30),
        (DeliveryForm::Field, _) => ("ter", "klient", 200),
    };
    let code = match f {
        DeliveryForm::Residential => "pob",
        DeliveryForm::Outpatient => "amb",
        DeliveryForm::Field => code,
    };
    let count = 1 + dice.below(most);
    let days: Vec<Value> = (1..=7)
        .map(|d| json!({"den": {"id": format!("DenVTydnu/{d}")}, "casOd": "07:30", "casDo": "15:30"}))
        .collect();
    json!({
        "forma": {"id": format!("FormaSocialniSluzby/{code}")},
        "nepretrzitePoskytovani": code == "pob",
        "casoveRozsahy": if code == "pob" { Value::Null } else { Value::from(days) },
        "kapacity": [{
            "pocet": count,
            "popis": format!("Maximální kapacita {count} s účinností od 01.09.2016."),
            "typ": {"id": format!("TypKapacitySocialniSluzby/{kind}")}
        }],
    })
}

fn target_groups(dice: &mut Dice, t: ServiceType) -> Vec<Value> {
    let mut ids: Vec<usize> = match t {
        ServiceType::SeniorHome | ServiceType::HomeCare => vec![24],
        ServiceType::FamilyActivation => vec![23],
        _ => Vec::new(),
    };
    for _ in 0..1 + dice.below(3) {
        // Now and then a group the portal has no counterpart for, as a real list may have.
        let id = if dice.below(40) == 0 {
            29
        } else {
            1 + dice.below(27)
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.into_iter()
        .map(|id| json!({"cilovaSkupina": {"id": format!("CilovaSkupinaOsoby/{id}")}}))
        .collect()
}

/// The documents on MPSV's servers that make most of an item's bytes.
fn documents(dice: &mut Dice, n: usize) -> Value {
    let mut part = |what: &str, count: usize| -> Vec<Value> {
        (0..count)
            .map(|i| {
                let doc = 3_000_000 + n * 20 + i;
                json!({
                    "nazev": format!("{what} služby {n}, příloha {i}: popis personálního, finančního a \
                        provozního zajištění, jak jej poskytovatel uvedl v žádosti o registraci a v \
                        jejích změnách; dokument je uložen u registrujícího krajského úřadu."),
                    "platnostOd": "2024-01-01",
                    "priloha": {
                        "url": format!("https://www.mpsv.cz/agportal-server/rest/documents/{doc}"),
                        "nazev": format!("priloha-{doc}.pdf"),
                        "velikost": 120_000 + dice.below(900_000),
                        "typ": "application/pdf"
                    }
                })
            })
            .collect()
    };
    json!({
        "realizacePoskytovani": part("Realizace poskytování", 8),
        "planyFinancnihoZajisteni": part("Plán finančního zajištění", 8),
        "personalniZajisteni": part("Personální zajištění", 8),
    })
}

/// A spot within about 1.5 km of `centre`.
fn near(dice: &mut Dice, centre: Coordinates) -> Coordinates {
    let offset = |dice: &mut Dice| (dice.below(2_001) as f64 - 1_000.0) / 1_000.0 * 0.013;
    let lat = centre.lat() + offset(dice);
    let lon = centre.lon() + offset(dice) * 1.5;
    Coordinates::new(lat, lon).unwrap_or(centre)
}

/// RÚIAN's address points as ČÚZK publishes them: a Windows-1250 CSV per municipality, the
/// published header, S-JTSK coordinates; a few points no facility uses in each file.
fn write_ruian(
    dir: &Path,
    dice: &mut Dice,
    points: &BTreeMap<u32, Vec<(u64, &MunicipalityRecord, Coordinates, String)>>,
) -> Result<usize, RegisterFileError> {
    const HEADER: &str = "Kód ADM;Kód obce;Název obce;Kód MOMC;Název MOMC;Kód MOP;Název MOP;\
        Kód části obce;Název části obce;Kód ulice;Název ulice;Typ SO;Číslo domovní;\
        Číslo orientační;Znak čísla orientačního;PSČ;Souřadnice Y;Souřadnice X;Platí Od";
    let mut written = 0;
    for (town_code, rows) in points {
        let town = rows[0].1;
        let mut text = String::from(HEADER);
        text.push_str("\r\n");
        let others = (0..5).map(|i| {
            let spot = near(dice, town.centre);
            (
                90_000_000 + u64::from(*town_code) * 8 + i,
                spot,
                "Polní 7".to_owned(),
            )
        });
        for (code, spot, street) in rows
            .iter()
            .map(|(code, _, spot, street)| (*code, *spot, street.clone()))
            .chain(others)
        {
            let grid = Sjtsk::from_wgs84(spot);
            let (name, number) = street.rsplit_once(' ').unwrap_or((&street, "1"));
            let postcode = town
                .postcode
                .as_ref()
                .map(|p| p.as_str().replace(' ', ""))
                .unwrap_or_default();
            text.push_str(&format!(
                "{code};{town_code};{};;;;;{};{};;{name};č.p.;{number};;;{postcode};{:.2};{:.2};2011-07-01T00:00:00\r\n",
                town.name,
                400_000 + town_code % 100_000,
                town.name,
                grid.y(),
                grid.x(),
            ));
        }
        written += rows.len();
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(&text);
        std::fs::write(
            dir.join(format!(
                "{}_OB_{town_code}_ADR.csv",
                GENERATED_ON.replace('-', "")
            )),
            bytes,
        )?;
    }
    Ok(written)
}
