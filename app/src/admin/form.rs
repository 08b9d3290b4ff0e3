//! What every staff form shares: the hidden security token, labelled fields with their errors
//! next to them, the summary of a refused save, reading a form posted to the page, and the page
//! that either loads a record or saves what was posted.

use crate::AppError;
use crate::common::loaded;
use domain::admin::FieldErrors;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The form posted to this page while the server renders it; `None` in the browser and on a
/// plain visit.
pub fn posted<T: DeserializeOwned>() -> Option<Result<T, AppError>> {
    #[cfg(feature = "ssr")]
    {
        crate::state::submitted()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// A page of one form: when the page was posted, `save` checks and writes what came (and answers
/// with the page to show: saved, or refused with the form as typed); otherwise `load` reads it.
pub fn form_page<K, P, T, LoadFut, SaveFut, V>(
    key: impl Fn() -> K + Send + Sync + 'static,
    load: impl Fn(K) -> LoadFut + Clone + Send + Sync + 'static,
    save: impl Fn(K, P) -> SaveFut + Clone + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    K: PartialEq + Clone + Send + Sync + 'static,
    P: DeserializeOwned + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    LoadFut: Future<Output = Result<T, AppError>> + Send + 'static,
    SaveFut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let submitted = posted::<P>();
    loaded(
        key,
        move |k| {
            let (submitted, load, save) = (submitted.clone(), load.clone(), save.clone());
            async move {
                match submitted {
                    Some(post) => save(k, post?).await,
                    None => load(k).await,
                }
            }
        },
        show,
    )
}

/// A record staff edit and create: its editor at `…/{id}` (`stored: true`), or the form for a new
/// one (`false`). `load(id, saved)` reads it (`None`: an empty form), `save(id, form, once)`
/// writes what was posted, `show` renders the page either way.
pub fn record_form_page<F, T, LoadFut, SaveFut, V>(
    stored: bool,
    load: impl Fn(Option<i64>, bool) -> LoadFut + Clone + Send + Sync + 'static,
    save: impl Fn(Option<i64>, F, String) -> SaveFut + Clone + Send + Sync + 'static,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    F: DeserializeOwned + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    LoadFut: Future<Output = Result<T, AppError>> + Send + 'static,
    SaveFut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    // A new record's page has no route parameter: its key is always `(None, false)`.
    let key = record_key("id");
    let key = move || if stored { key() } else { (None, false) };
    let id = move |raw: Option<String>| -> Result<Option<i64>, AppError> {
        if stored {
            crate::common::route_id(raw).map(Some)
        } else {
            Ok(None)
        }
    };
    form_page(
        key,
        move |(raw, saved)| {
            let load = load.clone();
            async move { load(id(raw)?, saved).await }
        },
        move |(raw, _), post: Created<F>| {
            let save = save.clone();
            async move { save(id(raw)?, post.form, post.once).await }
        },
        show,
    )
}

/// The key of a record's page: its route parameter `param` and whether `?ulozeno` says it was
/// just saved.
pub fn record_key(param: &'static str) -> impl Fn() -> (Option<String>, bool) + Send + Sync {
    let params = leptos_router::hooks::use_params_map();
    let query = leptos_router::hooks::use_query_map();
    move || {
        (
            params.read().get(param),
            query.read().get("ulozeno").is_some(),
        )
    }
}

/// A record form's heading and where it posts: the record's own name and page once it exists,
/// `new` (heading and path) before.
pub fn heading_and_action(
    id: Option<i64>,
    name: &str,
    list_path: &str,
    new: (&str, &str),
) -> (String, String) {
    match id {
        Some(id) => (name.to_owned(), format!("{list_path}/{id}")),
        None => (new.0.to_owned(), new.1.to_owned()),
    }
}

#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token /> }
}

/// A creation form's one-time key (nothing for a form that edits).
#[component]
pub fn OnceField(once: String) -> impl IntoView {
    (!once.is_empty()).then(|| view! { <input type="hidden" name="once" value=once /> })
}

/// A posted form that may create a record: its fields and its one-time key.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Created<F> {
    #[serde(flatten)]
    pub form: F,
    #[serde(default)]
    pub once: String,
}

/// The error of `field`, if any, as the element its input names in `aria-describedby`.
#[component]
pub fn FieldError(errors: FieldErrors, #[prop(into)] field: String) -> impl IntoView {
    errors.get(&field).map(|message| {
        view! { <p class="field-error" id=format!("{field}-error")>{message.to_owned()}</p> }
    })
}

/// `aria-invalid` and `aria-describedby` for an input whose field may have an error.
pub fn invalid(errors: &FieldErrors, field: &str) -> (Option<&'static str>, Option<String>) {
    match errors.get(field) {
        Some(_) => (Some("true"), Some(format!("{field}-error"))),
        None => (None, None),
    }
}

/// "Uloženo." after a save, or why the form was not saved (and that nothing typed is lost).
#[component]
pub fn FormStatus(errors: FieldErrors, saved: bool) -> impl IntoView {
    let refused = (!errors.is_empty()).then(|| {
        let message = errors.get("form").map_or_else(
            || format!("Formulář nebyl uložen: opravte prosím {} označených polí. Nic z toho, co jste napsali, se neztratilo.", errors.len()),
            str::to_owned,
        );
        view! { <p class="form-error" role="alert">{message}</p> }
    });
    view! {
        {saved.then(|| view! { <p class="notice" role="status">"Uloženo."</p> })}
        {refused}
    }
}

/// A value and its label, for a select or a checkbox group.
pub type Choice = (String, String);

/// The inputs of one form, each with its label, hint and error.
#[derive(Clone)]
pub struct Fields {
    errors: FieldErrors,
}

impl Fields {
    pub fn new(errors: FieldErrors) -> Fields {
        Fields { errors }
    }

    pub fn errors(&self) -> FieldErrors {
        self.errors.clone()
    }

    /// The id of `field`'s error, for `aria-describedby`, when it has one.
    pub fn described(&self, field: &str) -> Option<String> {
        invalid(&self.errors, field).1
    }

    /// `field`'s error on its own, where no single input carries it.
    pub fn error(&self, field: &str) -> impl IntoView + use<> {
        view! { <FieldError errors=self.errors.clone() field=field.to_owned() /> }
    }

    /// Label, hint, the control, and the error that `aria-describedby` points at.
    fn labelled(&self, id: &str, label: &str, hint: &str, control: AnyView) -> AnyView {
        view! {
            <label for=id.to_owned()>{label.to_owned()}</label>
            {(!hint.is_empty()).then(|| view! { <p class="muted hint">{hint.to_owned()}</p> })}
            {control}
            <FieldError errors=self.errors.clone() field=id.to_owned() />
        }
        .into_any()
    }

    pub fn text(&self, field: &str, label: &str, value: String, max: usize, hint: &str) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let control = view! {
            <input id=field.to_owned() name=field.to_owned() type="text" value=value maxlength=max.to_string()
                aria-invalid=bad aria-describedby=described />
        };
        self.labelled(field, label, hint, control.into_any())
    }

    /// A password input, never filled in; `autocomplete` says whether it is the current one or a
    /// new one (`current-password`, `new-password`) so that password managers help.
    pub fn password(&self, field: &str, label: &str, autocomplete: &str, hint: &str) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let max = domain::staff::PASSWORD_CHARS.end().to_string();
        let control = view! {
            <input id=field.to_owned() name=field.to_owned() type="password" maxlength=max
                autocomplete=autocomplete.to_owned() aria-invalid=bad aria-describedby=described />
        };
        self.labelled(field, label, hint, control.into_any())
    }

    /// A new password (`new-password` to password managers) and, once the page runs, the meter of
    /// how guessable it is for the login name in the input `username`.
    pub fn new_password(&self, field: &str, label: &str, hint: &str) -> AnyView {
        view! {
            {self.password(field, label, "new-password", hint)}
            <crate::admin::passwords::PasswordMeter field=field.to_owned() username_field="username".to_owned() />
            <crate::common::IslandsLoader />
        }
        .into_any()
    }

    /// A day, posted as `YYYY-MM-DD`.
    pub fn date(&self, field: &str, label: &str, value: String) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let control = view! {
            <input id=field.to_owned() name=field.to_owned() type="date" value=value
                aria-invalid=bad aria-describedby=described />
        };
        self.labelled(field, label, "", control.into_any())
    }

    /// A local date and time, posted as `YYYY-MM-DDTHH:MM`.
    pub fn date_time(&self, field: &str, label: &str, value: String) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let control = view! {
            <input id=field.to_owned() name=field.to_owned() type="datetime-local" value=value
                aria-invalid=bad aria-describedby=described />
        };
        self.labelled(field, label, "", control.into_any())
    }

    pub fn area(&self, field: &str, label: &str, value: String, rows: u8, hint: &str) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let control = view! {
            <textarea id=field.to_owned() name=field.to_owned() rows=rows.to_string()
                aria-invalid=bad aria-describedby=described>{crate::common::escaped_on_server(value)}</textarea>
        };
        self.labelled(field, label, hint, control.into_any())
    }

    /// A select whose first option is `empty` (value "").
    pub fn select(
        &self,
        field: &str,
        label: &str,
        value: String,
        empty: &str,
        choices: Vec<Choice>,
    ) -> AnyView {
        let (bad, described) = invalid(&self.errors, field);
        let control = view! {
            <select id=field.to_owned() name=field.to_owned() aria-invalid=bad aria-describedby=described>
                <option value="" selected=value.is_empty()>{empty.to_owned()}</option>
                {choices.into_iter().map(|(v, l)| {
                    let selected = v == value;
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        };
        self.labelled(field, label, "", control.into_any())
    }

    /// A group of checkboxes posting `field` once per ticked value.
    pub fn checkboxes(
        &self,
        field: &str,
        legend: &str,
        selected: &[String],
        choices: Vec<Choice>,
    ) -> AnyView {
        let described = self.described(field);
        view! {
            <fieldset class="checks" aria-describedby=described>
                <legend>{legend.to_owned()}</legend>
                <FieldError errors=self.errors.clone() field=field.to_owned() />
                {choices.into_iter().map(|(value, label)| {
                    let checked = selected.contains(&value);
                    view! {
                        <label><input type="checkbox" name=field.to_owned() value=value checked=checked />" "{label}</label>
                    }
                }).collect_view()}
            </fieldset>
        }
        .into_any()
    }
}

/// Zveřejněno / Koncept as two radio buttons named `published`.
#[component]
pub fn PublishedChoice(published: bool) -> impl IntoView {
    view! {
        <fieldset>
            <legend>"Zveřejnění"</legend>
            <label><input type="radio" name="published" value="true" checked=published />" Zveřejněno"</label>
            <label><input type="radio" name="published" value="false" checked=!published />" Koncept (jen pro správu)"</label>
        </fieldset>
    }
}

/// The staff area's own menu, above every staff page.
#[component]
pub fn AdminNav() -> impl IntoView {
    view! {
        <nav class="admin-nav" aria-label="Správa">
            <a href="/sprava">"Přehled"</a>
            <a href="/sprava/sluzby">"Služby"</a>
            <a href="/sprava/organizace">"Poskytovatelé"</a>
            <a href="/sprava/dotazy">"Dotazy"</a>
            <a href="/sprava/skupiny">"Skupiny"</a>
            <a href="/sprava/pruvodce">"Průvodce"</a>
            <a href="/sprava/novinky">"Novinky"</a>
            <a href="/sprava/akce">"Akce"</a>
            <a href="/sprava/obrazky">"Obrázky"</a>
            <a href="/sprava/overovani">"Ověřování"</a>
            <a href="/sprava/navrhy">"Návrhy poskytovatelů"</a>
            <a href="/sprava/podnety">"Podněty"</a>
            <a href="/sprava/registr">"Registr"</a>
            <a href="/sprava/planovani">"Plánování"</a>
            <a href="/sprava/pripominky">"Připomínky"</a>
            <a href="/sprava/ankety">"Ankety"</a>
            <a href="/sprava/uzivatele">"Uživatelé"</a>
            <a href="/sprava/heslo">"Změnit heslo"</a>
            <a href="/sprava/odhlaseni">"Odhlásit se"</a>
        </nav>
    }
}
