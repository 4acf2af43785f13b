//! The question screen: one question, its hint, its answers, "Continuer".

use leptos::ev::{Event, MouseEvent, SubmitEvent};
use leptos::prelude::*;

use super::{back_link, restart_button, Nav};
use crate::engine::{Fact, Value};
use crate::markup;
use crate::text::{self, ui};

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
    /// The answers given so far, shown under the question.
    so_far: Vec<(Fact, Value)>,
) -> impl IntoView {
    let words = text::question(fact);
    let chosen = RwSignal::new(selected);
    let missing = RwSignal::new(false);
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
            None => missing.set(true),
        }
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
    let radios = markup::radios(fact, &answers, selected);
    // One listener for all the radio buttons, written as markup.
    let on_change = move |ev: Event| {
        if let Ok(value) = Value::parse(fact, &event_target_value(&ev)) {
            chosen.set(Some(value));
            missing.set(false);
        }
    };
    let answered = !so_far.is_empty();
    view! {
        {can_go_back.then(|| back_link(nav))}
        <form class="sp-question" data-question=fact.id() on:submit=|ev: SubmitEvent| ev.prevent_default() novalidate>
            <fieldset class="sp-fieldset" aria-describedby=described_by class:sp-has-error=move || missing.get()>
                <legend class="sp-legend">
                    <h1 tabindex="-1">{words.title}</h1>
                </legend>
                <p class="sp-hint" id=hint_id>{text::hint(fact)}</p>
                <Show when=move || missing.get()>
                    <p class="sp-error" id=error_id.clone() role="alert">
                        <span class="sp-visually-hidden">{ui::ERROR_PREFIX} " "</span>
                        {ui::CHOOSE_AN_ANSWER}
                    </p>
                </Show>
                <div class="sp-radios" inner_html=radios on:change=on_change></div>
            </fieldset>
            <button type="submit" class="sp-button" data-action="next" on:click=on_continue>{ui::CONTINUE}</button>
        </form>
        <section class="sp-so-far" aria-labelledby="sp-so-far-title">
            <h2 id="sp-so-far-title">{ui::ANSWERS_SO_FAR}</h2>
            {if answered {
                view! {
                    <dl class="sp-answers" inner_html=markup::answer_rows(&so_far)></dl>
                    <button type="button" class="sp-link" data-action="review" on:click=move |_| nav.go(|g| g.review())>
                        {ui::SEE_YOUR_ANSWERS}
                    </button>
                    " · "
                    {restart_button(nav, "sp-link")}
                }
                    .into_any()
            } else {
                view! { <p>{ui::NO_ANSWER_YET}</p> }.into_any()
            }}
        </section>
    }
}
