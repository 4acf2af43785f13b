//! The outcome screen, which is also the printed record: decision, why,
//! what to do and not to do, points to verify, sources, version.

use leptos::prelude::*;

use super::{back_link, restart_button, Nav};
use crate::config::Config;
use crate::engine::{Evaluation, Fact, Reminder, Source, Value, VALID_AS_OF, VERSION};
use crate::markup;
use crate::text::{self, ui};

fn references(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|&s| text::citation(s))
        .collect::<Vec<_>>()
        .join(" ; ")
}

fn list<T: Copy + 'static>(items: Vec<T>, words: fn(T) -> &'static str) -> impl IntoView {
    items
        .into_iter()
        .map(|i| view! { <li>{words(i)}</li> })
        .collect_view()
}

fn print() {
    let _ = window().print();
}

fn today() -> String {
    js_sys::Date::new_0()
        .to_locale_date_string("fr-BE", &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Who to turn to in this CPAS, as its administrator set it.
fn local_block(config: &Config) -> impl IntoView {
    let line = |label: &'static str, value: &Option<String>| {
        value.clone().map(|v| view! { <p>{label} " " {v}</p> })
    };
    view! {
        <div class="sp-local" data-local-config="">
            <p><strong>{text::local::YOUR_CPAS}</strong>{config.cpas.clone().map(|c| format!(" ({c})"))}</p>
            {line(text::local::DESIGNATED, &config.designated)}
            {line(text::local::CONTACT, &config.contact)}
        </div>
    }
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
    let reasons = evaluation
        .decisive_rules()
        .map(|rule| {
            view! {
                <li data-rule=rule.id.id()>
                    {text::reason(rule.id)} " "
                    <span class="sp-source">{ui::SOURCE} " " {references(rule.sources)}</span>
                </li>
            }
        })
        .collect_view();
    let config = nav.config.get_value();
    let local = (!config.is_empty()).then(|| local_block(&config));
    let templates = super::templates::view(&evaluation, &config);
    let cpas = config.cpas.clone();
    let unsure = evaluation.unsure.clone();
    let interpretations = evaluation.interpretations();
    let reminders = Reminder::ALL
        .iter()
        .map(|&r| {
            view! {
                <li>
                    {text::reminder(r)} " "
                    <span class="sp-source">{ui::SOURCE} " " {references(r.sources())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        {back_link(nav)}
        <section class="sp-outcome" data-outcome=outcome.id()>
            <div class="sp-print-only">
                <p class="sp-print-title">{ui::PRINT_RECORD_TITLE}</p>
                {cpas.map(|name| view! { <p>{name}</p> })}
                <p>{ui::PRINTED_ON} " " {today()} " · " {ui::ABOUT_RULES} " " {VERSION}</p>
            </div>
            <p class="sp-kicker">{ui::DECISION}</p>
            <h1 tabindex="-1">{text::decision(outcome)}</h1>
            <h2>{ui::WHY}</h2>
            <ul class="sp-reasons">{reasons}</ul>
            <h2>{ui::TO_DO}</h2>
            <ul class="sp-checklist" data-list="actions">{list(evaluation.actions(), text::action)}</ul>
            {local}
            <h2>{ui::NOT_TO_DO}</h2>
            <ul class="sp-donts" data-list="avoid">{list(evaluation.avoid(), text::avoid)}</ul>
            {templates}
            {(!unsure.is_empty()).then(|| view! {
                <h2>{ui::TO_VERIFY}</h2>
                <p>{ui::TO_VERIFY_INTRO}</p>
                <ul data-list="unsure">{list(unsure, |f| text::question(f).title)}</ul>
            })}
            {(!interpretations.is_empty()).then(|| view! {
                <h2>{ui::INTERPRETATIONS}</h2>
                <p>{ui::INTERPRETATIONS_INTRO}</p>
                <ul data-list="interpretations">{list(interpretations, text::interpretation)}</ul>
            })}
            <h2>{ui::REMINDERS}</h2>
            <ul>{reminders}</ul>
            <h2>{ui::YOUR_ANSWERS}</h2>
            <dl class="sp-answers" inner_html=markup::answer_rows(&answers)></dl>
            <h2>{ui::SOURCES}</h2>
            <p class="sp-hint">{ui::SOURCES_HINT}</p>
            <ul class="sp-sources" data-list="sources">
                {evaluation
                    .citations()
                    .into_iter()
                    .map(|source| {
                        view! {
                            <li>
                                <details>
                                    <summary>{text::citation(source)}</summary>
                                    <div data-passage=source.id() inner_html=crate::rulebook::passage_inner_html(source)></div>
                                </details>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="sp-about">
                <p>{ui::CIRCULAR}</p>
                <p>{ui::ABOUT_RULES} " " {VERSION} ", " {ui::VALID_AS_OF} " " {VALID_AS_OF} "."</p>
                <p>{ui::NEW_CODE_NOTICE}</p>
                <p class="sp-print-only">{ui::PRINT_NO_PERSONAL_DATA}</p>
            </div>
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
