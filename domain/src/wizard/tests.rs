use super::*;
use crate::slug::Slug;

fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap()
}

fn question(key: &str, answers: &[(&str, &str)]) -> WizardNode {
    WizardNode {
        key: slug(key),
        step: Step::Question(Question {
            text: format!("Otázka {key}?"),
            help: String::new(),
            answers: answers
                .iter()
                .map(|(a, next)| Answer {
                    key: slug(a),
                    label: format!("Odpověď {a}"),
                    next: slug(next),
                })
                .collect(),
            translations: Default::default(),
        }),
    }
}

fn outcome(key: &str) -> WizardNode {
    WizardNode {
        key: slug(key),
        step: Step::Outcome(Outcome {
            title: format!("Výsledek {key}"),
            summary: String::new(),
            now: vec!["Zavolejte.".into()],
            contacts: vec![],
            search: None,
            bring: vec![],
            faq: vec![],
            translations: Default::default(),
        }),
    }
}

fn tree(nodes: Vec<WizardNode>) -> WizardTree {
    WizardTree {
        root: slug("start"),
        nodes,
    }
}

fn sample() -> WizardTree {
    tree(vec![
        question("start", &[("dluhy", "dluhy-q"), ("jidlo", "jidlo-o")]),
        question("dluhy-q", &[("exekuce", "exekuce-o"), ("jine", "dluhy-o")]),
        outcome("jidlo-o"),
        outcome("exekuce-o"),
        outcome("dluhy-o"),
    ])
}

fn errors(t: &WizardTree) -> Vec<TreeError> {
    t.validate().err().map(|e| e.0).unwrap_or_default()
}

#[test]
fn a_sound_tree_validates() {
    assert_eq!(sample().validate(), Ok(()));
}

#[test]
fn a_dead_end_is_named() {
    let t = tree(vec![
        question("start", &[("a", "a-o"), ("b", "nikam")]),
        outcome("a-o"),
    ]);
    assert_eq!(
        errors(&t),
        [TreeError::DeadEnd {
            node: slug("start"),
            answer: slug("b"),
            next: slug("nikam")
        }]
    );
    assert!(t.validate().unwrap_err().to_string().contains("nikam"));
}

#[test]
fn a_cycle_is_named() {
    let t = tree(vec![
        question("start", &[("a", "loop"), ("b", "b-o")]),
        question("loop", &[("zpet", "start"), ("dal", "b-o")]),
        outcome("b-o"),
    ]);
    assert!(
        errors(&t).iter().any(|e| matches!(e, TreeError::Cycle(_))),
        "{:?}",
        errors(&t)
    );
}

#[test]
fn unreachable_nodes_and_answer_counts_are_named() {
    let mut t = sample();
    t.nodes.push(outcome("sirotek"));
    assert_eq!(errors(&t), [TreeError::Unreachable(slug("sirotek"))]);
    let t = tree(vec![question("start", &[("a", "a-o")]), outcome("a-o")]);
    assert_eq!(
        errors(&t),
        [TreeError::AnswerCount {
            node: slug("start"),
            count: 1
        }]
    );
}

#[test]
fn outcomes_deeper_than_four_answers_are_refused() {
    let t = tree(vec![
        question("start", &[("a", "q2"), ("x", "x-o")]),
        question("q2", &[("a", "q3"), ("x", "x-o")]),
        question("q3", &[("a", "q4"), ("x", "x-o")]),
        question("q4", &[("a", "q5"), ("x", "x-o")]),
        question("q5", &[("a", "deep"), ("x", "x-o")]),
        outcome("deep"),
        outcome("x-o"),
    ]);
    let found = errors(&t);
    assert!(
        found.contains(&TreeError::TooDeep {
            node: slug("deep"),
            depth: 5,
            max: 4
        }),
        "{found:?}"
    );
    assert!(
        found.contains(&TreeError::TooDeep {
            node: slug("x-o"),
            depth: 5,
            max: 4
        }),
        "{found:?}"
    );
}

#[test]
fn root_must_be_a_question_and_exist() {
    assert_eq!(
        errors(&tree(vec![outcome("start")])),
        [TreeError::RootIsOutcome(slug("start"))]
    );
    assert_eq!(
        errors(&tree(vec![outcome("jinde")]))[0],
        TreeError::MissingRoot(slug("start"))
    );
}

#[test]
fn walking_follows_answers_and_refuses_tampering() {
    let t = sample();
    let walk = t.walk(&["dluhy", "exekuce"]).unwrap();
    assert_eq!(walk.current.key.as_str(), "exekuce-o");
    assert_eq!(walk.answered.len(), 2);
    assert_eq!(walk.keys(), ["dluhy", "exekuce"]);
    assert_eq!(t.walk(&[]).unwrap().current.key.as_str(), "start");
    assert!(matches!(
        t.walk(&["dluhy", "nevim"]),
        Err(WalkError::UnknownAnswer { .. })
    ));
    assert_eq!(t.walk(&["jidlo", "dalsi"]), Err(WalkError::PastOutcome));
}

#[test]
fn short_codes_round_trip() {
    let t = sample();
    let walk = t.walk(&["dluhy", "jine"]).unwrap();
    let code = t.short_code(&walk);
    assert_eq!(code, "12");
    assert_eq!(
        t.from_short_code(&code).unwrap(),
        [slug("dluhy"), slug("jine")]
    );
    for bad in ["9", "0", "x", "123", "1111111111"] {
        assert!(t.from_short_code(bad).is_err(), "{bad}");
    }
}

#[test]
fn every_step_has_a_path_and_a_loop_ends_at_the_depth_limit() {
    let sample = sample();
    let paths = sample.paths();
    assert_eq!(
        paths,
        [
            vec![],
            vec!["dluhy"],
            vec!["dluhy", "exekuce"],
            vec!["dluhy", "jine"],
            vec!["jidlo"],
        ]
    );
    let looped = tree(vec![question("start", &[("znovu", "start")])]);
    let paths = looped.paths();
    assert_eq!(paths.len(), MAX_DEPTH * 2 + 1, "{paths:?}");
}

#[test]
fn the_browsers_tree_walks_the_same_paths_without_the_outcomes_text() {
    let full = sample();
    let light = WizardTree::from(full.questions_only());
    assert_eq!(light.paths(), full.paths());
    for path in full.paths() {
        let (a, b) = (full.walk(&path).unwrap(), light.walk(&path).unwrap());
        assert_eq!(a.current.key, b.current.key);
        if let (Step::Outcome(a), Step::Outcome(b)) = (&a.current.step, &b.current.step) {
            assert_eq!(a.title, b.title);
            assert!(b.now.is_empty() && b.contacts.is_empty() && b.faq.is_empty());
        }
    }
}

#[test]
fn a_tree_in_another_language_keeps_untranslated_nodes_czech_and_says_which() {
    use crate::lang::Lang;
    use crate::wizard::{OutcomeText, QuestionText};
    let mut full = tree(vec![
        question("start", &[("a", "end-a"), ("b", "end-b")]),
        outcome("end-a"),
        outcome("end-b"),
    ]);
    if let Step::Question(q) = &mut full.nodes[0].step {
        let text = QuestionText {
            text: "Що сталося?".into(),
            help: String::new(),
            answers: vec!["Перша".into(), "Друга".into()],
        };
        q.translations.set(Lang::Uk, Some(text));
    }
    if let Step::Outcome(o) = &mut full.nodes[1].step {
        let text = OutcomeText {
            title: "Зателефонуйте".into(),
            summary: String::new(),
            now: vec!["Зателефонуйте.".into()],
            bring: vec![],
        };
        o.translations.set(Lang::Uk, Some(text));
    }
    assert!(full.validate().is_ok());
    let uk = full.localized(Lang::Uk);
    assert_eq!(uk.in_czech, vec![slug("end-b")]);
    let walk = uk.tree.walk(&["a"]).unwrap();
    let Step::Outcome(o) = &walk.current.step else {
        panic!("an outcome")
    };
    assert_eq!(o.title, "Зателефонуйте");
    let json = serde_json::to_string(&uk.tree.questions_only()).unwrap();
    assert!(
        json.contains("Перша") && !json.contains("translations"),
        "{json}"
    );
    assert_eq!(full.localized(Lang::En).in_czech.len(), 3);
    assert!(full.localized(Lang::Cs).in_czech.is_empty());

    if let Step::Question(q) = &mut full.nodes[0].step {
        let short = QuestionText {
            text: "What happened?".into(),
            help: String::new(),
            answers: vec!["Only one".into()],
        };
        q.translations.set(Lang::En, Some(short));
    }
    let errors = full.validate().unwrap_err();
    assert!(errors.to_string().contains("překlad otázky"), "{errors}");
    assert_eq!(
        full.localized(Lang::En).in_czech.len(),
        3,
        "a mismatched question stays Czech"
    );
}
