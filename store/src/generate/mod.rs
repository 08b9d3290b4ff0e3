//! A generated national-size directory for benchmarks: every Czech municipality and, by default,
//! 10,000 services of every type, spread over the country; and (`register.rs`) the national
//! register's download in its published shape. Deterministic for a given seed, so figures
//! measured on them can be compared across runs.

mod register;

pub use register::{GENERATED_ON, RegisterDataSet, RegisterWritten, write_register_download};

use crate::import::sample::Site;
use crate::import::{ImportError, SampleData, parse_municipalities};
use domain::import::{LocationEntry, OrganizationEntry, ServiceEntry};
use domain::{DeliveryForm, Phone, ServiceLanguage, ServiceType, TargetGroup};

pub(crate) const CZECH_MUNICIPALITIES: &str = include_str!("../../data/obce-cr.csv");

/// How big a data set to make.
#[derive(Debug, Clone, Copy)]
pub struct NationalDataSet {
    pub services: usize,
    pub services_per_organization: usize,
    pub seed: u64,
}

impl Default for NationalDataSet {
    fn default() -> Self {
        NationalDataSet {
            services: 10_000,
            services_per_organization: 4,
            seed: 2026,
        }
    }
}

/// A small deterministic generator (xorshift64*); good enough to spread records around.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const DESCRIPTIONS: &[&str] = &[
    "Pomáháme lidem zvládnout péči o sebe a domácnost, doprovázíme k lékaři a na úřady.",
    "Poskytujeme poradenství v tíživé životní situaci, při dluzích, exekucích a ztrátě bydlení.",
    "Podporujeme rodiny s dětmi v péči o domácnost a ve výchově, pomáháme s hledáním práce.",
    "Nabízíme bezpečné zázemí a krizovou pomoc lidem, kteří se ocitli bez přístřeší.",
    "Pečujeme o seniory a lidi se zdravotním postižením, kteří potřebují pravidelnou pomoc.",
    "Provázíme lidi s duševním onemocněním na cestě k samostatnému životu.",
];

/// Makes the data set; import it with [`crate::Store::import_sample`].
pub fn generate_national(set: &NationalDataSet) -> Result<SampleData, ImportError> {
    let municipalities = parse_municipalities(CZECH_MUNICIPALITIES)?;
    let bundled = SampleData::bundled()?;
    let audiences = bundled
        .audiences
        .into_iter()
        .map(|a| domain::Audience {
            topics: Vec::new(),
            ..a
        })
        .collect();
    let mut dice = Dice(set.seed.max(1));
    let per_org = set.services_per_organization.max(1);
    let mut organizations = Vec::with_capacity(set.services / per_org + 1);
    for n in 0..set.services {
        if n % per_org == 0 {
            let home = dice.pick(&municipalities);
            organizations.push(OrganizationEntry {
                name: format!("Organizace {} ({})", n / per_org + 1, home.name),
                ico: None,
                legal_form: Some("z. ú.".into()),
                description: "Generovaná organizace pro měření výkonu.".into(),
                street: None,
                municipality: Some(home.code),
                postcode: home.postcode.clone(),
                phones: Vec::new(),
                emails: Vec::new(),
                web: None,
                contact_note: None,
                services: Vec::new(),
            });
        }
        let service_type = *dice.pick(ServiceType::ALL);
        let place = dice.pick(&municipalities);
        let field = dice.below(10) < 3;
        let forms = if field {
            vec![DeliveryForm::Field]
        } else {
            vec![*dice.pick(&[DeliveryForm::Outpatient, DeliveryForm::Residential])]
        };
        let mut languages = vec![ServiceLanguage::Czech];
        if dice.below(5) == 0 {
            languages.push(*dice.pick(&[ServiceLanguage::Ukrainian, ServiceLanguage::English]));
        }
        let target_groups = (0..1 + dice.below(3))
            .map(|_| *dice.pick(TargetGroup::ALL))
            .collect();
        let phone = Phone::parse(&format!(
            "{}{:08}",
            2 + dice.below(7),
            dice.below(100_000_000)
        ))
        .ok();
        let service = ServiceEntry {
            key: None,
            name: format!("{} {}", service_type.label(), place.name),
            description: (*dice.pick(DESCRIPTIONS)).to_owned(),
            keywords: String::new(),
            service_type: Some(service_type),
            register_id: None,
            forms,
            languages,
            target_groups,
            hours: None,
            phones: phone.into_iter().collect(),
            emails: Vec::new(),
            web: None,
            cost: None,
            contact_note: None,
            area: Vec::new(),
            area_radius_km: field.then(|| 5.0 + dice.below(15) as f64),
            area_districts: Vec::new(),
            locations: vec![LocationEntry {
                name: None,
                street: None,
                municipality: place.code,
                postcode: place.postcode.clone(),
                position: None,
                hours: None,
                address_point: None,
            }],
            capacities: Vec::new(),
        };
        if let Some(org) = organizations.last_mut() {
            org.services.push(service);
        }
    }
    let mut data = SampleData::directory(
        Site {
            region_name: "Česko (generovaná data)".into(),
            district_codes: vec!["CZ0314".into()],
            sample: true,
        },
        audiences,
        organizations,
        CZECH_MUNICIPALITIES,
    );
    // The sample's wizard, its outcomes without the sample's services and questions (not
    // here): a resident's path does not depend on the catalogue's size, and the in-page
    // benchmark walks it beside the national catalogue.
    data.wizard = bundled.wizard.map(|mut tree| {
        for node in &mut tree.nodes {
            if let domain::wizard::Step::Outcome(outcome) = &mut node.step {
                outcome.contacts.clear();
                outcome.faq.clear();
            }
        }
        tree
    });
    Ok(data)
}

/// Why a generated register could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RegisterFileError {
    #[error(transparent)]
    Data(#[from] ImportError),
    #[error(transparent)]
    Write(#[from] std::io::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_data() {
        let set = NationalDataSet {
            services: 50,
            ..NationalDataSet::default()
        };
        let a = generate_national(&set).unwrap();
        let b = generate_national(&set).unwrap();
        let names = |d: &SampleData| {
            d.organizations
                .iter()
                .flat_map(|o| o.services.iter().map(|s| s.name.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&a), names(&b));
        assert_eq!(names(&a).len(), 50);
    }

    #[test]
    fn made_up_icos_pass_the_check_digit() {
        for n in [0, 1, 17, 2499] {
            assert!(
                domain::Ico::parse(&register::made_up_ico(n)).is_ok(),
                "{}",
                register::made_up_ico(n)
            );
        }
    }
}
