//! zxcvbn's advice, in Czech.

use zxcvbn::feedback::{Suggestion, Warning};

pub(super) fn warning(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => "Řada kláves za sebou se uhodne snadno.",
        Warning::ShortKeyboardPatternsAreEasyToGuess => {
            "Krátký obrazec na klávesnici se uhodne snadno."
        }
        Warning::RepeatsLikeAaaAreEasyToGuess => "Opakovaný znak jako „aaa“ se uhodne snadno.",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "Opakování jako „abcabcabc“ se hádá jen o málo déle než „abc“."
        }
        Warning::ThisIsATop10Password => "Toto je jedno z deseti nejčastějších hesel.",
        Warning::ThisIsATop100Password => "Toto je jedno ze sta nejčastějších hesel.",
        Warning::ThisIsACommonPassword => "Toto heslo patří k nejčastějším.",
        Warning::ThisIsSimilarToACommonlyUsedPassword => {
            "Toto heslo se podobá některému z nejčastějších."
        }
        Warning::SequencesLikeAbcAreEasyToGuess => "Řady jako abc nebo 6543 se uhodnou snadno.",
        Warning::RecentYearsAreEasyToGuess => "Nedávné roky se uhodnou snadno.",
        Warning::AWordByItselfIsEasyToGuess => "Jedno slovo samo o sobě se uhodne snadno.",
        Warning::DatesAreOftenEasyToGuess => "Data se většinou uhodnou snadno.",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => {
            "Jméno nebo příjmení samo o sobě se uhodne snadno."
        }
        Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            "Častá jména a příjmení se uhodnou snadno."
        }
    }
}

pub(super) fn suggestion(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => {
            "Použijte několik slov, která k sobě nepatří; ne známé rčení."
        }
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            "Symboly, číslice ani velká písmena nejsou potřeba."
        }
        Suggestion::AddAnotherWordOrTwo => "Přidejte slovo nebo dvě, nejlépe méně obvyklá.",
        Suggestion::CapitalizationDoesntHelpVeryMuch => "Velké písmeno na začátku moc nepomůže.",
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "Samá velká písmena se hádají skoro stejně snadno jako malá."
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => {
            "Slovo pozpátku se hádá jen o málo déle."
        }
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            "Předvídatelné záměny jako „@“ místo „a“ moc nepomohou."
        }
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => {
            "Obrazec na klávesnici musí být delší a s více zatáčkami."
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => "Vyhněte se opakování slov a znaků.",
        Suggestion::AvoidSequences => "Vyhněte se řadám znaků.",
        Suggestion::AvoidRecentYears => "Vyhněte se nedávným rokům.",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => "Vyhněte se rokům, které se k vám vážou.",
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "Vyhněte se datům a rokům, které se k vám vážou."
        }
    }
}
