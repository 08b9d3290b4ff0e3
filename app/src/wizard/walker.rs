//! The wizard's questions, walked in the browser: the page carries the published tree (without
//! the outcomes' texts), so an answer that leads to another question, "změnit" and "Začít
//! znovu" show the next question at once, with its own address and history entry, and no
//! request. An answer that reaches an outcome is a plain link: the outcome's contacts come from
//! the server (through the router, or the service worker's copy when offline). Without
//! JavaScript every answer is that plain link.

use super::api::{AnswerLink, Answered, StepView};
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
}

/// The question `path` leads to; `None` past an outcome or off the tree.
fn at(tree: &WizardTree, path: &str, municipality: Option<MunicipalityCode>) -> Option<Shown> {
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
    })
}

#[island(lazy)]
pub fn WizardWalker(
    tree: QuestionsOnly,
    path: String,
    municipality: Option<String>,
) -> impl IntoView {
    let tree = WizardTree::from(tree);
    let municipality = municipality.and_then(|m| MunicipalityCode::parse(&m).ok());
    let path = RwSignal::new(path);
    let shown = Memo::new(move |_| path.with(|p| at(&tree, p, municipality)));

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
            document().set_title(&format!("Potřebuji pomoc: {} – Pomoc", shown.text));
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
            {move || shown.get().map(|shown| view! { <QuestionView shown /> })}
        </div>
    }
}

#[component]
fn QuestionView(shown: Shown) -> impl IntoView {
    let Shown {
        text,
        help,
        answers,
        answered,
    } = shown;
    view! {
        <p class="wizard-kicker">"Potřebuji pomoc"</p>
        <h1 tabindex="-1">{text}</h1>
        {(!help.is_empty()).then(|| view! { <p class="lead">{help}</p> })}
        <ul class="answers">
            {answers
                .into_iter()
                .map(|a| view! { <li><a class="answer" href=crate::embed::within(&a.href) data-step=a.step>{a.label}</a></li> })
                .collect_view()}
        </ul>
        <Trail answered />
        <p class="muted">"Nenašli jste svou situaci? "<a href=crate::embed::within("/sluzby")>"Prohledejte katalog služeb"</a>" nebo "<a href=crate::embed::within("/dotazy")>"časté dotazy"</a>"."</p>
    }
}

/// The answers so far, each with the link that changes it, and "Začít znovu".
#[component]
pub(super) fn Trail(answered: Vec<Answered>) -> impl IntoView {
    (!answered.is_empty()).then(|| {
        view! {
            <section class="trail" aria-labelledby="trail-heading">
                <h2 id="trail-heading">"Vaše odpovědi"</h2>
                <ol>
                    {answered
                        .into_iter()
                        .map(|a| {
                            let label = format!("Změnit odpověď: {}", a.answer);
                            view! {
                                <li>
                                    <span class="trail-question">{a.question}</span>" "
                                    <strong>{a.answer}</strong>" "
                                    <a href=crate::embed::within(&a.change_href) data-step=a.change_step aria-label=label>"změnit"</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                <p><a href=crate::embed::within("/pomoc") data-step="">"Začít znovu"</a></p>
            </section>
        }
    })
}
