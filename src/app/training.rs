//! The training mode at `#formation`: the list of cases, and each case at
//! `#formation/<id>`, whose outcome comes from the engine. Nothing stored:
//! the address says which case is open. What does not act is markup
//! (`markup::training`).

use leptos::prelude::*;

use serde::Serialize;

use crate::engine::evaluate;
use crate::markup::training as markup;
use crate::text::training as words;
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
    let checked = RwSignal::new(false);
    let outcome = evaluation.outcome();
    let feedback = move || {
        checked.get().then(|| {
            let chose_right = chosen.get() == Some(markup::right(v));
            view! {
                <div class="sp-feedback" role="status" data-vignette-outcome=outcome.map(|o| o.id())
                    inner_html=markup::feedback(v, &evaluation, chose_right)></div>
            }
        })
    };
    view! {
        <article class="sp-training" data-case-id=v.id data-case-facts=facts_json>
            <div inner_html=markup::situation(v)></div>
            // Acts on the button's click (also sent by Enter), not on the form's
            // submission, which a sandboxed frame without allow-forms blocks.
            <form on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                <fieldset class="sp-fieldset" inner_html=markup::reactions(v)
                    on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())></fieldset>
                <button type="submit" class="sp-button" data-action="check" on:click=move |ev| {
                    ev.prevent_default();
                    checked.set(true);
                }>{words::CHECK}</button>
            </form>
            {feedback}
            <p inner_html=markup::links(next)></p>
        </article>
    }
}
