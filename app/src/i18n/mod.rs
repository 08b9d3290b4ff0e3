//! The residents' pages in Czech, Ukrainian and English. The words are Fluent messages in
//! `app/locales/{cs,uk,en}/*.ftl` (plural forms by each language's rules); the language is the
//! address's (`/uk/...`, `/en/...`, Czech without a prefix), which the server reads and provides
//! as context (`domain::Lang`). Staff pages stay Czech.
//!
//! Only the server renders these words: islands get theirs as props, so no message travels in
//! the browser bundle.

#[cfg(feature = "ssr")]
mod bundle;
mod cookie;
mod counted;
mod offer;
mod switch;

pub use cookie::{COOKIE, remembered as remembered_language, set_cookie as set_language_cookie};
pub use counted::Counted;
pub use offer::{LanguageOffer, offered_for};
pub use switch::{AlternateLinks, LanguageSwitch};

use domain::Lang;
use leptos::prelude::*;

/// A value a message is formatted with: text as it is, or a number that also picks the plural
/// form (and is written with the language's digit grouping).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Self {
        Arg::Number(number)
    }
}

impl From<u32> for Arg {
    fn from(number: u32) -> Self {
        Arg::Number(i64::from(number))
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

/// The page's language and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub lang: Lang,
}

/// The language of the page being rendered: on the server as the request's address says; in
/// an island, the document's `lang`.
pub fn use_i18n() -> I18n {
    I18n {
        lang: use_context::<Lang>().unwrap_or_else(document_lang),
    }
}

#[cfg(feature = "ssr")]
fn document_lang() -> Lang {
    Lang::Cs
}

#[cfg(not(feature = "ssr"))]
fn document_lang() -> Lang {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

impl I18n {
    /// The message `key` in the page's language.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The message `key` with its arguments.
    pub fn t_with(self, key: &str, args: &[(&str, Arg)]) -> String {
        #[cfg(feature = "ssr")]
        {
            bundle::format(self.lang, key, args)
        }
        #[cfg(not(feature = "ssr"))]
        {
            // Pages are rendered on the server only; the browser runs islands, which are given
            // their words as props.
            let _ = args;
            key.to_owned()
        }
    }

    /// `count` things: the message `key` with `$count`, in the right plural form.
    pub fn count(self, key: &str, count: impl Into<Arg>) -> String {
        self.t_with(key, &[("count", count.into())])
    }

    /// A service type's name: the law's Czech, or its translation.
    pub fn service_type(self, code: domain::ServiceType) -> String {
        self.code_name("service-type", code.slug(), code.label())
    }

    /// A delivery form's name ("ambulantní").
    pub fn form(self, code: domain::DeliveryForm) -> String {
        self.code_name("form", code.slug(), code.label())
    }

    /// What a delivery form means for a resident ("poskytovatel přijede za vámi domů").
    pub fn form_explanation(self, code: domain::DeliveryForm) -> String {
        self.code_name("form-explain", code.slug(), code.explanation())
    }

    /// How the page's language says a service speaks a language: "ukrajinsky", "українською",
    /// "Ukrainian".
    pub fn language(self, code: domain::ServiceLanguage) -> String {
        self.code_name("language", code.slug(), code.spoken())
    }

    /// Languages a service speaks, as one list ("česky, ukrajinsky").
    pub fn languages(self, codes: &[domain::ServiceLanguage]) -> String {
        codes
            .iter()
            .map(|l| self.language(*l))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A target group's name.
    pub fn target_group(self, code: domain::TargetGroup) -> String {
        self.code_name("target-group", code.slug(), code.label())
    }

    fn code_name(self, list: &str, slug: &str, czech: &str) -> String {
        if self.lang == Lang::Cs {
            return czech.to_owned();
        }
        self.t(&format!("{list}-{slug}"))
    }

    /// The `lang` of text that is always Czech (providers' names and descriptions) on this
    /// page: `cs` on a page in another language, so screen readers switch voices.
    pub fn czech_text(self) -> Option<&'static str> {
        (self.lang != Lang::Cs).then_some("cs")
    }

    /// A day (`2026-12-07`) as the page's language writes it.
    pub fn date(self, iso: &str) -> String {
        match domain::news::LocalDateTime::parse(&format!("{iso}T00:00")) {
            Ok(d) => domain::lang::short_date(
                self.lang,
                i64::from(d.year),
                u32::from(d.month),
                u32::from(d.day),
            ),
            Err(_) => iso.to_owned(),
        }
    }

    /// A calendar month as the page's language names it ("prosinec 2026", "грудень 2026").
    pub fn month(self, month: domain::news::Month) -> String {
        let name = domain::lang::month_name(self.lang, u32::from(month.month));
        format!("{name} {}", month.year)
    }

    /// A moment: the day as [`I18n::date`] writes it, and the time (`17:00`).
    pub fn date_time(self, at: domain::news::LocalDateTime) -> String {
        let day = domain::lang::short_date(
            self.lang,
            i64::from(at.year),
            u32::from(at.month),
            u32::from(at.day),
        );
        format!("{day} {}", at.time_label())
    }

    /// The portal's own `path` in the page's language.
    pub fn href(self, path: &str) -> String {
        self.lang.path(path)
    }
}
