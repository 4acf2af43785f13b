//! The question screen: one question, its one-sentence hint (the longer
//! explanation collapsed), its answers, "Continuer". Continuer without an
//! answer shows the GOV.UK error pattern: a summary at the top that takes
//! focus and links to the answers, and the question's own message.

use leptos::ev::{Event, MouseEvent, SubmitEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{back_link, restart_button, Nav};
use crate::engine::{Fact, Value};
use crate::markup;
use crate::text::{self, questions, ui};

/// Focuses the first element `selector` finds in `holder`.
fn focus_first(holder: NodeRef<Div>, selector: &str) {
    let found = holder
        .get_untracked()
        .and_then(|h| h.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = found {
        let _ = el.focus();
    }
}

/// One question of the guide.
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
    let words = text::question(fact);
    let chosen = RwSignal::new(selected);
    let missing = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();
    let radios_holder = NodeRef::<Div>::new();
    // Continuer acts on its click, which Enter in the form also sends, and
    // never submits the form: a sandboxed frame without allow-forms (an
    // intranet's iframe) blocks form submission, and with it the submit event.
    let on_continue = move |ev: MouseEvent| {
        ev.prevent_default();
        match chosen.get_untracked() {
            Some(value) => nav.go(|g| {
                // The radios offer only values the engine accepts.
                let _ = g.answer(fact, value);
            }),
            None => {
                missing.set(true);
                request_animation_frame(move || {
                    if let Some(el) = summary.get_untracked() {
                        let _ = el.focus();
                    }
                });
            }
        }
    };
    // The summary's link goes to the first answer without touching the
    // address (the guide may be embedded); handled here, the guide's own
    // link handling leaves it alone.
    let to_answers = move |ev: MouseEvent| {
        ev.prevent_default();
        focus_first(radios_holder, "input");
    };
    let error_id = format!("sp-error-{fact}");
    let hint_id = format!("sp-hint-{fact}");
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            if missing.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let first_answer = answers
        .first()
        .map(|v| format!("#sp-{fact}-{}", v.as_str()))
        .unwrap_or_default();
    let radios = markup::radios(fact, &answers, selected);
    // One listener for all the radio buttons, written as markup.
    let on_change = move |ev: Event| {
        if let Ok(value) = Value::parse(fact, &event_target_value(&ev)) {
            chosen.set(Some(value));
            missing.set(false);
        }
    };
    let more = questions::how_to_choose(fact, &so_far).map(|more| {
        view! {
            <details class="sp-more">
                <summary>{questions::HOW_TO_CHOOSE}</summary>
                <p>{more}</p>
            </details>
        }
    });
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
        <form class="sp-question" data-question=fact.id() on:submit=|ev: SubmitEvent| ev.prevent_default() novalidate>
            <Show when=move || missing.get()>
                <div class="sp-error-summary" tabindex="-1" node_ref=summary aria-labelledby="sp-error-summary-title">
                    <h2 id="sp-error-summary-title">{questions::ERROR_SUMMARY_TITLE}</h2>
                    <ul>
                        <li><a href=first_answer.clone() on:click=to_answers>{questions::error(fact)}</a></li>
                    </ul>
                </div>
            </Show>
            <fieldset class="sp-fieldset" aria-describedby=described_by class:sp-has-error=move || missing.get()>
                <legend class="sp-legend">
                    <h1 tabindex="-1">{words.title}</h1>
                </legend>
                <p class="sp-hint" id=hint_id>{questions::short_hint(fact, &so_far)}</p>
                {more}
                <Show when=move || missing.get()>
                    <p class="sp-error" id=error_id.clone()>
                        <span class="sp-visually-hidden">{ui::ERROR_PREFIX} " "</span>
                        {questions::error(fact)}
                    </p>
                </Show>
                <div class="sp-radios" node_ref=radios_holder inner_html=radios on:change=on_change></div>
            </fieldset>
            <button type="submit" class="sp-button" data-action="next" on:click=on_continue>{ui::CONTINUE}</button>
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
