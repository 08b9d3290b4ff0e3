//! A counting message for an island: the server renders it once for each plural form, with a
//! slot for the number, and the browser picks the form by the language's rule. So islands count
//! in Ukrainian and English without carrying Fluent.

use super::{Arg, I18n};
use domain::Lang;
use domain::plural::Category;
use serde::{Deserialize, Serialize};

/// Where the number goes in each form.
const SLOT: &str = "{n}";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    lang: Lang,
    /// One, few, other.
    forms: [String; 3],
}

impl Counted {
    /// The message `key` (a `$count` message, with `args` besides) ready to count.
    pub fn new(i18n: I18n, key: &str, args: &[(&str, Arg)]) -> Counted {
        let form = |category: Category| {
            let n = category.example();
            let mut with: Vec<(&str, Arg)> = args.to_vec();
            with.push(("count", n.into()));
            i18n.t_with(key, &with).replacen(&n.to_string(), SLOT, 1)
        };
        Counted {
            lang: i18n.lang,
            forms: Category::ALL.map(form),
        }
    }

    /// The message for `n`.
    pub fn say(&self, n: u32) -> String {
        let form = match Category::of(self.lang, n) {
            Category::One => &self.forms[0],
            Category::Few => &self.forms[1],
            Category::Other => &self.forms[2],
        };
        form.replacen(SLOT, &n.to_string(), 1)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn each_number_is_said_as_fluent_says_it() {
        for lang in Lang::ALL {
            let i18n = I18n { lang };
            for key in ["map-services", "map-field-only", "map-more-in-view"] {
                let counted = Counted::new(i18n, key, &[]);
                for n in 0..=130 {
                    assert_eq!(counted.say(n), i18n.count(key, n), "{lang} {key} {n}");
                }
            }
        }
    }
}
