//! The question screen: one question, its one-sentence hint (the longer
//! explanation collapsed), its answers, "Continuer". Continuer without an
//! answer shows the GOV.UK error pattern: a summary at the top that takes
//! focus and links to the answers, and the question's own message. Around
//! it, what only the guide offers: Back, the councillor's way round, the
//! answers so far and starting again.

use leptos::ev::{Event, MouseEvent, SubmitEvent};
use leptos::html::Form;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{back_link, clicked, restart_button, Nav};
use crate::engine::{Fact, Value};
use crate::markup;
use crate::text::{questions, ui};

/// The answer to `fact` checked in `holder`, if any: the guide's question
/// or the static first one.
pub(super) fn checked(holder: &web_sys::Element, fact: Fact) -> Option<Value> {
    holder
        .query_selector(&format!("input[name=\"{fact}\"]:checked"))
        .ok()
        .flatten()
        .and_then(|input| input.get_attribute("value"))
        .and_then(|value| Value::parse(fact, &value).ok())
}

/// Shows or hides the question's error: the summary at the top, the
/// message under the question, the fieldset's mark and description. The
/// same steps as `static/first-screen.js` on the static first question.
fn show_error(form: &web_sys::Element, shown: bool) {
    let find = |selector: &str| form.query_selector(selector).ok().flatten();
    for selector in [".sp-error-summary", ".sp-error"] {
        if let Some(el) = find(selector).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            el.set_hidden(!shown);
        }
    }
    // The ids are the markup's (`markup::question`), read, not rebuilt.
    let id = |selector: &str| find(selector).map(|el| el.id()).unwrap_or_default();
    if let Some(fieldset) = find(".sp-fieldset") {
        let _ = fieldset
            .class_list()
            .toggle_with_force("sp-has-error", shown);
        let hint = id(".sp-hint");
        let described = if shown {
            format!("{hint} {}", id(".sp-error"))
        } else {
            hint
        };
        let _ = fieldset.set_attribute("aria-describedby", &described);
    }
    if shown {
        if let Some(summary) =
            find(".sp-error-summary").and_then(|el| el.dyn_into::<HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

/// One question of the guide: its markup (`markup::question`) in a form,
/// so that Enter on an answer is a click on Continuer.
#[component]
pub(super) fn QuestionScreen(
    /// The request's state and focus.
    nav: Nav,
    /// The fact asked.
    fact: Fact,
    /// The answer already given to it, when the user came back to it.
    selected: Option<Value>,
    /// Whether there is a question to go back to.
    can_go_back: bool,
    /// The answers it may take now.
    answers: Vec<Value>,
    /// The answers given so far: some questions are worded after them.
    so_far: Vec<(Fact, Value)>,
) -> impl IntoView {
    let form = NodeRef::<Form>::new();
    // Continuer acts on its click, which Enter in the form also sends, and
    // never submits the form: a sandboxed frame without allow-forms (an
    // intranet's iframe) blocks form submission, and with it the submit
    // event. The summary's link is the guide's own link handling (it
    // focuses the first answer without touching the address).
    let on_click = move |ev: MouseEvent| {
        let next = clicked(&ev, "[data-action=\"next\"]");
        let Some(form) = form.get_untracked().filter(|_| next.is_some()) else {
            return;
        };
        ev.prevent_default();
        match checked(&form, fact) {
            Some(value) => nav.go(|g| {
                // The radios offer only values the engine accepts.
                let _ = g.answer(fact, value);
            }),
            None => show_error(&form, true),
        }
    };
    let on_change = move |_: Event| {
        if let Some(form) = form.get_untracked() {
            show_error(&form, false);
        }
    };
    let question = markup::question::question(fact, &answers, selected, &so_far);
    let councillor = (fact == Fact::DiscloseTo).then(|| {
        view! {
            <p class="sp-switch">
                {questions::COUNCILLOR_SWITCH_INTRO} " "
                <button type="button" class="sp-link" data-action="councillor-request"
                    on:click=move |_| nav.go(|g| g.councillor_request())>
                    {questions::COUNCILLOR_SWITCH}
                </button>
            </p>
        }
    });
    let answered = !so_far.is_empty();
    view! {
        {can_go_back.then(|| back_link(nav))}
        <form node_ref=form novalidate inner_html=question
            on:submit=|ev: SubmitEvent| ev.prevent_default() on:click=on_click on:change=on_change>
        </form>
        {councillor}
        {answered.then(|| view! {
            <p class="sp-question-links">
                <button type="button" class="sp-link" data-action="review" on:click=move |_| nav.go(|g| g.review())>
                    {ui::SEE_YOUR_ANSWERS}
                </button>
                " · "
                {restart_button(nav, "sp-link")}
            </p>
        })}
    }
}
