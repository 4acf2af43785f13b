//! The training mode at `#formation`: the list of cases, and each case at
//! `#formation/<id>`, whose outcome comes from the engine. Nothing stored:
//! the address says which case is open.

use leptos::prelude::*;

use serde::Serialize;

use crate::engine::evaluate;
use crate::text::{self, training as words};
use crate::training::{Vignette, VIGNETTES};

/// The section at `#formation`: the list of cases, or the case whose id
/// follows `#formation/`.
pub(super) fn view(id: &str) -> AnyView {
    if id.is_empty() {
        list().into_any()
    } else {
        case(id)
    }
}

fn list() -> impl IntoView {
    view! {
        <section class="sp-training" data-training="">
            <h1 tabindex="-1">{words::TITLE}</h1>
            <p>{words::INTRO}</p>
            <ol class="sp-cases">
                {VIGNETTES
                    .iter()
                    .map(|v| view! { <li><a href=format!("#formation/{}", v.id) data-case-link=v.id>{v.title}</a></li> })
                    .collect_view()}
            </ol>
            <p><a href="#">{words::BACK_TO_GUIDE}</a></p>
        </section>
    }
}

fn case(id: &str) -> AnyView {
    let Some(index) = VIGNETTES.iter().position(|v| v.id == id) else {
        return view! {
            <section class="sp-training" data-training="">
                <h1 tabindex="-1">{words::TITLE}</h1>
                <p class="sp-error" role="alert">{words::UNKNOWN_CASE}</p>
                <p><a href="#formation">{words::ALL_CASES}</a></p>
            </section>
        }
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
    let right = v
        .reactions
        .iter()
        .position(|(_, ok)| *ok)
        .unwrap_or_default();
    let reactions = v
        .reactions
        .iter()
        .enumerate()
        .map(|(i, (reaction, _))| {
            let input_id = format!("sp-{}-{i}", v.id);
            view! {
                <div class="sp-radio">
                    <input type="radio" id=input_id.clone() name="reaction" value=i.to_string()
                        on:change=move |_| chosen.set(Some(i)) />
                    <label for=input_id>{*reaction}</label>
                </div>
            }
        })
        .collect_view();
    let outcome = evaluation.outcome();
    let sources: Vec<&'static str> = evaluation
        .citations()
        .iter()
        .map(|s| s.reference())
        .collect();
    let feedback = move || {
        checked.get().then(|| {
            let verdict = if chosen.get() == Some(right) { words::RIGHT } else { words::WRONG };
            view! {
                <div class="sp-feedback" role="status" data-vignette-outcome=outcome.map(|o| o.id())>
                    <p><strong>{verdict}</strong></p>
                    <p>{words::THE_RIGHT_ONE} " " {v.reactions[right].0}</p>
                    <p>{words::GUIDE_SAYS} " " <strong>{outcome.map(text::decision)}</strong></p>
                    <p>{words::WHY} " " {v.explanation}</p>
                    <ul class="sp-sources">{sources.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    view! {
        <article class="sp-training" data-case-id=v.id data-case-facts=facts_json>
            <p><a href="#formation">{words::ALL_CASES}</a></p>
            <h1 tabindex="-1">{v.title}</h1>
            <p class="sp-situation">{v.situation}</p>
            // Acts on the button's click (also sent by Enter), not on the form's
            // submission, which a sandboxed frame without allow-forms blocks.
            <form on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                <fieldset class="sp-fieldset">
                    <legend class="sp-legend"><h2>{words::WHAT_DO_YOU_DO}</h2></legend>
                    <div class="sp-radios">{reactions}</div>
                </fieldset>
                <button type="submit" class="sp-button" data-action="check" on:click=move |ev| {
                    ev.prevent_default();
                    checked.set(true);
                }>{words::CHECK}</button>
            </form>
            {feedback}
            <p>
                {next.map(|n| view! { <a class="sp-next-case" href=format!("#formation/{}", n.id)>{words::NEXT_CASE}</a> " · " })}
                <a href="#formation">{words::ALL_CASES}</a>
                " · "
                <a href="#">{words::BACK_TO_GUIDE}</a>
            </p>
        </article>
    }
}
