//! Saving a staff form on the server: the form token first, then the form's own rules, then what
//! only the database knows (an offered municipality, a free IČO). A refusal shows the form again
//! as typed, with its errors, under the status that says why (403 token, 422 content).

use crate::AppError;
use domain::admin::FieldErrors;
use domain::admin::views::Editor;
use http::StatusCode;

/// Why a form was not saved.
#[derive(Debug)]
pub struct Refusal {
    errors: FieldErrors,
    status: StatusCode,
}

impl Refusal {
    /// One field's error (422).
    pub fn field(field: &str, message: impl Into<String>) -> Refusal {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        Refusal {
            errors,
            status: StatusCode::UNPROCESSABLE_ENTITY,
        }
    }

    /// Puts the form as typed and the errors into the page about to be shown, and answers with
    /// the refusal's status.
    pub fn show<F>(self, editor: &mut Editor<F>, form: F) {
        crate::common::set_status(self.status);
        editor.form = form;
        editor.errors = self.errors;
        editor.saved = false;
    }
}

/// The form token, then the form's own check.
pub fn check<E>(validated: Result<E, FieldErrors>) -> Result<E, Refusal> {
    if let Err(error) = crate::state::require_csrf() {
        let mut refusal = Refusal::field("form", error.to_string());
        refusal.status = StatusCode::FORBIDDEN;
        return Err(refusal);
    }
    validated.map_err(|errors| Refusal {
        errors,
        status: StatusCode::UNPROCESSABLE_ENTITY,
    })
}

/// The municipalities a form offers: the district's, and those elsewhere that the record already
/// names (an area drawn by distance crosses district lines), so that saving keeps them.
pub async fn offered_places(
    own: impl Iterator<Item = domain::MunicipalityCode>,
) -> Result<Vec<domain::catalog::MunicipalityRef>, AppError> {
    let store = crate::state::store()?;
    let mut offered = store.district_municipalities().await?;
    let elsewhere: Vec<_> = own
        .filter(|code| !offered.iter().any(|m| m.code == *code))
        .collect();
    offered.extend(store.municipalities_named(elsewhere.into_iter()).await?);
    Ok(offered)
}

/// Every municipality named must be one the list of municipalities knows.
pub async fn check_places(
    named: impl IntoIterator<Item = (String, domain::MunicipalityCode)>,
) -> Result<Result<(), Refusal>, AppError> {
    let named: Vec<_> = named.into_iter().collect();
    let known = crate::state::store()?
        .municipalities_named(named.iter().map(|(_, code)| *code))
        .await?;
    match named
        .into_iter()
        .find(|(_, code)| !known.iter().any(|m| m.code == *code))
    {
        Some((field, _)) => Ok(Err(Refusal::field(
            &field,
            "tuto obec seznam obcí nezná; vyberte prosím obec z nabídky",
        ))),
        None => Ok(Ok(())),
    }
}

/// A creation form's one-time key, as `state::once_token` makes them; a form that lost its key
/// cannot create anything (400).
pub fn once_key(once: &str) -> Result<&str, AppError> {
    if once.len() == 32 && once.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(once)
    } else {
        Err(AppError::BadRequest(
            "Formulář nemá správný tvar; otevřete jej prosím znovu.".into(),
        ))
    }
}

/// Where a save goes: the record `id`, or a new one under the form's one-time key.
pub fn target(id: Option<i64>, once: &str) -> Result<store::Target<'_>, AppError> {
    Ok(match id {
        Some(id) => store::Target::Existing(id),
        None => store::Target::New {
            once: once_key(once)?,
        },
    })
}
