//! The Fluent bundles, parsed once from the message files compiled into the server.

use super::Arg;
use domain::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The message files of one language: every feature's, and `$extra` files of its own.
macro_rules! files {
    (@ $lang:literal; $($feature:literal),+) => {
        &[$(($feature, include_str!(concat!("../../locales/", $lang, "/", $feature, ".ftl")))),+]
    };
    ($lang:literal $(, $extra:literal)*) => {
        files!(@ $lang; "layout", "home", "wizard", "audience", "faq", "catalog", "feedback",
            "common", "map", "plan",
            "consultation", "survey" $(, $extra)*)
    };
}

/// Every language's message files: the same features, and for the translations the names of
/// the law's code lists (`code-lists.ftl`; Czech names are the code lists' own labels).
pub(super) fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Cs => files!("cs"),
        Lang::Uk => files!("uk", "code-lists"),
        Lang::En => files!("en", "code-lists"),
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the pages are left-to-right throughout, and
    // the marks would travel into copied phone numbers.
    bundle.set_use_isolating(false);
    for (feature, source) in files(lang) {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
                tracing::error!(
                    lang = lang.code(),
                    feature,
                    ?errors,
                    "message file has errors"
                );
                resource
            });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                lang = lang.code(),
                feature,
                ?errors,
                "message file repeats a message"
            );
        }
    }
    bundle
}

/// The message, or its Czech original when the language lacks it, or its key when no language
/// has it (the tests make sure neither happens).
pub(super) fn format(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let (bundle, message) = match bundle(lang).get_message(key) {
        Some(message) => (bundle(lang), message),
        None => match bundle(Lang::Cs).get_message(key) {
            Some(message) => {
                tracing::warn!(lang = lang.code(), key, "message missing, Czech shown");
                (bundle(Lang::Cs), message)
            }
            None => {
                tracing::error!(key, "no such message");
                return key.to_owned();
            }
        },
    };
    let Some(pattern) = message.value() else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Number(number) => fluent_args.set(*name, FluentValue::from(*number)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            lang = lang.code(),
            key,
            ?errors,
            "message formatted with errors"
        );
    }
    text.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn has(lang: Lang, key: &str) -> bool {
        bundle(lang).has_message(key)
    }

    fn keys(lang: Lang) -> BTreeSet<String> {
        files(lang)
            .iter()
            .filter(|(feature, _)| *feature != "code-lists")
            .flat_map(|(feature, source)| {
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{lang} {feature}: {errors:?}"));
                resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_and_no_other() {
        let czech = keys(Lang::Cs);
        assert!(czech.len() > 20);
        for lang in Lang::TRANSLATED {
            let other = keys(lang);
            let missing: Vec<_> = czech.difference(&other).collect();
            let extra: Vec<_> = other.difference(&czech).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has only its own {extra:?}");
        }
    }

    #[test]
    fn every_code_has_its_name_in_every_translation() {
        let i18n = |lang| super::super::I18n { lang };
        for lang in Lang::TRANSLATED {
            for t in domain::ServiceType::ALL {
                let name = i18n(lang).service_type(*t);
                assert_ne!(name, t.label(), "{lang} {}", t.slug());
                assert!(has(lang, &format!("service-type-{}", t.slug())));
            }
            for f in domain::DeliveryForm::ALL {
                assert!(
                    has(lang, &format!("form-{}", f.slug())),
                    "{lang} {}",
                    f.slug()
                );
            }
            for l in domain::ServiceLanguage::ALL {
                assert!(
                    has(lang, &format!("language-{}", l.slug())),
                    "{lang} {}",
                    l.slug()
                );
            }
            for g in domain::TargetGroup::ALL {
                assert!(
                    has(lang, &format!("target-group-{}", g.slug())),
                    "{lang} {}",
                    g.slug()
                );
            }
        }
        assert_eq!(
            i18n(Lang::Cs).service_type(domain::ServiceType::ALL[0]),
            "Sociální poradenství"
        );
    }

    #[test]
    fn every_message_the_code_names_exists() {
        let czech = keys(Lang::Cs);
        let mut named = BTreeSet::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for call in [".t(\"", ".t_with(\"", ".count(\""] {
                        for (at, _) in source.match_indices(call) {
                            let rest = &source[at + call.len()..];
                            let key = &rest[..rest.find('"').unwrap()];
                            named.insert(key.to_owned());
                        }
                    }
                }
            }
        }
        assert!(named.len() > 20, "{named:?}");
        let unknown: Vec<_> = named.difference(&czech).collect();
        assert!(unknown.is_empty(), "no such messages: {unknown:?}");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let count = |lang, n: i64| format(lang, "services-count", &[("count", Arg::Number(n))]);
        assert_eq!(count(Lang::Cs, 1), "1 služba");
        assert_eq!(count(Lang::Cs, 3), "3 služby");
        assert_eq!(count(Lang::Cs, 5), "5 služeb");
        assert_eq!(count(Lang::Uk, 1), "1 послуга");
        assert_eq!(count(Lang::Uk, 3), "3 послуги");
        assert_eq!(count(Lang::Uk, 5), "5 послуг");
        assert_eq!(count(Lang::Uk, 21), "21 послуга");
        assert_eq!(count(Lang::En, 1), "1 service");
        assert_eq!(count(Lang::En, 5), "5 services");
    }

    #[test]
    fn a_missing_message_falls_back_to_czech_then_to_its_key() {
        assert_eq!(format(Lang::Uk, "no-such-message", &[]), "no-such-message");
    }
}
