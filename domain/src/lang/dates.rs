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

const UKRAINIAN_MONTHS: [&str; 12] = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
];

const CZECH_MONTHS: [&str; 12] = [
    "leden",
    "únor",
    "březen",
    "duben",
    "květen",
    "červen",
    "červenec",
    "srpen",
    "září",
    "říjen",
    "listopad",
    "prosinec",
];

/// A month's name standing alone, as a calendar's heading says it ("prosinec", "грудень").
/// `month` is 1–12.
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let names = match lang {
        Lang::Cs => &CZECH_MONTHS,
        Lang::Uk => &UKRAINIAN_MONTHS,
        Lang::En => &ENGLISH_MONTHS,
    };
    names
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}

/// The days of the week from Monday, short and in full.
pub fn weekdays(lang: Lang) -> [(&'static str, &'static str); 7] {
    match lang {
        Lang::Cs => [
            ("Po", "pondělí"),
            ("Út", "úterý"),
            ("St", "středa"),
            ("Čt", "čtvrtek"),
            ("Pá", "pátek"),
            ("So", "sobota"),
            ("Ne", "neděle"),
        ],
        Lang::Uk => [
            ("Пн", "понеділок"),
            ("Вт", "вівторок"),
            ("Ср", "середа"),
            ("Чт", "четвер"),
            ("Пт", "п’ятниця"),
            ("Сб", "субота"),
            ("Нд", "неділя"),
        ],
        Lang::En => [
            ("Mon", "Monday"),
            ("Tue", "Tuesday"),
            ("Wed", "Wednesday"),
            ("Thu", "Thursday"),
            ("Fri", "Friday"),
            ("Sat", "Saturday"),
            ("Sun", "Sunday"),
        ],
    }
}

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
    fn months_and_weekdays_in_each_language() {
        assert_eq!(month_name(Lang::Cs, 12), "prosinec");
        assert_eq!(month_name(Lang::Uk, 12), "грудень");
        assert_eq!(month_name(Lang::En, 1), "January");
        assert_eq!(month_name(Lang::En, 13), "");
        assert_eq!(weekdays(Lang::Uk)[6].0, "Нд");
    }

    #[test]
    fn each_language_writes_its_own_dates() {
        assert_eq!(short_date(Lang::Cs, 2026, 12, 7), "7. 12. 2026");
        assert_eq!(short_date(Lang::Uk, 2026, 12, 7), "07.12.2026");
        assert_eq!(short_date(Lang::En, 2026, 12, 7), "7 December 2026");
    }
}
