//! The outcome screen, which is also the printed record: the decision, the
//! words to say where the request came orally, what to do and not to do,
//! why; then, collapsed, the written templates, points to verify,
//! interpretations, reminders, answers, sources; the version. What does
//! not act is written as markup (`markup::outcome`); the page builds the
//! controls around it.

use leptos::prelude::*;

use super::{back_link, restart_button, Nav};
use crate::engine::{Evaluation, Fact, Value};
use crate::markup;
use crate::text::ui;

fn print() {
    let _ = window().print();
}

/// Today, as the record prints it. Not `toLocaleDateString("fr-BE")`:
/// loading the browser's locale data on first use was about half of the
/// time an outcome took to show (measured: some 20 ms at full CPU).
fn today() -> String {
    let now = js_sys::Date::new_0();
    markup::outcome::date(now.get_date(), now.get_month() + 1, now.get_full_year())
}

/// The outcome of a request, also its printed record.
#[component]
pub(super) fn OutcomeScreen(
    /// The request's state and focus.
    nav: Nav,
    /// What the engine decided.
    evaluation: Evaluation,
    /// The answers that led there.
    answers: Vec<(Fact, Value)>,
) -> impl IntoView {
    let Some(outcome) = evaluation.outcome() else {
        return ().into_any();
    };
    let config = nav.host.config.get_value();
    let top = markup::outcome::top(&evaluation, &config, &today());
    let body = markup::outcome::body(&evaluation, &config);
    let tail = markup::outcome::tail(&evaluation, &answers);
    let spoken = super::templates::spoken(&evaluation, &config);
    let templates = super::templates::view(&evaluation, &config);
    view! {
        {back_link(nav)}
        <section class="sp-outcome" data-outcome=outcome.id()>
            <div inner_html=top></div>
            {spoken}
            <div inner_html=body></div>
            {templates}
            <div inner_html=tail></div>
            <div class="sp-actions">
                <button type="button" class="sp-button" data-action="print" on:click=move |_| print()>{ui::PRINT}</button>
                {restart_button(nav, "sp-button sp-secondary")}
                <button type="button" class="sp-link" data-action="review" on:click=move |_| nav.go(|g| g.review())>
                    {ui::SEE_YOUR_ANSWERS}
                </button>
            </div>
        </section>
    }
    .into_any()
}
