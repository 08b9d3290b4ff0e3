//! Staff write a survey's questions one per line, the kind first:
//!
//! ```text
//! jedna: Jak často využíváte sociální služby? | každý týden | občas | nikdy
//! více: Které služby znáte? | pečovatelská služba | dluhová poradna | noclehárna
//! škála: Jak jste spokojeni s dostupností služeb? | 1 | 5
//! text: Co vám ve službách chybí?
//! ```
//!
//! A textarea stays usable without JavaScript and on a phone; each mistake is reported with its
//! line.

use super::{Question, QuestionKind};
use crate::admin::fields::{FieldErrors, required_text};
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 200;
pub const INTRO_MAX: usize = 1000;
pub const QUESTIONS_MAX: usize = 30;
pub const OPTIONS_MAX: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    pub title: String,
    pub intro: String,
    pub questions: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSurvey {
    pub title: String,
    pub intro: String,
    pub questions: Vec<Question>,
}

impl SurveyForm {
    pub fn validate(&self) -> Result<NewSurvey, FieldErrors> {
        let mut e = FieldErrors::default();
        let title = required_text(&mut e, "title", &self.title, TITLE_MAX);
        let intro = required_text(&mut e, "intro", &self.intro, INTRO_MAX);
        let questions = match parse_questions(&self.questions) {
            Ok(questions) => questions,
            Err(message) => {
                e.add("questions", message);
                Vec::new()
            }
        };
        e.or(NewSurvey {
            title,
            intro,
            questions,
        })
    }
}

/// The questions, one per non-empty line; the first mistake with its line number.
pub fn parse_questions(text: &str) -> Result<Vec<Question>, String> {
    let mut questions = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let question = parse_line(line).map_err(|why| format!("řádek {}: {why}", number + 1))?;
        questions.push(question);
    }
    if questions.is_empty() {
        return Err("napište aspoň jednu otázku".into());
    }
    if questions.len() > QUESTIONS_MAX {
        return Err(format!("nejvýše {QUESTIONS_MAX} otázek"));
    }
    Ok(questions)
}

fn parse_line(line: &str) -> Result<Question, String> {
    let (kind, rest) = line
        .split_once(':')
        .ok_or("začněte druhem otázky: jedna, více, škála nebo text a dvojtečkou")?;
    let mut parts = rest.split('|').map(str::trim);
    let text = parts.next().unwrap_or_default().to_owned();
    if text.is_empty() || text.chars().count() > 300 {
        return Err("otázka musí mít 1 až 300 znaků".into());
    }
    let options: Vec<String> = parts.map(str::to_owned).collect();
    let choices = |options: Vec<String>| -> Result<Vec<String>, String> {
        if options.len() < 2 || options.len() > OPTIONS_MAX {
            return Err(format!(
                "uveďte 2 až {OPTIONS_MAX} možností oddělených svislítkem |"
            ));
        }
        if options
            .iter()
            .any(|o| o.is_empty() || o.chars().count() > 120)
        {
            return Err("každá možnost musí mít 1 až 120 znaků".into());
        }
        Ok(options)
    };
    let kind = match kind.trim().to_lowercase().as_str() {
        "jedna" => QuestionKind::Single(choices(options)?),
        "více" | "vice" => QuestionKind::Multiple(choices(options)?),
        "škála" | "skala" => {
            let bounds: Vec<u8> = options.iter().filter_map(|o| o.parse().ok()).collect();
            match bounds[..] {
                [min, max] if options.len() == 2 && min < max && max - min <= 10 => {
                    QuestionKind::Scale { min, max }
                }
                _ => {
                    return Err(
                        "škála potřebuje dvě čísla, např. | 1 | 5 (nejvýše 11 stupňů)".into(),
                    );
                }
            }
        }
        "text" if options.is_empty() => QuestionKind::Text,
        "text" => return Err("textová otázka nemá možnosti".into()),
        other => {
            return Err(format!(
                "neznámý druh otázky „{other}“ (jedna, více, škála, text)"
            ));
        }
    };
    Ok(Question { text, kind })
}

/// The questions back as the lines staff wrote.
pub fn to_lines(questions: &[Question]) -> String {
    questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Single(options) => format!("jedna: {} | {}", q.text, options.join(" | ")),
            QuestionKind::Multiple(options) => {
                format!("více: {} | {}", q.text, options.join(" | "))
            }
            QuestionKind::Scale { min, max } => format!("škála: {} | {min} | {max}", q.text),
            QuestionKind::Text => format!("text: {}", q.text),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "jedna: Jak často? | týdně | občas | nikdy\n\n\
        více: Které znáte? | pečovatelská | poradna\n\
        škála: Spokojenost? | 1 | 5\n\
        text: Co chybí?";

    #[test]
    fn four_kinds_of_questions_read_and_write_back() {
        let questions = parse_questions(SAMPLE).unwrap();
        assert_eq!(questions.len(), 4);
        assert_eq!(questions[2].kind, QuestionKind::Scale { min: 1, max: 5 });
        assert_eq!(questions[3].kind, QuestionKind::Text);
        assert_eq!(parse_questions(&to_lines(&questions)).unwrap(), questions);
    }

    #[test]
    fn mistakes_name_their_line() {
        let one_option = parse_questions("text: A?\njedna: B? | jen jedna").unwrap_err();
        assert!(one_option.starts_with("řádek 2:"), "{one_option}");
        assert!(
            parse_questions("škála: C? | 5 | 1")
                .unwrap_err()
                .contains("dvě čísla")
        );
        assert!(
            parse_questions("anketa: D?")
                .unwrap_err()
                .contains("neznámý druh")
        );
        assert!(
            parse_questions("bez dvojtečky")
                .unwrap_err()
                .contains("dvojtečkou")
        );
        assert!(parse_questions("  \n").unwrap_err().contains("aspoň jednu"));
        let form = SurveyForm {
            title: "Anketa".into(),
            intro: "Krátce.".into(),
            questions: "jedna: X? | a".into(),
        };
        assert!(form.validate().unwrap_err().get("questions").is_some());
    }
}
