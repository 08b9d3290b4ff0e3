//! Counting the answers: each choice's count (drawn as bars, with the same numbers in a table),
//! a scale's distribution and average, the texts as written; and every response as a CSV row.

use super::answer::Answer;
use super::{QuestionKind, Survey};
use serde::{Deserialize, Serialize};

/// One question's results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub text: String,
    /// How many answered it (did not skip).
    pub answered: usize,
    /// (label, count) for choices and for each step of a scale.
    pub counts: Vec<(String, usize)>,
    /// A scale's average, one decimal, Czech comma.
    pub average: Option<String>,
    /// The texts of a free-text question, in the order they came.
    pub texts: Vec<String>,
    /// The bars of `counts`, SVG; empty for a text question.
    pub chart: String,
}

impl Survey {
    pub fn results(&self, responses: &[Vec<Answer>]) -> Vec<QuestionResult> {
        self.questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let answers: Vec<&Answer> = responses
                    .iter()
                    .filter_map(|r| r.get(i))
                    .filter(|a| **a != Answer::Skipped)
                    .collect();
                let count_options = |options: &[String]| -> Vec<(String, usize)> {
                    options
                        .iter()
                        .enumerate()
                        .map(|(o, label)| {
                            let n = answers
                                .iter()
                                .filter(|a| match a {
                                    Answer::Single(c) => *c == o,
                                    Answer::Multiple(cs) => cs.contains(&o),
                                    _ => false,
                                })
                                .count();
                            (label.clone(), n)
                        })
                        .collect()
                };
                let scale: Vec<u8> = answers
                    .iter()
                    .filter_map(|a| match a {
                        Answer::Scale(n) => Some(*n),
                        _ => None,
                    })
                    .collect();
                let (counts, average) = match &q.kind {
                    QuestionKind::Single(o) | QuestionKind::Multiple(o) => (count_options(o), None),
                    QuestionKind::Scale { min, max } => {
                        let counts = (*min..=*max)
                            .map(|step| {
                                (
                                    step.to_string(),
                                    scale.iter().filter(|n| **n == step).count(),
                                )
                            })
                            .collect();
                        let average = (!scale.is_empty()).then(|| {
                            let sum: u32 = scale.iter().map(|n| u32::from(*n)).sum();
                            format!("{:.1}", f64::from(sum) / scale.len() as f64).replace('.', ",")
                        });
                        (counts, average)
                    }
                    QuestionKind::Text => (Vec::new(), None),
                };
                let texts = answers
                    .iter()
                    .filter_map(|a| match a {
                        Answer::Text(t) => Some(t.clone()),
                        _ => None,
                    })
                    .collect();
                let bars: Vec<_> = counts
                    .iter()
                    .map(|(l, n)| (l.clone(), *n, crate::chart::BAR))
                    .collect();
                QuestionResult {
                    text: q.text.clone(),
                    answered: answers.len(),
                    chart: if bars.is_empty() {
                        String::new()
                    } else {
                        crate::chart::bars(&bars)
                    },
                    counts,
                    average,
                    texts,
                }
            })
            .collect()
    }

    /// The header (the questions) and one row per response: the chosen options' labels (joined
    /// with "; "), the number, or the text — a text a spreadsheet would run as a formula made
    /// plain ([`spreadsheet_safe`]).
    pub fn csv_rows(&self, responses: &[Vec<Answer>]) -> (Vec<String>, Vec<Vec<String>>) {
        let header = self.questions.iter().map(|q| q.text.clone()).collect();
        let rows = responses
            .iter()
            .map(|response| {
                self.questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let label = |o: &usize| match &q.kind {
                            QuestionKind::Single(os) | QuestionKind::Multiple(os) => {
                                os.get(*o).cloned().unwrap_or_default()
                            }
                            _ => String::new(),
                        };
                        match response.get(i) {
                            Some(Answer::Single(o)) => label(o),
                            Some(Answer::Multiple(os)) => {
                                os.iter().map(label).collect::<Vec<_>>().join("; ")
                            }
                            Some(Answer::Scale(n)) => n.to_string(),
                            Some(Answer::Text(t)) => spreadsheet_safe(t),
                            Some(Answer::Skipped) | None => String::new(),
                        }
                    })
                    .collect()
            })
            .collect();
        (header, rows)
    }
}

/// Anonymous text as a spreadsheet cell: one that would start a formula (`=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading apostrophe, so that opening the export runs nothing.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::answer::tests::survey;

    #[test]
    fn texts_that_would_start_a_formula_reach_the_spreadsheet_as_text() {
        for formula in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1"] {
            assert_eq!(spreadsheet_safe(formula), format!("'{formula}"));
        }
        assert_eq!(spreadsheet_safe("Děkuji, 5 = dobré"), "Děkuji, 5 = dobré");
        assert_eq!(spreadsheet_safe(""), "");
    }

    #[test]
    fn results_count_choices_average_scales_and_keep_texts() {
        let s = survey();
        let responses = vec![
            vec![
                Answer::Single(0),
                Answer::Multiple(vec![0, 1]),
                Answer::Scale(4),
                Answer::Text("víc terénu".into()),
            ],
            vec![
                Answer::Single(0),
                Answer::Multiple(vec![1]),
                Answer::Scale(5),
                Answer::Skipped,
            ],
            vec![
                Answer::Skipped,
                Answer::Skipped,
                Answer::Scale(2),
                Answer::Skipped,
            ],
        ];
        let results = s.results(&responses);
        assert_eq!(results[0].counts[0], ("týdně".to_owned(), 2));
        assert_eq!(results[0].answered, 2);
        assert_eq!(
            results[1]
                .counts
                .iter()
                .map(|(_, n)| *n)
                .collect::<Vec<_>>(),
            vec![1, 2, 0]
        );
        assert_eq!(results[2].average.as_deref(), Some("3,7"));
        assert_eq!(results[2].counts.len(), 5);
        assert_eq!(results[3].texts, vec!["víc terénu".to_owned()]);
        assert!(results[3].chart.is_empty());
        assert!(results[0].chart.contains("<svg"));

        let (header, rows) = s.csv_rows(&responses);
        assert_eq!(header[1], "Které znáte?");
        assert_eq!(
            rows[0],
            vec!["týdně", "pečovatelská; poradna", "4", "víc terénu"]
        );
        assert_eq!(rows[2][0], "");
    }
}
