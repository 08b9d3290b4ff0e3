//! Plural forms: Czech 1 služba, 2–4 služby, 0 or 5+ služeb; Ukrainian by the last two digits
//! (1, 21 послуга; 2–4, 22–24 послуги; 0, 5–20 послуг); English one and the rest.

use crate::Lang;

/// The form of a word that counts whole things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Other,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::One, Category::Few, Category::Other];

    /// The form `n` takes in `lang` (CLDR's rules for whole numbers).
    pub fn of(lang: Lang, n: u32) -> Category {
        match lang {
            Lang::Cs => match n {
                1 => Category::One,
                2..=4 => Category::Few,
                _ => Category::Other,
            },
            Lang::Uk => match (n % 10, n % 100) {
                (1, r) if r != 11 => Category::One,
                (2..=4, r) if !(12..=14).contains(&r) => Category::Few,
                _ => Category::Other,
            },
            Lang::En => match n {
                1 => Category::One,
                _ => Category::Other,
            },
        }
    }

    /// A number that takes this form in every language (English's "few" is its "other").
    pub const fn example(self) -> u32 {
        match self {
            Category::One => 1,
            Category::Few => 2,
            Category::Other => 5,
        }
    }
}

/// "1 služba", "3 služby", "12 služeb".
pub fn count(n: u32, one: &str, few: &str, many: &str) -> String {
    let word = match Category::of(Lang::Cs, n) {
        Category::One => one,
        Category::Few => few,
        Category::Other => many,
    };
    format!("{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::{Category, count};
    use crate::Lang;

    #[test]
    fn ukrainian_forms_follow_the_last_two_digits() {
        let of = |n| Category::of(Lang::Uk, n);
        assert_eq!(of(1), Category::One);
        assert_eq!(of(21), Category::One);
        assert_eq!(of(11), Category::Other);
        assert_eq!(of(3), Category::Few);
        assert_eq!(of(13), Category::Other);
        assert_eq!(of(24), Category::Few);
        assert_eq!(of(0), Category::Other);
        assert_eq!(Category::of(Lang::En, 2), Category::Other);
        for c in Category::ALL {
            for lang in Lang::ALL {
                assert!(
                    c == Category::Few && lang == Lang::En || Category::of(lang, c.example()) == c
                );
            }
        }
    }

    #[test]
    fn czech_plurals() {
        let f = |n| count(n, "služba", "služby", "služeb");
        assert_eq!(f(0), "0 služeb");
        assert_eq!(f(1), "1 služba");
        assert_eq!(f(4), "4 služby");
        assert_eq!(f(5), "5 služeb");
        assert_eq!(f(22), "22 služeb");
    }
}
