//! "Vos réponses": every answer, each with a way to change it.

use leptos::prelude::*;

use super::{back_link, restart_button, Nav};
use crate::engine::{Fact, Value};
use crate::text::{self, ui};

pub(super) fn view(nav: Nav, answers: Vec<(Fact, Value)>) -> impl IntoView {
    let rows = answers
        .into_iter()
        .map(|(fact, value)| {
            let short = text::question(fact).short;
            view! {
                <div class="sp-answer-row">
                    <dt>{short}</dt>
                    <dd>{text::questions::label(fact, value)}</dd>
                    <dd class="sp-change">
                        <button
                            type="button"
                            class="sp-link"
                            data-action="change"
                            data-fact=fact.id()
                            on:click=move |_| nav.go(|g| g.change(fact))
                        >
                            {ui::CHANGE}
                            <span class="sp-visually-hidden">" : " {short}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        {back_link(nav)}
        <section class="sp-review" data-review="">
            <h1 tabindex="-1">{ui::YOUR_ANSWERS}</h1>
            <p class="sp-hint">{ui::REVIEW_HINT}</p>
            <dl class="sp-answers">{rows}</dl>
            <button type="button" class="sp-button" data-action="resume" on:click=move |_| nav.go(|g| g.resume())>
                {ui::BACK_TO_GUIDE}
            </button>
            {restart_button(nav, "sp-button sp-secondary")}
        </section>
    }
}
