//! One estimate. zxcvbn takes extra words only as "user inputs", ranked by their place in the
//! slice it is given (place 0 = rank 1). So the listed words found in the password are put at the
//! place of their rank, the places between left empty (an empty word never matches), and zxcvbn
//! weighs a Czech word or a breached password as it weighs its own lists.

use super::{Strength, feedback, lists};
use zxcvbn::matching::patterns::MatchPattern;

/// Words that name this portal and its place: the first an attacker who targets it tries.
const PORTAL_WORDS: [&str; 8] = [
    "pomoc",
    "pisek",
    "písek",
    "sprava",
    "správa",
    "admin",
    "socialni",
    "sociální",
];

/// How guessable `password` is for the person named by `personal` (their login name and the
/// like, each weighed as the likeliest guess).
pub fn estimate(password: &str, personal: &[&str]) -> Strength {
    let fixed: Vec<&str> = personal.iter().copied().chain(PORTAL_WORDS).collect();
    let inputs = ranked_inputs(password, &fixed);
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    let score = u8::from(entropy.score());
    let (mut warning, suggestions) = match entropy.feedback() {
        Some(advice) => (
            advice.warning().map(feedback::warning),
            advice
                .suggestions()
                .iter()
                .map(|s| feedback::suggestion(*s).to_owned())
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    if warning.is_none() && score < super::ACCEPTED_SCORE {
        warning = Some(listed_warning(&entropy, &fixed));
    }
    Strength {
        score,
        warning: warning.map(str::to_owned),
        suggestions,
    }
}

/// `fixed` at the first places, then every listed word in `password` at the place of its rank
/// (or the next free one).
fn ranked_inputs<'a>(password: &str, fixed: &[&'a str]) -> Vec<&'a str> {
    let mut found = lists::words_in(password);
    found.sort_unstable_by_key(|&(word, rank)| (rank, word));
    found.dedup();
    let mut places: Vec<&str> = fixed.to_vec();
    for (word, rank) in found {
        if fixed.contains(&word) {
            continue;
        }
        let mut place = (rank - 1).max(fixed.len());
        while places.get(place).is_some_and(|taken| !taken.is_empty()) {
            place += 1;
        }
        if place >= places.len() {
            places.resize(place + 1, "");
        }
        places[place] = word;
    }
    places
}

/// What to say when zxcvbn has no warning of its own: its guess rests on one of our words.
fn listed_warning(entropy: &zxcvbn::Entropy, fixed: &[&str]) -> &'static str {
    let longest = entropy
        .sequence()
        .iter()
        .max_by_key(|piece| piece.token.chars().count());
    match longest.map(|piece| &piece.pattern) {
        Some(MatchPattern::Dictionary(word)) if fixed.contains(&word.matched_word.as_str()) => {
            "Heslo stojí na vašem jménu nebo na názvu portálu."
        }
        Some(MatchPattern::Dictionary(_)) => {
            "Heslo stojí na slově ze seznamu nejčastějších hesel nebo českých slov."
        }
        _ => "Heslo se dá snadno uhodnout.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(password: &str) -> u8 {
        estimate(password, &["jana.novakova"]).score
    }

    #[test]
    fn breached_and_czech_passwords_are_weak() {
        for weak in [
            "heslo123",
            "Heslo1234",
            "SLUNÍČKO",
            "slunicko2024",
            "okcinuls",
            "kočička1",
            "Veronika1",
            "12345678",
            "qwertzuiop",
            "p@ssw0rd",
            "pomocpomoc",
            "jana.novakova1",
            "Písek2026",
        ] {
            let strength = estimate(weak, &["jana.novakova"]);
            assert!(!strength.acceptable(), "{weak}: {strength:?}");
            assert!(strength.warning.is_some(), "{weak}: {strength:?}");
        }
    }

    #[test]
    fn words_that_do_not_belong_together_are_strong() {
        for strong in [
            "Rybník u Písku 1982",
            "kůň tramvaj modrý čaj",
            "Zq7#vLm2pX9!",
        ] {
            assert!(score(strong) >= 3, "{strong}: {}", score(strong));
        }
    }

    #[test]
    fn a_czech_word_counts_as_a_word_not_as_random_letters() {
        let czech = estimate("kocickapejsek", &[]);
        let random = estimate("kqzvtbnwhxmry", &[]);
        assert!(czech.score < random.score, "{czech:?} {random:?}");
    }

    #[test]
    fn words_sit_at_their_rank_and_the_personal_ones_first() {
        let inputs = ranked_inputs("xheslox", &["jana"]);
        assert_eq!(inputs[0], "jana");
        assert_eq!(inputs[6_472], "heslo", "rank 6,473 of the Czech words");
        for (place, word) in inputs.iter().enumerate().skip(1) {
            let at_rank = |&(listed, rank): &(&str, usize)| listed == *word && rank <= place + 1;
            assert!(
                word.is_empty() || lists::words_in(word).iter().any(at_rank),
                "{word} at {place}"
            );
        }
    }
}
