//! The languages a service helps in without an interpreter (HSDS `language`). The slug is the
//! language's ISO 639 code, as HSDS asks; the label is its Czech name.

use crate::code_list::code_list;

code_list! {
    /// A language the staff of a service speak with clients.
    pub enum ServiceLanguage as "jazyk" {
        Czech = 0, "cs", "čeština";
        Ukrainian = 1, "uk", "ukrajinština";
        English = 2, "en", "angličtina";
        Russian = 3, "ru", "ruština";
        Romani = 4, "rom", "romština";
        Vietnamese = 5, "vi", "vietnamština";
        German = 6, "de", "němčina";
        Polish = 7, "pl", "polština";
        Slovak = 8, "sk", "slovenština";
        /// Czech sign language (ISO 639-3 `cse`).
        CzechSign = 9, "cse", "český znakový jazyk";
    }
}

impl ServiceLanguage {
    /// How a Czech sentence says someone speaks it: "domluvíte se *ukrajinsky*".
    pub const fn spoken(self) -> &'static str {
        match self {
            ServiceLanguage::Czech => "česky",
            ServiceLanguage::Ukrainian => "ukrajinsky",
            ServiceLanguage::English => "anglicky",
            ServiceLanguage::Russian => "rusky",
            ServiceLanguage::Romani => "romsky",
            ServiceLanguage::Vietnamese => "vietnamsky",
            ServiceLanguage::German => "německy",
            ServiceLanguage::Polish => "polsky",
            ServiceLanguage::Slovak => "slovensky",
            ServiceLanguage::CzechSign => "českým znakovým jazykem",
        }
    }

    /// The language of an HSDS `language` record: its ISO code first, then its name in Czech
    /// or English, as other directories write it.
    pub fn from_hsds(code: Option<&str>, name: Option<&str>) -> Option<ServiceLanguage> {
        let by_code = code
            .map(|c| c.trim().to_lowercase())
            .and_then(|c| match c.as_str() {
                "ces" | "cze" => Some(ServiceLanguage::Czech),
                "ukr" => Some(ServiceLanguage::Ukrainian),
                "eng" => Some(ServiceLanguage::English),
                "rus" => Some(ServiceLanguage::Russian),
                "vie" => Some(ServiceLanguage::Vietnamese),
                "deu" | "ger" => Some(ServiceLanguage::German),
                "pol" => Some(ServiceLanguage::Polish),
                "slk" | "slo" => Some(ServiceLanguage::Slovak),
                other => ServiceLanguage::from_slug(other).ok(),
            });
        by_code.or_else(|| {
            let name = crate::text::fold(name?.trim());
            ServiceLanguage::ALL.iter().copied().find(|l| {
                crate::text::fold(l.label()) == name || l.english_name().eq_ignore_ascii_case(&name)
            })
        })
    }

    /// The language a page of the portal is written in.
    pub const fn of_page(lang: crate::Lang) -> ServiceLanguage {
        match lang {
            crate::Lang::Cs => ServiceLanguage::Czech,
            crate::Lang::Uk => ServiceLanguage::Ukrainian,
            crate::Lang::En => ServiceLanguage::English,
        }
    }

    /// The English name, for the `name` other HSDS directories may have written.
    pub const fn english_name(self) -> &'static str {
        match self {
            ServiceLanguage::Czech => "Czech",
            ServiceLanguage::Ukrainian => "Ukrainian",
            ServiceLanguage::English => "English",
            ServiceLanguage::Russian => "Russian",
            ServiceLanguage::Romani => "Romani",
            ServiceLanguage::Vietnamese => "Vietnamese",
            ServiceLanguage::German => "German",
            ServiceLanguage::Polish => "Polish",
            ServiceLanguage::Slovak => "Slovak",
            ServiceLanguage::CzechSign => "Czech Sign Language",
        }
    }

    /// The languages worth telling a resident about: every service in the region speaks Czech,
    /// so a list that says only that says nothing.
    pub fn worth_telling(languages: &[ServiceLanguage]) -> bool {
        languages.iter().any(|l| *l != ServiceLanguage::Czech)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsds_records_are_read_by_code_or_by_name() {
        use ServiceLanguage::*;
        assert_eq!(
            ServiceLanguage::from_hsds(Some("uk"), None),
            Some(Ukrainian)
        );
        assert_eq!(
            ServiceLanguage::from_hsds(Some("UKR"), None),
            Some(Ukrainian)
        );
        assert_eq!(
            ServiceLanguage::from_hsds(Some("cse"), None),
            Some(CzechSign)
        );
        assert_eq!(
            ServiceLanguage::from_hsds(None, Some("Romština")),
            Some(Romani)
        );
        assert_eq!(
            ServiceLanguage::from_hsds(None, Some("english")),
            Some(English)
        );
        assert_eq!(ServiceLanguage::from_hsds(Some("ur"), Some("Urdu")), None);
        assert_eq!(ServiceLanguage::from_hsds(None, None), None);
    }

    #[test]
    fn czech_alone_is_not_worth_a_line() {
        use ServiceLanguage::*;
        assert!(!ServiceLanguage::worth_telling(&[Czech]));
        assert!(!ServiceLanguage::worth_telling(&[]));
        assert!(ServiceLanguage::worth_telling(&[Czech, Ukrainian]));
    }

    #[test]
    fn slugs_are_iso_codes_and_bits_are_unique() {
        let mut bits: Vec<u32> = ServiceLanguage::ALL.iter().map(|l| l.bit()).collect();
        bits.dedup();
        assert_eq!(bits.len(), ServiceLanguage::ALL.len());
        for l in ServiceLanguage::ALL {
            assert!(
                (2..=3).contains(&l.slug().len()),
                "{} is not an ISO 639 code",
                l.slug()
            );
        }
    }
}
