//! The training mode at `#formation`: the list of cases, and each case at
//! `#formation/<id>`, whose outcome comes from the engine. Nothing stored:
//! the address says which case is open. What does not act is markup
//! (`markup::training`).

use leptos::prelude::*;

use serde::Serialize;

use crate::engine::evaluate;
use crate::markup::training as markup;
use crate::text::{self, training as words};
use crate::training::{Vignette, VIGNETTES};

/// The section at `#formation`: the list of cases, or the case whose id
/// follows `#formation/`.
pub(super) fn view(id: &str) -> AnyView {
    if id.is_empty() {
        view! { <section class="sp-training" data-training="" inner_html=markup::list()></section> }
            .into_any()
    } else {
        case(id)
    }
}

fn case(id: &str) -> AnyView {
    let Some(index) = VIGNETTES.iter().position(|v| v.id == id) else {
        return view! { <section class="sp-training" data-training="" inner_html=markup::unknown_case()></section> }
            .into_any();
    };
    vignette(&VIGNETTES[index], VIGNETTES.get(index + 1)).into_any()
}

fn vignette(v: &'static Vignette, next: Option<&'static Vignette>) -> impl IntoView {
    // The vignettes' facts are checked by the training tests.
    let facts = v.facts().unwrap_or_default();
    let evaluation = evaluate(&facts);
    // The case's facts as JSON, so a test can run them through `secretPro.evaluate`.
    let facts_json = facts
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|js| js_sys::JSON::stringify(&js).ok())
        .and_then(|text| text.as_string());
    let chosen = RwSignal::new(None::<usize>);
    // The reaction checked with Vérifier: the feedback answers that one,
    // not one chosen since.
    let checked = RwSignal::new(None::<usize>);
    let missing = RwSignal::new(false);
    let feedback_box = NodeRef::<leptos::html::Div>::new();
    let summary = NodeRef::<leptos::html::Div>::new();
    let outcome = evaluation.outcome();
    let feedback = move || {
        checked.get().map(|reaction| {
            let chose_right = reaction == markup::right(v);
            view! {
                <div class="sp-feedback" class:sp-feedback-wrong=!chose_right tabindex="-1" node_ref=feedback_box
                    data-verdict=if chose_right { "right" } else { "wrong" }
                    data-vignette-outcome=outcome.map(|o| o.id())
                    inner_html=markup::feedback(v, &evaluation, chose_right)></div>
            }
        })
    };
    // Vérifier without a reaction: the guide's error pattern, not the answer.
    let on_check = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let focus = |el: Option<web_sys::HtmlElement>| {
            if let Some(el) = el {
                let _ = el.focus();
            }
        };
        if let Some(reaction) = chosen.get_untracked() {
            missing.set(false);
            checked.set(Some(reaction));
            request_animation_frame(move || focus(feedback_box.get_untracked().map(Into::into)));
        } else {
            checked.set(None);
            missing.set(true);
            request_animation_frame(move || focus(summary.get_untracked().map(Into::into)));
        }
    };
    // The summary's link is the guide's own link handling: it focuses the
    // first reaction without touching the address.
    let first_reaction = format!("#sp-{}-0", v.id);
    view! {
        <article class="sp-training" data-case-id=v.id data-case-facts=facts_json>
            <Show when=move || missing.get()>
                <div class="sp-error-summary" tabindex="-1" node_ref=summary>
                    <div role="alert">
                        <h2>{text::questions::ERROR_SUMMARY_TITLE}</h2>
                        <ul><li><a href=first_reaction.clone()>{words::CHOOSE_A_REACTION}</a></li></ul>
                    </div>
                </div>
            </Show>
            <div inner_html=markup::situation(v)></div>
            // Acts on the button's click (also sent by Enter), not on the form's
            // submission, which a sandboxed frame without allow-forms blocks.
            <form on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                <fieldset class="sp-fieldset" class:sp-has-error=move || missing.get() inner_html=markup::reactions(v)
                    on:change=move |ev| {
                        chosen.set(event_target_value(&ev).parse().ok());
                        missing.set(false);
                    }></fieldset>
                <button type="submit" class="sp-button" data-action="check" on:click=on_check>{words::CHECK}</button>
            </form>
            {feedback}
            <p inner_html=markup::links(next)></p>
        </article>
    }
}
