//! A question step built from the tree alone: its answers as links, and the answers so far with
//! the links that change them. The server builds it for the page; the browser builds the very
//! same from the tree it was given, so a step there needs no request.

use super::api::{AnswerLink, Answered, StepView};
use domain::MunicipalityCode;
use domain::filter::keys;
use domain::wizard::{Question, Step, Walk, WizardTree};

/// The wizard's address for a path of answer keys, keeping the resident's municipality.
pub(super) fn step_href(keys: &[&str], municipality: Option<MunicipalityCode>) -> String {
    let mut href = String::from("/pomoc");
    for key in keys {
        href.push('/');
        href.push_str(key);
    }
    if let Some(code) = municipality {
        href.push_str(&format!("?{}={code}", keys::MUNICIPALITY));
    }
    href
}

/// The answers given on the way, each with the link back to its question.
pub(super) fn answered(walk: &Walk<'_>, municipality: Option<MunicipalityCode>) -> Vec<Answered> {
    let keys = walk.keys();
    walk.answered
        .iter()
        .enumerate()
        .map(|(i, (_, question, answer))| Answered {
            question: question.text.clone(),
            answer: answer.label.clone(),
            change_href: step_href(&keys[..i], municipality),
            change_step: keys[..i].join("/"),
        })
        .collect()
}

/// The question reached by `keys`, its answers leading one step further.
pub(super) fn question(
    tree: &WizardTree,
    question: &Question,
    keys: &[&str],
    municipality: Option<MunicipalityCode>,
) -> StepView {
    StepView::Question {
        text: question.text.clone(),
        help: question.help.clone(),
        answers: question
            .answers
            .iter()
            .map(|a| {
                let mut next = keys.to_vec();
                next.push(a.key.as_str());
                let leads_to_question = tree
                    .node(&a.next)
                    .is_some_and(|n| matches!(n.step, Step::Question(_)));
                AnswerLink {
                    label: a.label.clone(),
                    href: step_href(&next, municipality),
                    step: leads_to_question.then(|| next.join("/")),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_links_keep_the_municipality() {
        let pisek = MunicipalityCode::parse("549240").ok();
        assert_eq!(
            step_href(&["dluhy", "ne"], pisek),
            "/pomoc/dluhy/ne?obec=549240"
        );
        assert_eq!(step_href(&[], None), "/pomoc");
    }
}
