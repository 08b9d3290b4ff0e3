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
    fn bits_are_the_list_order_and_fit_one_integer() {
        for (i, g) in TargetGroup::ALL.iter().enumerate() {
            assert_eq!(g.bit() as usize, i);
        }
        assert!(TargetGroup::ALL.len() < 63);
    }
}
