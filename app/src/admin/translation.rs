//! A record's Ukrainian or English beside its Czech, in every staff editor that has one.

use domain::Lang;
use leptos::prelude::*;

/// "ukrajinsky", "anglicky".
fn adverb(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "anglicky",
        Lang::Uk => "ukrajinsky",
        Lang::Cs => "česky",
    }
}

/// A translated field's label, which names its language ("Otázka ukrajinsky"): every label of
/// the form says which field it is.
pub fn label(lang: Lang, what: &str) -> String {
    format!("{what} {}", adverb(lang))
}

/// The fields of one language; left empty, residents reading it see the Czech with a note.
#[component]
pub fn TranslationFieldset(lang: Lang, children: Children) -> impl IntoView {
    let adverb = adverb(lang);
    let legend = format!("{}{}", adverb[..1].to_uppercase(), &adverb[1..]);
    view! {
        <fieldset class="translation">
            <legend>{legend}" (nepovinné – bez překladu uvidí obyvatelé češtinu)"</legend>
            {children()}
        </fieldset>
    }
}
