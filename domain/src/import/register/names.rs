//! The register's code-list names mapped onto the portal's values. The register numbers its
//! codes its own way (`DruhSocialniSluzby/13` is "domovy pro seniory", § 49 of the law), so a
//! code is known by the name its list gives it, compared without case, diacritics or extra
//! spaces. A name missing here is reported by the import with an example, never guessed.

use crate::capacity::CapacityKind;
use crate::text::fold;
use crate::{DeliveryForm, ServiceType, TargetGroup};

/// The law's service types by the names the law (zákon č. 108/2006 Sb., §§ 37–70) and the
/// register give them.
const SERVICE_TYPES: &[(&str, ServiceType)] = {
    use ServiceType::*;
    &[
        ("sociální poradenství", SocialCounselling),
        ("odborné sociální poradenství", SocialCounselling),
        ("základní sociální poradenství", SocialCounselling),
        ("osobní asistence", PersonalAssistance),
        ("pečovatelská služba", HomeCare),
        ("tísňová péče", EmergencyCare),
        ("průvodcovské a předčitatelské služby", GuideAndReading),
        ("podpora samostatného bydlení", IndependentLivingSupport),
        ("odlehčovací služby", RespiteCare),
        ("centra denních služeb", DayServiceCentre),
        ("denní stacionáře", DayCareCentre),
        ("týdenní stacionáře", WeeklyCareCentre),
        ("domovy pro osoby se zdravotním postižením", DisabilityHome),
        ("domovy pro seniory", SeniorHome),
        ("domovy se zvláštním režimem", SpecialRegimeHome),
        ("chráněné bydlení", ShelteredHousing),
        (
            "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
            HealthcareFacilityCare,
        ),
        (
            "sociální služby ve zdravotnických zařízeních lůžkové péče",
            HealthcareFacilityCare,
        ),
        ("raná péče", EarlyIntervention),
        ("telefonická krizová pomoc", CrisisHelpline),
        ("tlumočnické služby", Interpreting),
        ("azylové domy", Shelter),
        ("domy na půl cesty", HalfwayHouse),
        ("kontaktní centra", ContactCentre),
        ("krizová pomoc", CrisisHelp),
        ("intervenční centra", InterventionCentre),
        ("nízkoprahová denní centra", LowThresholdDayCentre),
        (
            "nízkoprahová zařízení pro děti a mládež",
            LowThresholdYouthClub,
        ),
        ("noclehárny", NightShelter),
        ("služby následné péče", AftercareServices),
        (
            "sociálně aktivizační služby pro rodiny s dětmi",
            FamilyActivation,
        ),
        (
            "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
            SeniorActivation,
        ),
        ("sociálně terapeutické dílny", TherapeuticWorkshop),
        ("terapeutické komunity", TherapeuticCommunity),
        ("terénní programy", OutreachProgramme),
        ("sociální rehabilitace", SocialRehabilitation),
    ]
};

/// Target groups by the names of the register's list (cílové skupiny osob). A broad name stands
/// for every group it covers.
const TARGET_GROUPS: &[(&str, &[TargetGroup])] = {
    use TargetGroup::*;
    const DISABILITIES: &[TargetGroup] = &[
        PhysicalDisability,
        MentalDisability,
        VisualImpairment,
        HearingImpairment,
        CombinedDisability,
        OtherDisability,
    ];
    &[
        ("senioři", &[Seniors]),
        ("rodiny s dítětem/dětmi", &[FamiliesWithChildren]),
        ("rodiny s dětmi", &[FamiliesWithChildren]),
        ("děti a mládež", &[ChildrenAndYouth]),
        (
            "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
            &[ChildrenAndYouth],
        ),
        (
            "osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče",
            &[ChildrenAndYouth],
        ),
        ("osoby s tělesným postižením", &[PhysicalDisability]),
        ("osoby s mentálním postižením", &[MentalDisability]),
        ("osoby se zrakovým postižením", &[VisualImpairment]),
        ("osoby se sluchovým postižením", &[HearingImpairment]),
        ("osoby s kombinovaným postižením", &[CombinedDisability]),
        ("osoby s jiným zdravotním postižením", &[OtherDisability]),
        ("osoby se zdravotním postižením", DISABILITIES),
        ("osoby s chronickým onemocněním", &[ChronicIllness]),
        (
            "osoby s chronickým duševním onemocněním",
            &[ChronicMentalIllness],
        ),
        ("osoby žijící s demencí", &[Dementia]),
        ("pečující osoby", &[Carers]),
        ("osoby s potřebou paliativní péče", &[PalliativeCare]),
        ("osoby v krizi", &[InCrisis]),
        ("osoby bez přístřeší", &[Homeless]),
        ("oběti domácího násilí", &[DomesticViolenceVictims]),
        ("oběti trestné činnosti", &[CrimeVictims]),
        ("oběti obchodu s lidmi", &[TraffickingVictims]),
        ("osoby komerčně zneužívané", &[CommerciallyExploited]),
        ("osoby ohrožené závislostí", &[AtRiskOfAddiction]),
        (
            "osoby ohrožené závislostí nebo závislé na návykových látkách",
            &[AtRiskOfAddiction],
        ),
        ("alkoholici a toxikomani", &[AtRiskOfAddiction]),
        (
            "osoby žijící v sociálně vyloučených komunitách",
            &[SociallyExcludedCommunities],
        ),
        ("etnické menšiny", &[EthnicMinorities]),
        ("imigranti a azylanti", &[ImmigrantsAndAsylumSeekers]),
        ("pachatelé trestné činnosti", &[Offenders]),
        ("osoby vedoucí rizikový způsob života", &[RiskyLifestyle]),
        (
            "osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy",
            &[RiskyLifestyle],
        ),
    ]
};

/// Capacity types by a word of their name (the list names them "počet lůžek" and the like; the
/// ids end `luzka`, `klient`, `kontakt`, `interv`, `hovor`).
const CAPACITY_WORDS: &[(&str, CapacityKind)] = &[
    ("luz", CapacityKind::Beds),
    ("klient", CapacityKind::Clients),
    ("kontakt", CapacityKind::Contacts),
    ("interv", CapacityKind::Interventions),
    ("hovor", CapacityKind::Calls),
];

/// A name as compared: folded, its spaces collapsed.
fn compared(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn service_type_named(name: &str) -> Option<ServiceType> {
    let name = compared(name);
    SERVICE_TYPES
        .iter()
        .find(|(n, _)| compared(n) == name)
        .map(|(_, t)| *t)
}

pub fn target_groups_named(name: &str) -> Option<&'static [TargetGroup]> {
    let name = compared(name);
    TARGET_GROUPS
        .iter()
        .find(|(n, _)| compared(n) == name)
        .map(|(_, groups)| *groups)
}

/// The delivery form a list's name (or the id's last part: `pob`, `amb`, `ter`) stands for: the
/// law's three adjectives, "pobytová", "ambulantní", "terénní", and their forms.
pub fn delivery_form_named(name: &str) -> Option<DeliveryForm> {
    let name = compared(name);
    [
        ("pob", DeliveryForm::Residential),
        ("amb", DeliveryForm::Outpatient),
        ("ter", DeliveryForm::Field),
    ]
    .into_iter()
    .find(|(start, _)| name.starts_with(start))
    .map(|(_, form)| form)
}

pub fn capacity_kind_named(name: &str) -> Option<CapacityKind> {
    let name = compared(name);
    CAPACITY_WORDS
        .iter()
        .find(|(word, _)| name.contains(word))
        .map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_of_the_law_is_known_by_its_name() {
        for t in ServiceType::ALL {
            assert_eq!(service_type_named(t.label()), Some(*t), "{t:?}");
        }
        // Names as the register's list writes them (REGISTER.md), with its own case and spacing.
        for (name, t) in [
            (
                "odborné sociální poradenství",
                ServiceType::SocialCounselling,
            ),
            ("Domovy pro seniory", ServiceType::SeniorHome),
            (
                "sociálně aktivizační služby pro seniory a osoby se zdravotním  postižením",
                ServiceType::SeniorActivation,
            ),
            (
                "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
                ServiceType::HealthcareFacilityCare,
            ),
            ("terénní programy", ServiceType::OutreachProgramme),
        ] {
            assert_eq!(service_type_named(name), Some(t), "{name}");
        }
        assert_eq!(service_type_named("kouzelná služba"), None);
        let distinct: std::collections::BTreeSet<_> =
            SERVICE_TYPES.iter().map(|(_, t)| *t).collect();
        assert_eq!(
            distinct.len(),
            ServiceType::ALL.len(),
            "every type has a name"
        );
    }

    #[test]
    fn every_target_group_is_known_by_its_name_and_broad_names_cover_their_groups() {
        for g in TargetGroup::ALL {
            assert_eq!(target_groups_named(g.label()), Some(&[*g][..]), "{g:?}");
        }
        for (name, first) in [
            ("senioři", TargetGroup::Seniors),
            ("pečující osoby", TargetGroup::Carers),
            (
                "osoby s potřebou paliativní péče",
                TargetGroup::PalliativeCare,
            ),
            ("Osoby žijící s demencí", TargetGroup::Dementia),
            (
                "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
                TargetGroup::ChildrenAndYouth,
            ),
        ] {
            assert_eq!(
                target_groups_named(name).map(|g| g[0]),
                Some(first),
                "{name}"
            );
        }
        assert_eq!(
            target_groups_named("osoby se zdravotním postižením").map(<[_]>::len),
            Some(6)
        );
        assert_eq!(target_groups_named("marťané"), None);
    }

    #[test]
    fn forms_and_capacity_types_are_read_from_their_names_or_ids() {
        assert_eq!(
            delivery_form_named("pobytové služby"),
            Some(DeliveryForm::Residential)
        );
        assert_eq!(
            delivery_form_named("Ambulantní"),
            Some(DeliveryForm::Outpatient)
        );
        assert_eq!(delivery_form_named("ter"), Some(DeliveryForm::Field));
        assert_eq!(delivery_form_named("on-line"), None);
        assert_eq!(capacity_kind_named("počet lůžek"), Some(CapacityKind::Beds));
        assert_eq!(
            capacity_kind_named("interv"),
            Some(CapacityKind::Interventions)
        );
        assert_eq!(
            capacity_kind_named("Počet klientů"),
            Some(CapacityKind::Clients)
        );
        assert_eq!(capacity_kind_named("kontakt"), Some(CapacityKind::Contacts));
        assert_eq!(capacity_kind_named("hovor"), Some(CapacityKind::Calls));
        assert_eq!(capacity_kind_named("metry"), None);
    }
}
