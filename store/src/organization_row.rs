//! A provider as stored: the one row that its public page and its staff editor both read, and
//! the parsing of the values the two show alike.

use crate::{StoreError, rows};
use domain::admin::contacts::Contacts;
use domain::catalog::MunicipalityRef;
use domain::{Ico, Postcode};

#[derive(sqlx::FromRow)]
pub(crate) struct OrganizationRow {
    pub name: String,
    pub ico: Option<String>,
    pub legal_form: Option<String>,
    pub description: String,
    pub street: Option<String>,
    pub municipality_code: Option<i64>,
    pub municipality_name: Option<String>,
    pub postcode: Option<String>,
    pub phones: String,
    pub emails: String,
    pub web: Option<String>,
    pub contact_note: Option<String>,
}

impl OrganizationRow {
    /// Provider `id`, or `None`.
    pub(crate) async fn read<'c, E>(db: E, id: i64) -> Result<Option<OrganizationRow>, StoreError>
    where
        E: sqlx::Executor<'c, Database = sqlx::Any>,
    {
        Ok(sqlx::query_as::<_, OrganizationRow>(
            r#"SELECT o.name, o.ico, o.legal_form, o.description, o.street, o.municipality_code,
                      m.name AS municipality_name, o.postcode, o.phones, o.emails, o.web,
                      o.contact_note
               FROM organizations o LEFT JOIN municipalities m ON m.code = o.municipality_code
               WHERE o.id = $1"#,
        )
        .bind(id)
        .fetch_optional(db)
        .await?)
    }

    pub(crate) fn ico(&self, id: i64) -> Result<Option<Ico>, StoreError> {
        rows::parsed(self.ico.clone(), "IČO", id)
    }

    pub(crate) fn postcode(&self, id: i64) -> Result<Option<Postcode>, StoreError> {
        rows::parsed(self.postcode.clone(), "PSČ", id)
    }

    /// Its phones, e-mails and web as the domain has them.
    pub(crate) fn contacts(&self, id: i64) -> Result<Contacts, StoreError> {
        Ok(Contacts {
            phones: rows::list(&self.phones, "telefon", id)?,
            emails: rows::list(&self.emails, "e-mail", id)?,
            web: rows::parsed(self.web.clone(), "web", id)?,
        })
    }

    /// Its municipality with its name, when it names one.
    pub(crate) fn municipality(&self, id: i64) -> Result<Option<MunicipalityRef>, StoreError> {
        match (self.municipality_code, &self.municipality_name) {
            (Some(code), Some(name)) => Ok(Some(MunicipalityRef {
                code: rows::municipality_code(code, id)?,
                name: name.clone(),
            })),
            _ => Ok(None),
        }
    }
}
