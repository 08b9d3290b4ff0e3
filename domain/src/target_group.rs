//! Whom a service is for, in the national register's words (cílová skupina).

use crate::code_list::code_list;

code_list! {
    /// A target group as the national register lists it.
    pub enum TargetGroup as "cílová skupina" {
        Seniors = 0, "seniori", "senioři";
        FamiliesWithChildren = 1, "rodiny-s-detmi", "rodiny s dítětem/dětmi";
        ChildrenAndYouth = 2, "deti-a-mladez", "děti a mládež";
        PhysicalDisability = 3, "telesne-postizeni", "osoby s tělesným postižením";
        MentalDisability = 4, "mentalni-postizeni", "osoby s mentálním postižením";
        VisualImpairment = 5, "zrakove-postizeni", "osoby se zrakovým postižením";
        HearingImpairment = 6, "sluchove-postizeni", "osoby se sluchovým postižením";
        CombinedDisability = 7, "kombinovane-postizeni", "osoby s kombinovaným postižením";
        OtherDisability = 24, "jine-postizeni", "osoby s jiným zdravotním postižením";
        ChronicIllness = 8, "chronicke-onemocneni", "osoby s chronickým onemocněním";
        ChronicMentalIllness = 9, "dusevni-onemocneni", "osoby s chronickým duševním onemocněním";
        Dementia = 10, "demence", "osoby žijící s demencí";
        Carers = 11, "pecujici", "pečující osoby";
        PalliativeCare = 12, "paliativni-pece", "osoby s potřebou paliativní péče";
        InCrisis = 13, "v-krizi", "osoby v krizi";
        Homeless = 14, "bez-pristresi", "osoby bez přístřeší";
        DomesticViolenceVictims = 15, "obeti-domaciho-nasili", "oběti domácího násilí";
        CrimeVictims = 16, "obeti-trestne-cinnosti", "oběti trestné činnosti";
        TraffickingVictims = 17, "obeti-obchodu-s-lidmi", "oběti obchodu s lidmi";
        CommerciallyExploited = 18, "komercne-zneuzivane", "osoby komerčně zneužívané";
        AtRiskOfAddiction = 19, "ohrozene-zavislosti", "osoby ohrožené závislostí";
        RiskyLifestyle = 25, "rizikovy-zpusob-zivota", "osoby vedoucí rizikový způsob života";
        SociallyExcludedCommunities = 20, "socialne-vyloucene-komunity", "osoby žijící v sociálně vyloučených komunitách";
        EthnicMinorities = 21, "etnicke-mensiny", "etnické menšiny";
        ImmigrantsAndAsylumSeekers = 22, "imigranti-a-azylanti", "imigranti a azylanti";
        Offenders = 23, "pachatele-trestne-cinnosti", "pachatelé trestné činnosti";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_distinct_and_fit_one_integer() {
        let bits: std::collections::BTreeSet<u32> =
            TargetGroup::ALL.iter().map(|g| g.bit()).collect();
        assert_eq!(bits.len(), TargetGroup::ALL.len());
        assert!(bits.iter().all(|b| *b < 63));
        // Stored sets keep their meaning: the first groups keep their first bits.
        assert_eq!(TargetGroup::Seniors.bit(), 0);
        assert_eq!(TargetGroup::Offenders.bit(), 23);
    }
}
