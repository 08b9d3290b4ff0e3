//! Dates as each language writes them.

use super::Lang;

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day as a printed sheet dates it: `7. 12. 2026`, `07.12.2026`, `7 December 2026`.
/// `month` is 1–12.
pub fn short_date(lang: Lang, year: i64, month: u32, day: u32) -> String {
    match lang {
        Lang::Cs => format!("{day}. {month}. {year}"),
        Lang::Uk => format!("{day:02}.{month:02}.{year}"),
        Lang::En => {
            let name = ENGLISH_MONTHS
                .get(month.saturating_sub(1) as usize)
                .copied()
                .unwrap_or_default();
            format!("{day} {name} {year}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_own_dates() {
        assert_eq!(short_date(Lang::Cs, 2026, 12, 7), "7. 12. 2026");
        assert_eq!(short_date(Lang::Uk, 2026, 12, 7), "07.12.2026");
        assert_eq!(short_date(Lang::En, 2026, 12, 7), "7 December 2026");
    }
}
