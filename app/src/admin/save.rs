//! Making and saving a staff form on the server: one constructor for every editor ([`editor`]),
//! one save path ([`save`]): the form token first, then the form's own rules, then what only the
//! database knows (an offered municipality, a free IČO). A refusal shows the form again as typed,
//! with its errors, under the status of its kind (403 token, 422 content).

use crate::AppError;
pub use crate::common::Refusal;
use domain::admin::FieldErrors;
use domain::admin::audit::{AuditEntry, RecordKind};
use domain::admin::views::Editor;

/// What a staff form edits.
pub enum Edited {
    /// A stored record: its id, its history, and whether it was just saved.
    Record {
        id: i64,
        saved: bool,
        audit: Vec<AuditEntry>,
    },
    /// A record the form creates: it carries a one-time key, so that posting it twice makes one.
    New,
    /// No single record (the wizard's draft, the form for a new account): its history, if any.
    Other { saved: bool, audit: Vec<AuditEntry> },
}

impl Edited {
    /// Stored record `id` of `kind`, with its history.
    pub async fn record(kind: RecordKind, id: i64, saved: bool) -> Result<Edited, AppError> {
        let audit = crate::state::store()?.audit_log(kind, id).await?;
        Ok(Edited::Record { id, saved, audit })
    }

    /// Record `id`, or a new one when there is none yet.
    pub async fn record_or_new(
        kind: RecordKind,
        id: Option<i64>,
        saved: bool,
    ) -> Result<Edited, AppError> {
        match id {
            Some(id) => Edited::record(kind, id, saved).await,
            None => Ok(Edited::New),
        }
    }
}

/// The one way a staff page makes its form: the form as stored, nothing refused, the security
/// token, and what it edits.
pub fn editor<F>(form: F, edited: Edited) -> Result<Editor<F>, AppError> {
    let (id, saved, audit, once) = match edited {
        Edited::Record { id, saved, audit } => (Some(id), saved, audit, String::new()),
        Edited::New => (None, false, Vec::new(), crate::state::once_token()),
        Edited::Other { saved, audit } => (None, saved, audit, String::new()),
    };
    Ok(Editor {
        id,
        form,
        errors: FieldErrors::default(),
        saved,
        audit,
        csrf: crate::state::csrf_token()?,
        once,
    })
}

/// A staff page holding one form.
pub trait EditorPage {
    type Form;

    fn editor(&mut self) -> &mut Editor<Self::Form>;
}

/// The pages whose form is their field `editor`.
macro_rules! editor_pages {
    ($($page:ty: $form:ty),+ $(,)?) => {$(
        impl $crate::admin::save::EditorPage for $page {
            type Form = $form;

            fn editor(&mut self) -> &mut domain::admin::views::Editor<$form> {
                &mut self.editor
            }
        }
    )+};
}
pub(crate) use editor_pages;

/// What a store's write answered: the saved record's key, or a refusal.
pub trait Written<K> {
    fn written(self) -> Result<Result<K, Refusal>, AppError>;
}

/// No record to write to (404).
impl<K> Written<K> for Option<K> {
    fn written(self) -> Result<Result<K, Refusal>, AppError> {
        self.map(Ok).ok_or(AppError::NotFound)
    }
}

/// Refused by what only the database knows.
impl<K> Written<K> for Result<K, Refusal> {
    fn written(self) -> Result<Result<K, Refusal>, AppError> {
        Ok(self)
    }
}

/// The one tail of every staff save. `checked` is the form's own check ([`check`]); `write`
/// stores what passed, and may still refuse what only the database knows (an IČO another
/// provider has); `page` makes the page to show: with `None` the record as it was, to show a
/// refusal on (the form as typed, its errors, its status, and a creation form's key `once` as
/// posted, so that sending it corrected still makes one record), with `Some(key)` the record as
/// saved, after the browser was sent to `saved_at(key)`.
pub async fn save<P: EditorPage, E, K, W: Written<K>>(
    form: P::Form,
    once: &str,
    checked: Result<E, Refusal>,
    write: impl AsyncFnOnce(E) -> Result<W, AppError>,
    page: impl AsyncFnOnce(Option<K>) -> Result<P, AppError>,
    saved_at: impl FnOnce(&K) -> String,
) -> Result<P, AppError> {
    let written = match checked {
        Ok(edit) => write(edit).await?.written()?,
        Err(refusal) => Err(refusal),
    };
    match written {
        Ok(key) => {
            leptos_axum::redirect(&saved_at(&key));
            page(Some(key)).await
        }
        Err(refusal) => {
            let mut shown = page(None).await?;
            let editor = shown.editor();
            refusal.show(editor, form);
            if !editor.once.is_empty() && once_key(once).is_ok() {
                once.clone_into(&mut editor.once);
            }
            Ok(shown)
        }
    }
}

/// [`save`] for a form that edits a record or creates one (under its one-time key `once`):
/// `write` stores the checked form at its [`target`] (`None`: no such record), a refusal is shown
/// on `page`, and after saving the browser goes to the record's page `{list}/{id}`, which `reload`
/// reads.
pub async fn save_record<P: EditorPage, E>(
    form: P::Form,
    once: &str,
    checked: Result<E, Refusal>,
    page: P,
    write: impl AsyncFnOnce(E) -> Result<Option<i64>, AppError>,
    reload: impl AsyncFnOnce(i64) -> Result<P, AppError>,
    list: &str,
) -> Result<P, AppError> {
    save(
        form,
        once,
        checked,
        write,
        async |saved| match saved {
            Some(id) => reload(id).await,
            None => Ok(page),
        },
        |id| format!("{list}/{id}?ulozeno=1"),
    )
    .await
}

/// The form token, then the form's own check.
pub fn check<E>(validated: Result<E, FieldErrors>) -> Result<E, Refusal> {
    if let Err(error) = crate::state::require_csrf() {
        return Err(error.into());
    }
    validated.map_err(Refusal::fields)
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
