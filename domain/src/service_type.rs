//! The types of social service defined by zákon č. 108/2006 Sb., o sociálních službách.

use crate::code_list::code_list;

code_list! {
    /// A registered social service's type (druh sociální služby).
    pub enum ServiceType as "druh služby" {
        SocialCounselling = 0, "socialni-poradenstvi", "Sociální poradenství";
        PersonalAssistance = 1, "osobni-asistence", "Osobní asistence";
        HomeCare = 2, "pecovatelska-sluzba", "Pečovatelská služba";
        EmergencyCare = 3, "tisnova-pece", "Tísňová péče";
        GuideAndReading = 4, "pruvodcovske-a-predcitatelske-sluzby", "Průvodcovské a předčitatelské služby";
        IndependentLivingSupport = 5, "podpora-samostatneho-bydleni", "Podpora samostatného bydlení";
        RespiteCare = 6, "odlehcovaci-sluzby", "Odlehčovací služby";
        DayServiceCentre = 7, "centra-dennich-sluzeb", "Centra denních služeb";
        DayCareCentre = 8, "denni-stacionare", "Denní stacionáře";
        WeeklyCareCentre = 9, "tydenni-stacionare", "Týdenní stacionáře";
        DisabilityHome = 10, "domovy-pro-osoby-se-zdravotnim-postizenim", "Domovy pro osoby se zdravotním postižením";
        SeniorHome = 11, "domovy-pro-seniory", "Domovy pro seniory";
        SpecialRegimeHome = 12, "domovy-se-zvlastnim-rezimem", "Domovy se zvláštním režimem";
        ShelteredHousing = 13, "chranene-bydleni", "Chráněné bydlení";
        HealthcareFacilityCare = 14, "socialni-sluzby-ve-zdravotnickych-zarizenich", "Sociální služby ve zdravotnických zařízeních lůžkové péče";
        EarlyIntervention = 15, "rana-pece", "Raná péče";
        CrisisHelpline = 16, "telefonicka-krizova-pomoc", "Telefonická krizová pomoc";
        Interpreting = 17, "tlumocnicke-sluzby", "Tlumočnické služby";
        Shelter = 18, "azylove-domy", "Azylové domy";
        HalfwayHouse = 19, "domy-na-pul-cesty", "Domy na půl cesty";
        ContactCentre = 20, "kontaktni-centra", "Kontaktní centra";
        CrisisHelp = 21, "krizova-pomoc", "Krizová pomoc";
        InterventionCentre = 22, "intervencni-centra", "Intervenční centra";
        LowThresholdDayCentre = 23, "nizkoprahova-denni-centra", "Nízkoprahová denní centra";
        LowThresholdYouthClub = 24, "nizkoprahova-zarizeni-pro-deti-a-mladez", "Nízkoprahová zařízení pro děti a mládež";
        NightShelter = 25, "nocleharny", "Noclehárny";
        AftercareServices = 26, "sluzby-nasledne-pece", "Služby následné péče";
        FamilyActivation = 27, "socialne-aktivizacni-sluzby-pro-rodiny-s-detmi", "Sociálně aktivizační služby pro rodiny s dětmi";
        SeniorActivation = 28, "socialne-aktivizacni-sluzby-pro-seniory-a-osoby-se-zp", "Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením";
        TherapeuticWorkshop = 29, "socialne-terapeuticke-dilny", "Sociálně terapeutické dílny";
        TherapeuticCommunity = 30, "terapeuticke-komunity", "Terapeutické komunity";
        OutreachProgramme = 31, "terenni-programy", "Terénní programy";
        SocialRehabilitation = 32, "socialni-rehabilitace", "Sociální rehabilitace";
    }
}

/// The three groups the law sorts service types into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceCategory {
    Counselling,
    Care,
    Prevention,
}

impl ServiceCategory {
    pub const fn label(self) -> &'static str {
        match self {
            ServiceCategory::Counselling => "Sociální poradenství",
            ServiceCategory::Care => "Služby sociální péče",
            ServiceCategory::Prevention => "Služby sociální prevence",
        }
    }
}

impl ServiceType {
    /// The section of the law that defines the type, e.g. "§ 40".
    pub const fn section(self) -> &'static str {
        use ServiceType::*;
        match self {
            SocialCounselling => "§ 37",
            PersonalAssistance => "§ 39",
            HomeCare => "§ 40",
            EmergencyCare => "§ 41",
            GuideAndReading => "§ 42",
            IndependentLivingSupport => "§ 43",
            RespiteCare => "§ 44",
            DayServiceCentre => "§ 45",
            DayCareCentre => "§ 46",
            WeeklyCareCentre => "§ 47",
            DisabilityHome => "§ 48",
            SeniorHome => "§ 49",
            SpecialRegimeHome => "§ 50",
            ShelteredHousing => "§ 51",
            HealthcareFacilityCare => "§ 52",
            EarlyIntervention => "§ 54",
            CrisisHelpline => "§ 55",
            Interpreting => "§ 56",
            Shelter => "§ 57",
            HalfwayHouse => "§ 58",
            ContactCentre => "§ 59",
            CrisisHelp => "§ 60",
            InterventionCentre => "§ 60a",
            LowThresholdDayCentre => "§ 61",
            LowThresholdYouthClub => "§ 62",
            NightShelter => "§ 63",
            AftercareServices => "§ 64",
            FamilyActivation => "§ 65",
            SeniorActivation => "§ 66",
            TherapeuticWorkshop => "§ 67",
            TherapeuticCommunity => "§ 68",
            OutreachProgramme => "§ 69",
            SocialRehabilitation => "§ 70",
        }
    }

    /// Counselling, care or prevention, as the law groups them.
    pub const fn category(self) -> ServiceCategory {
        match self.bit() {
            0 => ServiceCategory::Counselling,
            1..=14 => ServiceCategory::Care,
            _ => ServiceCategory::Prevention,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_law_lists_thirty_three_types_with_distinct_slugs_and_bits() {
        assert_eq!(ServiceType::ALL.len(), 33);
        let mut slugs: Vec<_> = ServiceType::ALL.iter().map(|t| t.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 33);
        for (i, t) in ServiceType::ALL.iter().enumerate() {
            assert_eq!(t.bit() as usize, i, "{t:?} must keep its persisted bit");
        }
    }

    #[test]
    fn sections_and_categories_follow_the_law() {
        assert_eq!(ServiceType::HomeCare.section(), "§ 40");
        assert_eq!(ServiceType::InterventionCentre.section(), "§ 60a");
        assert_eq!(
            ServiceType::SocialCounselling.category(),
            ServiceCategory::Counselling
        );
        assert_eq!(
            ServiceType::HealthcareFacilityCare.category(),
            ServiceCategory::Care
        );
        assert_eq!(
            ServiceType::EarlyIntervention.category(),
            ServiceCategory::Prevention
        );
    }

    #[test]
    fn slugs_round_trip_and_unknown_slugs_are_named() {
        for t in ServiceType::ALL {
            assert_eq!(ServiceType::from_slug(t.slug()), Ok(*t));
        }
        let err = ServiceType::from_slug("kouzelna-sluzba").unwrap_err();
        assert!(err.to_string().contains("kouzelna-sluzba"));
    }

    #[test]
    fn masks_round_trip() {
        let set = [ServiceType::HomeCare, ServiceType::SocialRehabilitation];
        assert_eq!(
            ServiceType::from_mask(ServiceType::mask(&set)),
            set.to_vec()
        );
    }
}
