//! Municipality names for the audit log, which records places as people read them.

use crate::StoreError;
use crate::backend::{Backend, Elem};
use domain::MunicipalityCode;
use sqlx::AnyConnection;
use std::collections::HashMap;

#[derive(sqlx::FromRow)]
struct MunicipalityNamesRow {
    code: i64,
    name: String,
}

pub(crate) struct MunicipalityNames(HashMap<u32, String>);

impl MunicipalityNames {
    /// The name, or the code where the list has none.
    pub(crate) fn name(&self, code: MunicipalityCode) -> String {
        self.0
            .get(&code.number())
            .cloned()
            .unwrap_or_else(|| code.number().to_string())
    }
}

/// The names of these municipalities, read at once.
pub(crate) async fn municipality_names(
    conn: &mut AnyConnection,
    codes: impl Iterator<Item = MunicipalityCode>,
) -> Result<MunicipalityNames, StoreError> {
    let wanted = rows_json(codes);
    let sql = format!(
        r#"SELECT code, name FROM municipalities
           WHERE {}"#,
        Backend::of_connection(conn).json_in("code", "$1", Elem::Int)
    );
    let found = sqlx::query_as::<_, MunicipalityNamesRow>(&sql)
        .bind(&wanted)
        .fetch_all(conn)
        .await?;
    Ok(MunicipalityNames(
        found
            .into_iter()
            .filter_map(|r| Some((u32::try_from(r.code).ok()?, r.name)))
            .collect(),
    ))
}

impl crate::Store {
    /// The municipalities with these codes that the list knows, with their names.
    pub async fn municipalities_named(
        &self,
        codes: impl Iterator<Item = MunicipalityCode>,
    ) -> Result<Vec<domain::catalog::MunicipalityRef>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let names = municipality_names(&mut conn, codes).await?;
        let mut found: Vec<_> = names
            .0
            .into_iter()
            .filter_map(|(code, name)| {
                Some(domain::catalog::MunicipalityRef {
                    code: MunicipalityCode::from_number(code).ok()?,
                    name,
                })
            })
            .collect();
        found.sort_by_key(|m| domain::text::sort_key(&m.name));
        Ok(found)
    }
}

fn rows_json(codes: impl Iterator<Item = MunicipalityCode>) -> String {
    crate::rows::json(&codes.map(|c| c.number()).collect::<Vec<_>>())
}
