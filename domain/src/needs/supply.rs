//! The supply of services against the people they are for: per service type the services and
//! their registered capacity per 1,000 inhabitants of the audience's age, per municipality the
//! services present, and the municipalities no field service of a type reaches.

use crate::capacity::{Capacity, CapacityKind};
use crate::catalog::MunicipalityRef;
use crate::{MunicipalityCode, ServiceType, TargetGroup};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Ages of people a service is for: `from` up to, not including, `to` (none: no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub from: u8,
    pub to: Option<u8>,
}

impl AgeRange {
    pub const ALL: AgeRange = AgeRange { from: 0, to: None };

    /// Does the five-year band beginning at `age_from` belong here?
    pub fn contains(self, age_from: u8) -> bool {
        age_from >= self.from && self.to.is_none_or(|to| age_from < to)
    }

    /// "65 let a více", "0–19 let", "všichni".
    pub fn label(self) -> String {
        match (self.from, self.to) {
            (0, None) => "obyvatelé všech věků".into(),
            (from, None) => format!("obyvatelé od {from} let"),
            (from, Some(to)) => format!("obyvatelé ve věku {from}–{} let", to - 1),
        }
    }

    /// The ages of the people a set of target groups stands for: the bands of those of its
    /// groups defined by age together (an audience of seniors counts people over 65 even if it
    /// also names carers), everyone when none is. The census counts in five-year bands, so
    /// children and youth (6–26 in the law) are 5–24 here.
    pub fn of_groups(groups: &[TargetGroup]) -> AgeRange {
        let ranges: Vec<AgeRange> = groups
            .iter()
            .filter_map(|group| match group {
                TargetGroup::Seniors => Some(AgeRange { from: 65, to: None }),
                TargetGroup::FamiliesWithChildren => Some(AgeRange {
                    from: 0,
                    to: Some(20),
                }),
                TargetGroup::ChildrenAndYouth => Some(AgeRange {
                    from: 5,
                    to: Some(25),
                }),
                _ => None,
            })
            .collect();
        if ranges.is_empty() {
            return AgeRange::ALL;
        }
        AgeRange {
            from: ranges.iter().map(|r| r.from).min().unwrap_or(0),
            to: ranges
                .iter()
                .map(|r| r.to)
                .try_fold(0, |max, to| to.map(|t| max.max(t))),
        }
    }
}

/// What the supply needs to know of one published service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupplyService {
    pub service_type: Option<ServiceType>,
    /// Provided in the field (terénní).
    pub field: bool,
    /// The municipalities where it is present: its places and its area.
    pub municipalities: Vec<MunicipalityCode>,
    pub capacities: Vec<Capacity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeRow {
    pub service_type: Option<ServiceType>,
    pub services: u64,
    /// Registered maxima added up per kind ("lůžka", "klienti"…).
    pub capacities: Vec<(CapacityKind, u64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityRow {
    pub municipality: MunicipalityRef,
    /// Inhabitants of the audience's age; `None` before the population is imported.
    pub people: Option<u64>,
    pub services: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldGap {
    pub service_type: ServiceType,
    pub unreached: Vec<MunicipalityRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Supply {
    pub ages: AgeRange,
    /// Inhabitants of those ages in the portal's municipalities; `None` without a population.
    pub people: Option<u64>,
    pub by_type: Vec<TypeRow>,
    pub by_municipality: Vec<MunicipalityRow>,
    pub field_gaps: Vec<FieldGap>,
}

/// The supply of `services` in `municipalities` (the portal's, in their order) for people of
/// `ages`; `people` holds each municipality's inhabitants of those ages, empty before an import.
pub fn supply(
    ages: AgeRange,
    municipalities: &[MunicipalityRef],
    people: &HashMap<MunicipalityCode, u64>,
    services: &[SupplyService],
) -> Supply {
    let ours: HashSet<MunicipalityCode> = municipalities.iter().map(|m| m.code).collect();
    let mut by_type: BTreeMap<Option<ServiceType>, TypeRow> = BTreeMap::new();
    let mut present: HashMap<MunicipalityCode, u64> = HashMap::new();
    let mut field_reach: BTreeMap<ServiceType, HashSet<MunicipalityCode>> = BTreeMap::new();
    for service in services {
        let row = by_type
            .entry(service.service_type)
            .or_insert_with(|| TypeRow {
                service_type: service.service_type,
                services: 0,
                capacities: Vec::new(),
            });
        row.services += 1;
        for capacity in &service.capacities {
            match row.capacities.iter_mut().find(|(k, _)| *k == capacity.kind) {
                Some((_, total)) => *total += u64::from(capacity.maximum),
                None => row
                    .capacities
                    .push((capacity.kind, u64::from(capacity.maximum))),
            }
        }
        let mut seen = HashSet::new();
        for code in service.municipalities.iter().filter(|c| ours.contains(c)) {
            if seen.insert(*code) {
                *present.entry(*code).or_default() += 1;
            }
        }
        if let (true, Some(kind)) = (service.field, service.service_type) {
            field_reach
                .entry(kind)
                .or_default()
                .extend(service.municipalities.iter().copied());
        }
    }
    let known = !people.is_empty();
    Supply {
        ages,
        people: known.then(|| {
            municipalities
                .iter()
                .filter_map(|m| people.get(&m.code))
                .sum()
        }),
        by_type: by_type.into_values().collect(),
        by_municipality: municipalities
            .iter()
            .map(|m| MunicipalityRow {
                municipality: m.clone(),
                people: known.then(|| people.get(&m.code).copied().unwrap_or(0)),
                services: present.get(&m.code).copied().unwrap_or(0),
            })
            .collect(),
        field_gaps: field_reach
            .into_iter()
            .map(|(service_type, reached)| FieldGap {
                service_type,
                unreached: municipalities
                    .iter()
                    .filter(|m| !reached.contains(&m.code))
                    .cloned()
                    .collect(),
            })
            .filter(|gap| !gap.unreached.is_empty())
            .collect(),
    }
}

/// A type's registered maxima added up, counted in Czech: "120 lůžek, 40 klientů".
pub fn capacity_totals(capacities: &[(CapacityKind, u64)]) -> String {
    capacities
        .iter()
        .map(|(kind, n)| kind.counted(u32::try_from(*n).unwrap_or(u32::MAX)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The same per 1,000 of `people`, each with what it counts: "0,98 (lůžka)"; "–" per kind
/// without people.
pub fn capacity_rates(capacities: &[(CapacityKind, u64)], people: Option<u64>) -> String {
    capacities
        .iter()
        .map(|(kind, n)| {
            let rate = per_thousand(*n, people).unwrap_or_else(|| "–".into());
            format!("{rate} ({})", kind.label())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `count` per 1,000 of `people`, as Czech writes it ("0,52"); nothing without people.
pub fn per_thousand(count: u64, people: Option<u64>) -> Option<String> {
    let people = people.filter(|p| *p > 0)?;
    let value = count as f64 * 1000.0 / people as f64;
    Some(format!("{value:.2}").replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DeliveryForm;

    fn place(code: &str, name: &str) -> MunicipalityRef {
        MunicipalityRef {
            code: MunicipalityCode::parse(code).unwrap(),
            name: name.into(),
        }
    }

    #[test]
    fn audiences_take_the_ages_of_their_groups() {
        assert_eq!(
            AgeRange::of_groups(&[TargetGroup::Seniors]),
            AgeRange { from: 65, to: None }
        );
        assert_eq!(
            AgeRange::of_groups(&[
                TargetGroup::FamiliesWithChildren,
                TargetGroup::ChildrenAndYouth
            ]),
            AgeRange {
                from: 0,
                to: Some(25)
            }
        );
        assert_eq!(
            AgeRange::of_groups(&[TargetGroup::Seniors, TargetGroup::Dementia]),
            AgeRange { from: 65, to: None }
        );
        assert_eq!(AgeRange::of_groups(&[TargetGroup::Homeless]), AgeRange::ALL);
        assert_eq!(AgeRange::of_groups(&[]), AgeRange::ALL);
        assert!(AgeRange { from: 65, to: None }.contains(100));
        assert!(
            !AgeRange {
                from: 0,
                to: Some(20)
            }
            .contains(20)
        );
        assert_eq!(
            AgeRange {
                from: 0,
                to: Some(20)
            }
            .label(),
            "obyvatelé ve věku 0–19 let"
        );
    }

    #[test]
    fn supply_counts_services_capacity_and_white_spots() {
        let pisek = place("549240", "Písek");
        let mirotice = place("549622", "Mirotice");
        let cimelice = place("549312", "Čimelice");
        let towns = [pisek.clone(), mirotice.clone(), cimelice.clone()];
        let people = HashMap::from([
            (pisek.code, 6_000),
            (mirotice.code, 300),
            (cimelice.code, 200),
        ]);
        let care = |codes: &[&MunicipalityRef], beds: u32| SupplyService {
            service_type: Some(ServiceType::ALL[0]),
            field: true,
            municipalities: codes.iter().map(|m| m.code).collect(),
            capacities: vec![Capacity {
                form: DeliveryForm::Field,
                kind: CapacityKind::Clients,
                maximum: beds,
            }],
        };
        let outside = MunicipalityCode::parse("535419").unwrap();
        let mut far = care(&[&pisek], 10);
        far.municipalities.push(outside);
        let supply = supply(
            AgeRange { from: 65, to: None },
            &towns,
            &people,
            &[care(&[&pisek, &mirotice], 40), far],
        );
        assert_eq!(supply.people, Some(6_500));
        assert_eq!(supply.by_type[0].services, 2);
        assert_eq!(
            supply.by_type[0].capacities,
            vec![(CapacityKind::Clients, 50)]
        );
        assert_eq!(per_thousand(50, supply.people).unwrap(), "7,69");
        let beds = [(CapacityKind::Beds, 120), (CapacityKind::Clients, 1)];
        assert_eq!(capacity_totals(&beds), "120 lůžek, 1 klient");
        assert_eq!(
            capacity_rates(&beds, Some(122_500)),
            "0,98 (lůžka), 0,01 (klienti)"
        );
        assert_eq!(supply.by_municipality[0].services, 2);
        assert_eq!(supply.by_municipality[1].services, 1);
        assert_eq!(supply.by_municipality[2].people, Some(200));
        assert_eq!(supply.field_gaps.len(), 1);
        assert_eq!(supply.field_gaps[0].unreached, vec![cimelice]);
    }

    #[test]
    fn without_a_population_there_are_no_rates() {
        let supply = supply(
            AgeRange::ALL,
            &[place("549240", "Písek")],
            &HashMap::new(),
            &[],
        );
        assert_eq!(supply.people, None);
        assert_eq!(supply.by_municipality[0].people, None);
        assert_eq!(per_thousand(5, supply.people), None);
        assert_eq!(per_thousand(5, Some(0)), None);
    }
}
