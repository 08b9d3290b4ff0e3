//! Why a posted form was not kept, and the one way every form page — a resident's message,
//! comment or answers, a staff editor, the login — shows it: the form again as typed, the errors
//! by field or one sentence for the whole form, under the status of the failure
//! ([`crate::ErrorKind::status`] decides it, as for every other error).

use crate::{AppError, ErrorKind};
use domain::admin::FieldErrors;
use domain::admin::views::Editor;

/// Why a form was not kept: the failure (its kind gives the status), and the errors by field
/// when the form's rules refused it.
#[derive(Debug)]
pub struct Refusal {
    kind: ErrorKind,
    /// What the page says about the whole form.
    message: String,
    errors: FieldErrors,
}

impl Refusal {
    /// The form's rules refused these fields (422).
    pub fn fields(errors: FieldErrors) -> Refusal {
        Refusal {
            kind: ErrorKind::Invalid,
            message: AppError::Invalid.to_string(),
            errors,
        }
    }

    /// The whole form refused, for a reason no [`AppError`] names (a wrong password is 401 with
    /// its own sentence).
    pub fn whole(kind: ErrorKind, message: impl Into<String>) -> Refusal {
        Refusal {
            kind,
            message: message.into(),
            errors: FieldErrors::default(),
        }
    }

    /// One field's error (422).
    pub fn field(field: &str, message: impl Into<String>) -> Refusal {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        Refusal::fields(errors)
    }

    /// Sets the refusal's status and puts the form as typed and the errors into `page`.
    pub fn show<P: ShowsRefusal + ?Sized>(self, page: &mut P, form: P::Form) {
        super::set_status(self.kind);
        let message = self.errors.is_empty().then_some(self.message);
        page.refused(form, self.errors, message);
    }

    /// [`Refusal::show`], handing the page back.
    pub fn shown<P: ShowsRefusal>(self, mut page: P, form: P::Form) -> P {
        self.show(&mut page, form);
        page
    }
}

/// A failure that refuses the whole form (a stale token, too many posts, a closed period).
impl From<AppError> for Refusal {
    fn from(error: AppError) -> Refusal {
        Refusal::whole(error.kind(), error.to_string())
    }
}

/// A page that shows a refused form.
pub trait ShowsRefusal {
    type Form;

    /// Show `form` as typed with its field `errors`, or `message` when the whole form was refused.
    fn refused(&mut self, form: Self::Form, errors: FieldErrors, message: Option<String>);
}

/// A staff form's errors: a whole-form refusal is the error of the field `form`, said above it.
pub fn with_form_error(mut errors: FieldErrors, message: Option<String>) -> FieldErrors {
    if let Some(message) = message {
        errors.add("form", message);
    }
    errors
}

/// A staff editor says a whole-form refusal above the form, as its `form` error.
impl<F> ShowsRefusal for Editor<F> {
    type Form = F;

    fn refused(&mut self, form: F, errors: FieldErrors, message: Option<String>) {
        self.form = form;
        self.errors = with_form_error(errors, message);
        self.saved = false;
    }
}

/// A residents' form page (fields `form`, `errors`, `error`): the form as typed, field errors, one
/// message for the whole form. `residents_form_page!(Page: Form)` where the page is declared.
macro_rules! residents_form_page {
    ($page:ty: $form:ty) => {
        impl $crate::common::ShowsRefusal for $page {
            type Form = $form;

            fn refused(
                &mut self,
                form: $form,
                errors: domain::admin::FieldErrors,
                message: Option<String>,
            ) {
                self.form = form;
                self.errors = errors;
                self.error = message;
            }
        }
    };
}
pub(crate) use residents_form_page;
