//! The wizard's questions, walked in the browser: the page carries the published tree (without
//! the outcomes' texts), so an answer that leads to another question, "změnit" and "Začít
//! znovu" show the next question at once, with its own address and history entry, and no
//! request. An answer that reaches an outcome is a plain link: the outcome's contacts come from
//! the server (through the router, or the service worker's copy when offline). Without
//! JavaScript every answer is that plain link.

use super::api::{AnswerLink, Answered, StepView, WizardWords};
use super::steps;
use crate::navigation::entries;
use domain::MunicipalityCode;
use domain::wizard::{QuestionsOnly, Step, WizardTree};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A question on screen, as [`at`] builds it.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    text: String,
    help: String,
    answers: Vec<AnswerLink>,
    answered: Vec<Answered>,
    /// Left in Czech on a page in another language.
    in_czech: bool,
    /// The question's key, which "Nenašli jste svou situaci?" names to the catalogue.
    node: String,
}

/// The question `path` leads to; `None` past an outcome or off the tree. `czech_nodes` are
/// the nodes not translated into the page's language.
fn at(
    tree: &WizardTree,
    path: &str,
    municipality: Option<MunicipalityCode>,
    czech_nodes: &[String],
) -> Option<Shown> {
    let keys: Vec<&str> = path.split('/').filter(|k| !k.is_empty()).collect();
    let walk = tree.walk(&keys).ok()?;
    let Step::Question(question) = &walk.current.step else {
        return None;
    };
    let StepView::Question {
        text,
        help,
        answers,
    } = steps::question(tree, question, &keys, municipality)
    else {
        return None;
    };
    Some(Shown {
        text,
        help,
        answers,
        answered: steps::answered(&walk, municipality),
        in_czech: czech_nodes.iter().any(|k| k == walk.current.key.as_str()),
        node: walk.current.key.as_str().to_owned(),
    })
}

#[island(lazy)]
pub fn WizardWalker(
    tree: QuestionsOnly,
    path: String,
    municipality: Option<String>,
    words: WizardWords,
    czech_nodes: Vec<String>,
) -> impl IntoView {
    let tree = WizardTree::from(tree);
    let municipality = municipality.and_then(|m| MunicipalityCode::parse(&m).ok());
    let path = RwSignal::new(path);
    let shown = Memo::new(move |_| path.with(|p| at(&tree, p, municipality, &czech_nodes)));
    let title = words.title.clone();

    // In the browser: the entry on screen names its step; back and forward to a step entry
    // show it again; a new step takes the title and the focus.
    Effect::new(move |first: Option<()>| {
        let current = path.get();
        if first.is_none() {
            entries::mark_wizard_step(&current);
            // Tests and benchmarks can tell that the steps now answer in the page.
            if let Some(walker) = document().query_selector("[data-wizard]").ok().flatten() {
                let _ = walker.set_attribute("data-wizard", "live");
            }
            return;
        }
        if let Some(shown) = shown.get_untracked() {
            let title = title.replace("{question}", &shown.text);
            document().set_title(&format!("{title} – Pomoc"));
        }
        request_animation_frame(|| {
            if let Some(heading) = document()
                .query_selector("[data-wizard] h1")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = heading.focus();
            }
        });
    });
    let _back = window_event_listener(leptos::ev::popstate, move |event| {
        if let Some(step) = entries::wizard_step_of(&event.state()) {
            path.set(step);
        }
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        if !crate::navigation::plain_click(&event) {
            return;
        }
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[data-step]").ok().flatten());
        let Some(link) = link else {
            return;
        };
        let (Some(step), Some(href)) =
            (link.get_attribute("data-step"), link.get_attribute("href"))
        else {
            return;
        };
        event.prevent_default();
        entries::push_wizard_step(&href, &step);
        path.set(step);
    };

    view! {
        <div class="wizard" data-wizard="" on:click=on_click>
            {move || shown.get().map(|shown| view! { <QuestionView shown words=words.clone() /> })}
        </div>
    }
}

#[component]
fn QuestionView(shown: Shown, words: WizardWords) -> impl IntoView {
    let Shown {
        text,
        help,
        answers,
        answered,
        in_czech,
        node,
    } = shown;
    let catalog = format!("/sluzby?{}={node}", crate::needs::record::FROM_WIZARD);
    let lang = in_czech.then_some("cs");
    view! {
        <p class="wizard-kicker">{words.kicker.clone()}</p>
        {in_czech.then(|| view! { <p class="untranslated">{words.in_czech.clone()}</p> })}
        <h1 tabindex="-1" lang=lang>{text}</h1>
        {(!help.is_empty()).then(|| view! { <p class="lead" lang=lang>{help}</p> })}
        <ul class="answers" lang=lang>
            {answers
                .into_iter()
                .map(|a| view! { <li><a class="answer" href=crate::embed::within(&a.href) data-step=a.step>{a.label}</a></li> })
                .collect_view()}
        </ul>
        <Trail answered words=words.clone() />
        <p class="muted">
            {words.not_found}" "<a href=crate::embed::within(&catalog)>{words.search_catalog}</a>
            " "{words.or}" "<a href=crate::embed::within("/dotazy")>{words.search_faq}</a>"."
        </p>
    }
}

/// The answers so far, each with the link that changes it, and "Začít znovu".
#[component]
pub(super) fn Trail(answered: Vec<Answered>, words: WizardWords) -> impl IntoView {
    (!answered.is_empty()).then(|| {
        view! {
            <section class="trail" aria-labelledby="trail-heading">
                <h2 id="trail-heading">{words.trail.clone()}</h2>
                <ol>
                    {answered
                        .into_iter()
                        .map(|a| {
                            let label = words.change_label.replace("{answer}", &a.answer);
                            view! {
                                <li>
                                    <span class="trail-question">{a.question}</span>" "
                                    <strong>{a.answer}</strong>" "
                                    <a href=crate::embed::within(&a.change_href) data-step=a.change_step aria-label=label>{words.change.clone()}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p><a href=crate::embed::within("/pomoc") data-step="">{words.restart.clone()}</a></p>
            </section>
        }
    })
}
