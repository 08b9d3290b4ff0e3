//! The published lists, ranked: a word's rank is its line in its file (1 = most common), and a
//! word on several lists keeps its best rank. Read once, on the first estimate.

use std::collections::HashMap;
use std::sync::LazyLock;

const LISTS: [&str; 4] = [
    include_str!("../../data/passwords/common-passwords.txt"),
    include_str!("../../data/passwords/czech-words.txt"),
    include_str!("../../data/passwords/czech-first-names.txt"),
    include_str!("../../data/passwords/czech-last-names.txt"),
];

/// The longest entry on any list, in characters: no longer piece of a password can match.
const LONGEST: usize = 20;

static RANKS: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut ranks = HashMap::with_capacity(90_000);
    for list in LISTS {
        for (line, word) in list.lines().enumerate() {
            let rank = ranks.entry(word).or_insert(line + 1);
            *rank = (*rank).min(line + 1);
        }
    }
    ranks
});

/// Every listed word in `password` (lower-cased), forwards or backwards, with its rank.
pub(super) fn words_in(password: &str) -> Vec<(&'static str, usize)> {
    let lower = password.to_lowercase();
    let reversed: String = lower.chars().rev().collect();
    let mut found = Vec::new();
    for text in [&lower, &reversed] {
        let starts: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
        for (i, &start) in starts.iter().enumerate() {
            for end in starts[i + 1..]
                .iter()
                .copied()
                .chain([text.len()])
                .take(LONGEST)
            {
                if let Some((word, rank)) = RANKS.get_key_value(&text[start..end]) {
                    found.push((*word, *rank));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read_and_no_entry_is_longer_than_the_scan() {
        assert!(RANKS.len() > 85_000, "{}", RANKS.len());
        assert!(RANKS.keys().all(|word| word.chars().count() <= LONGEST));
        assert_eq!(RANKS["123456"], 1);
        assert_eq!(
            RANKS["heslo"], 6_473,
            "the Czech word ranks above the password"
        );
    }

    #[test]
    fn words_are_found_inside_a_password_and_backwards() {
        let found = words_in("XSluníčko7");
        assert!(found.contains(&("sluníčko", 13_358)), "{found:?}");
        assert!(
            words_in("okcinuls")
                .iter()
                .any(|(word, _)| *word == "slunicko")
        );
        assert!(words_in("").is_empty());
    }
}
