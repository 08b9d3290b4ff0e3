//! Reading stored values back into domain types. A value that no longer parses is reported as
//! corrupt with the record it came from, never silently dropped.

use crate::StoreError;
use serde::de::DeserializeOwned;
use std::fmt::Display;
use std::str::FromStr;

/// A list as a JSON array column (phones, e-mails).
pub(crate) fn json<T: serde::Serialize>(values: &[T]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

/// A JSON array column (phones, e-mails).
pub(crate) fn list<T: DeserializeOwned>(
    json: &str,
    what: &'static str,
    id: i64,
) -> Result<Vec<T>, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt {
        what,
        id,
        detail: e.to_string(),
    })
}

/// A record's translations, stored as a JSON object by language code.
pub(crate) fn translations<T: DeserializeOwned>(
    json: &str,
    what: &'static str,
    id: i64,
) -> Result<domain::lang::Translations<T>, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt {
        what,
        id,
        detail: e.to_string(),
    })
}

/// An optional text column holding a self-parsing value.
pub(crate) fn parsed<T>(
    value: Option<String>,
    what: &'static str,
    id: i64,
) -> Result<Option<T>, StoreError>
where
    T: FromStr,
    T::Err: Display,
{
    value.map(|v| required(&v, what, id)).transpose()
}

/// A text column holding a self-parsing value.
pub(crate) fn required<T>(value: &str, what: &'static str, id: i64) -> Result<T, StoreError>
where
    T: FromStr,
    T::Err: Display,
{
    value.parse().map_err(|e: T::Err| StoreError::Corrupt {
        what,
        id,
        detail: e.to_string(),
    })
}

/// A stored municipality code.
pub(crate) fn municipality_code(
    code: i64,
    id: i64,
) -> Result<domain::MunicipalityCode, StoreError> {
    u32::try_from(code)
        .ok()
        .and_then(|c| domain::MunicipalityCode::from_number(c).ok())
        .ok_or_else(|| StoreError::Corrupt {
            what: "kód obce",
            id,
            detail: code.to_string(),
        })
}

/// A stored position; both halves or nothing.
pub(crate) fn position(lat: Option<f64>, lon: Option<f64>) -> Option<domain::Coordinates> {
    domain::Coordinates::new(lat?, lon?).ok()
}

/// A flag column (0 or 1, an integer on both backends) read as a `bool`: name it in a row struct
/// with `#[sqlx(try_from = "crate::rows::Flag")]`. A computed condition (`a IS NULL OR b`) is
/// an integer in SQLite and a boolean in PostgreSQL; both read.
pub(crate) struct Flag(bool);

impl sqlx::Type<sqlx::Any> for Flag {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <i64 as sqlx::Type<sqlx::Any>>::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
            || <bool as sqlx::Type<sqlx::Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Any> for Flag {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        use sqlx::ValueRef;
        if value.type_info().kind() == sqlx::any::AnyTypeInfoKind::Bool {
            Ok(Flag(<bool as sqlx::Decode<sqlx::Any>>::decode(value)?))
        } else {
            Ok(Flag(<i64 as sqlx::Decode<sqlx::Any>>::decode(value)? != 0))
        }
    }
}

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0
    }
}
