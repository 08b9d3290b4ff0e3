//! A service's registered capacity: per delivery form, the most clients, beds, contacts,
//! interventions or calls the register allows it. It is a maximum written in the registration,
//! never the number of free places, and every wording here says so.

use crate::DeliveryForm;
use crate::code_list::code_list;
use crate::plural::count;
use serde::{Deserialize, Serialize};

code_list! {
    /// What the register counts a capacity in (typ kapacity).
    pub enum CapacityKind as "typ kapacity" {
        Clients = 0, "klienti", "klienti";
        /// Contacts of 10 minutes.
        Contacts = 1, "kontakty", "kontakty (po 10 minutách)";
        /// Interventions of 30 minutes.
        Interventions = 2, "intervence", "intervence (po 30 minutách)";
        Beds = 3, "luzka", "lůžka";
        Calls = 4, "hovory", "hovory";
    }
}

impl CapacityKind {
    /// "32 lůžek", "1 klient", "3 hovory".
    pub fn counted(self, n: u32) -> String {
        match self {
            CapacityKind::Clients => count(n, "klient", "klienti", "klientů"),
            CapacityKind::Contacts => {
                format!(
                    "{} po 10 minutách",
                    count(n, "kontakt", "kontakty", "kontaktů")
                )
            }
            CapacityKind::Interventions => format!(
                "{} po 30 minutách",
                count(n, "intervence", "intervence", "intervencí")
            ),
            CapacityKind::Beds => count(n, "lůžko", "lůžka", "lůžek"),
            CapacityKind::Calls => count(n, "hovor", "hovory", "hovorů"),
        }
    }
}

/// One registered maximum of one delivery form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Capacity {
    pub form: DeliveryForm,
    pub kind: CapacityKind,
    pub maximum: u32,
}

/// Why a capacity written as text (`pobytova luzka 32`) was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("kapacita se píše „forma typ počet“, např. „pobytova luzka 32“, ne „{0}“")]
pub struct CapacityError(String);

impl Capacity {
    /// "pobytová forma: nejvýše 32 lůžek".
    pub fn describe(self) -> String {
        format!(
            "{} forma: nejvýše {}",
            self.form.label(),
            self.kind.counted(self.maximum)
        )
    }

    /// The capacity as one line of text, as open data carries it: `pobytova luzka 32`.
    pub fn code(self) -> String {
        format!("{} {} {}", self.form.slug(), self.kind.slug(), self.maximum)
    }

    /// Reads [`Capacity::code`] back.
    pub fn parse_code(text: &str) -> Result<Capacity, CapacityError> {
        let refused = || CapacityError(text.chars().take(60).collect());
        let mut parts = text.split_whitespace();
        let (Some(form), Some(kind), Some(maximum), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(refused());
        };
        Ok(Capacity {
            form: DeliveryForm::from_slug(form).map_err(|_| refused())?,
            kind: CapacityKind::from_slug(kind).map_err(|_| refused())?,
            maximum: maximum.parse().map_err(|_| refused())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capacity_is_worded_as_a_registered_maximum() {
        let beds = Capacity {
            form: DeliveryForm::Residential,
            kind: CapacityKind::Beds,
            maximum: 32,
        };
        assert_eq!(beds.describe(), "pobytová forma: nejvýše 32 lůžek");
        assert!(!beds.describe().contains("voln"));
        assert_eq!(CapacityKind::Clients.counted(1), "1 klient");
        assert_eq!(CapacityKind::Calls.counted(3), "3 hovory");
        assert_eq!(
            CapacityKind::Contacts.counted(5),
            "5 kontaktů po 10 minutách"
        );
    }

    #[test]
    fn the_code_reads_back_and_nonsense_is_named() {
        for kind in CapacityKind::ALL {
            for form in DeliveryForm::ALL {
                let c = Capacity {
                    form: *form,
                    kind: *kind,
                    maximum: 7,
                };
                assert_eq!(Capacity::parse_code(&c.code()), Ok(c));
            }
        }
        for bad in [
            "",
            "pobytova luzka",
            "pobytova luzka -1",
            "pobytova postele 3",
            "a b c d",
        ] {
            let error = Capacity::parse_code(bad).unwrap_err();
            assert!(error.to_string().contains("forma typ počet"), "{bad}");
        }
    }
}
