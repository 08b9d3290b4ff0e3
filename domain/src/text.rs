//! Czech text for search and sorting: folding case and diacritics, splitting into words,
//! a light stemmer for the query side, and a collation key that sorts as Czech readers expect.

use unicode_normalization::UnicodeNormalization;

/// Lower-cases and strips diacritics: "PEČOVATELSKÁ" and "pečovatelská" both become "pecovatelska".
pub fn fold(text: &str) -> String {
    text.nfd()
        .flat_map(char::to_lowercase)
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
}

/// The folded words of a text, in order. Anything that is not a letter or a digit separates words.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Words too common to narrow a search (folded).
const STOPWORDS: &[&str] = &[
    "a", "aby", "ale", "ani", "by", "co", "do", "i", "jak", "je", "jsem", "jsme", "k", "ke", "kde",
    "ktery", "mam", "me", "mi", "mu", "na", "nas", "ne", "nebo", "o", "od", "po", "pod", "pro",
    "s", "se", "si", "so", "ta", "to", "u", "v", "ve", "z", "za", "ze",
];

/// Is this folded word too common to narrow a search?
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// At most this many words of a query are searched for.
pub const MAX_SEARCH_TERMS: usize = 8;

/// The prefixes a query searches for: folded words without stopwords, stemmed, each once.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for word in words(text) {
        if word.chars().count() < 2 || is_stopword(&word) {
            continue;
        }
        let term = stem(&word);
        if !terms.contains(&term) {
            terms.push(term);
        }
        if terms.len() == MAX_SEARCH_TERMS {
            break;
        }
    }
    terms
}

/// Case endings removed from a folded word, longest first, with the shortest word length each
/// needs (after Dolamic & Savoy's light stemmer for Czech, adapted to folded text).
const ENDINGS: &[(usize, &[&str])] = &[
    (8, &["atech"]),
    (7, &["etem", "atum"]),
    (
        6,
        &[
            "ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu", "ach", "ata",
            "aty", "ych", "ama", "ami", "ove", "ovi", "ymi",
        ],
    ),
    (
        5,
        &[
            "em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou",
        ],
    ),
    (4, &["a", "e", "i", "o", "u", "y"]),
];

/// The stem of a folded Czech word: its case ending removed, and a final "c" or "z" that
/// inflection made of "k" or "h" turned back ("dluzich" → "dluh", "pomoci" → "pomok"). The same
/// stemmer runs on indexed text and on queries, so a query stem found as a prefix of an indexed
/// stem finds the other forms of the word: "dluhy" finds "dluhové" and "dluzích".
pub fn stem(word: &str) -> String {
    let len = word.chars().count();
    let without_ending = ENDINGS
        .iter()
        .filter(|(min_len, _)| len >= *min_len)
        .find_map(|(_, endings)| endings.iter().find_map(|e| word.strip_suffix(e)))
        .unwrap_or(word);
    let mut stem = without_ending.to_owned();
    if stem.len() >= 3 {
        if stem.ends_with('c') {
            stem.replace_range(stem.len() - 1.., "k");
        } else if stem.ends_with('z') {
            stem.replace_range(stem.len() - 1.., "h");
        }
    }
    stem
}

/// The stems of every word of a text, space-separated: what the full-text index holds.
pub fn stems(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key whose plain byte order is Czech alphabetical order: "ch" after "h", "č" after "c",
/// "ř" after "r", "š" after "s", "ž" after "z"; other accents and case do not count.
pub fn sort_key(text: &str) -> String {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut key = String::with_capacity(lower.len() + 4);
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        match c {
            'c' if lower.get(i + 1) == Some(&'h') => {
                key.push_str("h~");
                i += 1;
            }
            'č' => key.push_str("c~"),
            'ř' => key.push_str("r~"),
            'š' => key.push_str("s~"),
            'ž' => key.push_str("z~"),
            _ => key.push_str(&fold(c.encode_utf8(&mut [0; 4]))),
        }
        i += 1;
    }
    key
}

/// A short excerpt: the text up to `max` characters, cut at a word boundary, with an ellipsis.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(at) if at > max / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
    )
}

/// Text for XML or HTML written by hand (feeds, SVG): `&`, `<`, `>` and `"` escaped.
pub fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_removes_case_and_diacritics() {
        assert_eq!(fold("Pečovatelská SLUŽBA"), "pecovatelska sluzba");
        assert_eq!(fold("PEČOVATEL"), "pecovatel");
        assert_eq!(fold("Ůvaly, Ďáblice, Ňůďa"), "uvaly, dablice, nuda");
    }

    #[test]
    fn words_split_on_punctuation_and_fold() {
        assert_eq!(
            words("Dluhy? Exekuce;  'DROP TABLE'--"),
            ["dluhy", "exekuce", "drop", "table"]
        );
        assert!(words("  ,.;  ").is_empty());
    }

    #[test]
    fn stems_reach_the_shared_prefix_of_inflected_forms() {
        assert_eq!(stem("dluhy"), "dluh");
        assert_eq!(stem("dluzich"), "dluh");
        assert_eq!(stem("dluhove"), "dluh");
        assert_eq!(stem("pecovatelska"), "pecovatelsk");
        assert_eq!(stem("pecovatelsk"), "pecovatelsk");
        assert_eq!(stem("seniory"), "senior");
        assert_eq!(stem("senioru"), "senior");
        assert_eq!(stem("rodinami"), "rodin");
        assert_eq!(stem("pomoc"), stem("pomoci"));
        // Short words keep their ending so that a search never collapses to two letters.
        assert_eq!(stem("dum"), "dum");
        assert_eq!(stem("byt"), "byt");
    }

    #[test]
    fn a_query_stem_is_a_prefix_of_the_stems_of_other_forms() {
        for (query, text) in [
            ("dluhy", "v dluzích"),
            ("dluhy", "dluhové poradenství"),
            ("senioři", "pro seniory"),
        ] {
            let term = &search_terms(query)[0];
            assert!(
                stems(text).split(' ').any(|s| s.starts_with(term.as_str())),
                "{query} → {text}"
            );
        }
    }

    #[test]
    fn search_terms_drop_stopwords_and_repeat_words() {
        assert_eq!(
            search_terms("Pomoc pro SENIORY a seniory"),
            ["pomok", "senior"]
        );
        assert_eq!(search_terms("?? a !"), Vec::<String>::new());
        assert_eq!(search_terms(&"slovo ".repeat(3)), ["slov"]);
        assert_eq!(
            search_terms("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10").len(),
            MAX_SEARCH_TERMS
        );
    }

    #[test]
    fn czech_order_puts_ch_after_h_and_hacek_after_base_letter() {
        let mut names = vec![
            "Charita", "Hospic", "Cesta", "Čáp", "Domov", "Řeka", "Rada", "Žár", "Zahrada",
            "Šance", "Sova", "Ivan",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Cesta", "Čáp", "Domov", "Hospic", "Charita", "Ivan", "Rada", "Řeka", "Sova",
                "Šance", "Zahrada", "Žár"
            ]
        );
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("Krátký text.", 50), "Krátký text.");
        assert_eq!(
            excerpt("Pomáháme seniorům v jejich domácnosti každý den", 30),
            "Pomáháme seniorům v jejich…"
        );
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn stems_keep_at_least_three_letters(w in "[a-z]{1,15}") {
            let s = stem(&w);
            prop_assert!(s.len() >= 3 || s == w);
            prop_assert!(w.starts_with(&s[..s.len() - 1]));
        }
    }
}
