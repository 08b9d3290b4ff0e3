//! Identifiers of the Czech public registers. Each parses itself and refuses what cannot be one.

use crate::parsed::{is_digits, text_value, without_spaces};

/// Why an identifier was refused; the message is Czech because people read it next to a field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("IČO má 8 číslic")]
    IcoLength,
    #[error("IČO nemá správnou kontrolní číslici")]
    IcoCheckDigit,
    #[error("kód obce má 6 číslic")]
    MunicipalityCode,
    #[error("identifikátor služby v registru tvoří 1 až 20 písmen a číslic")]
    RegisterId,
    #[error("PSČ má 5 číslic a nezačíná nulou, např. 397 01")]
    Postcode,
}

/// IČO, the identification number of an organisation: 8 digits, the last a mod-11 check digit.
/// Older numbers written with fewer digits are padded with leading zeros, as the register does.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ico(String);

impl Ico {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let digits = without_spaces(input);
        if digits.is_empty() || digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(IdError::IcoLength);
        }
        let padded = format!("{digits:0>8}");
        let bytes = padded.as_bytes();
        let weighted: u32 = bytes[..7]
            .iter()
            .zip((2..=8).rev())
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum();
        let expected = (11 - weighted % 11) % 10;
        if u32::from(bytes[7] - b'0') != expected {
            return Err(IdError::IcoCheckDigit);
        }
        Ok(Ico(padded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_value!(Ico, IdError);

/// Kód obce: the 6-digit code of a municipality in the register of territorial units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MunicipalityCode(u32);

impl MunicipalityCode {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let digits = without_spaces(input);
        if !is_digits(&digits, 6) {
            return Err(IdError::MunicipalityCode);
        }
        Self::from_number(digits.parse().map_err(|_| IdError::MunicipalityCode)?)
    }

    /// From the integer a database keeps.
    pub fn from_number(code: u32) -> Result<Self, IdError> {
        if (100_000..=999_999).contains(&code) {
            Ok(MunicipalityCode(code))
        } else {
            Err(IdError::MunicipalityCode)
        }
    }

    pub fn number(self) -> u32 {
        self.0
    }
}

impl core::fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl core::str::FromStr for MunicipalityCode {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl serde::Serialize for MunicipalityCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for MunicipalityCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::from_number(u32::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// The identifier of a service in the national register of social services (`identifikator`):
/// seven digits as far as anyone has seen, but its form is not confirmed, so any 1–20 ASCII
/// letters and digits are taken and the register import reports the unusual ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegisterId(String);

impl RegisterId {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let id = without_spaces(input);
        if (1..=20).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Ok(RegisterId(id))
        } else {
            Err(IdError::RegisterId)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_value!(RegisterId, IdError);

/// PSČ, a postcode: 5 digits, never starting with 0; written "397 01".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let digits = without_spaces(input);
        if !is_digits(&digits, 5) || digits.starts_with('0') {
            return Err(IdError::Postcode);
        }
        Ok(Postcode(format!("{} {}", &digits[..3], &digits[3..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_value!(Postcode, IdError);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ico_accepts_valid_check_digits() {
        // Check digits worked by hand: 2567_8901 weighs 2*8+5*7+6*6+7*5+8*4+9*3+0*2 = 181, 181 % 11 = 5, 11 - 5 = 6.
        assert_eq!(Ico::parse("25678906").unwrap().as_str(), "25678906");
        // Remainder 0 gives check digit 1; remainder 1 gives 0.
        assert!(Ico::parse("00000001").is_ok());
        assert!(
            Ico::parse("1").is_ok(),
            "short numbers are padded like the register does"
        );
        assert_eq!(Ico::parse("256 789 06").unwrap().as_str(), "25678906");
    }

    #[test]
    fn ico_refuses_wrong_length_letters_and_check_digit() {
        assert_eq!(Ico::parse("25678905"), Err(IdError::IcoCheckDigit));
        assert_eq!(Ico::parse("123456789"), Err(IdError::IcoLength));
        assert_eq!(Ico::parse("1234567a"), Err(IdError::IcoLength));
        assert_eq!(Ico::parse(""), Err(IdError::IcoLength));
    }

    #[test]
    fn municipality_codes_are_six_digits() {
        assert_eq!(MunicipalityCode::parse("549240").unwrap().number(), 549240);
        assert!(MunicipalityCode::parse("54924").is_err());
        assert!(MunicipalityCode::parse("054924").is_err());
        assert!(MunicipalityCode::parse("5492400").is_err());
    }

    #[test]
    fn register_ids_and_postcodes_normalise() {
        assert_eq!(RegisterId::parse("123 4567").unwrap().as_str(), "1234567");
        assert!(RegisterId::parse("12 34/56").is_err());
        assert!(RegisterId::parse("").is_err());
        assert!(RegisterId::parse(&"1".repeat(21)).is_err());
        assert_eq!(Postcode::parse("39701").unwrap().as_str(), "397 01");
        assert_eq!(Postcode::parse("397 01").unwrap().as_str(), "397 01");
        assert!(Postcode::parse("09701").is_err());
    }

    #[test]
    fn identifiers_travel_as_strings() {
        let ico = Ico::parse("25678906").unwrap();
        let json = serde_json::to_string(&ico).unwrap();
        assert_eq!(json, "\"25678906\"");
        assert_eq!(serde_json::from_str::<Ico>(&json).unwrap(), ico);
        assert!(serde_json::from_str::<Ico>("\"25678905\"").is_err());
    }

    proptest! {
        #[test]
        fn exactly_one_check_digit_completes_any_seven_digits(prefix in 0u32..10_000_000) {
            let valid: Vec<_> = (0..10)
                .filter(|d| Ico::parse(&format!("{prefix:07}{d}")).is_ok())
                .collect();
            prop_assert_eq!(valid.len(), 1);
        }
    }
}
