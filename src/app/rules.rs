//! The rule book at `#regles` ("Comment le guide décide"): every section
//! and rule as the questions and answers a user sees, its decision, reason,
//! interpretations and sources (passages collapsed); every outcome; the
//! source registry; the worked cases. Read off the same tables as
//! `docs/regles.md` (`crate::rulebook`).

use leptos::prelude::*;

use super::outcome::passage;
use crate::engine::advice::PATH_ADVICE;
use crate::engine::{Interpretation, Outcome, Source, VALID_AS_OF, VERSION};
use crate::rulebook::{self as book, WorkedCase};
use crate::text::{self, rulebook as words, ui};
use crate::worked_cases::CASES;

fn sources(list: &'static [Source]) -> impl IntoView {
    view! {
        <ul class="sp-sources">
            {list
                .iter()
                .map(|&s| {
                    view! {
                        <li>
                            <details>
                                <summary>{text::citation(s)}</summary>
                                {passage(s)}
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

fn rule_view(rule: &'static crate::engine::rules::Rule) -> impl IntoView {
    let conditions = if rule.when.is_empty() {
        words::NO_CONDITION.to_string()
    } else {
        rule.when
            .iter()
            .map(book::condition)
            .collect::<Vec<_>>()
            .join(words::AND)
    };
    let interpretations = book::interpretations(rule.id)
        .into_iter()
        .map(|i| {
            view! {
                <p data-interpretation=i.id()>
                    <strong>{words::INTERPRETATION} "\u{a0}: "</strong>
                    {text::interpretation(i)} " (" {book::validation(i)} ")"
                </p>
            }
        })
        .collect_view();
    view! {
        <article class="sp-rule" data-rule=rule.id.id()>
            <h4>{rule.id.id()}</h4>
            <p><strong>{words::CONDITIONS} "\u{a0}: "</strong>{conditions}</p>
            <p><strong>{words::DECISION} "\u{a0}: "</strong>{book::decision(rule.then)}</p>
            <p><strong>{words::REASON} "\u{a0}: "</strong>{text::reason(rule.id)}</p>
            {interpretations}
            {sources(rule.sources)}
        </article>
    }
}

fn outcome_view(o: Outcome) -> impl IntoView {
    let spec = o.spec();
    let templates = book::templates_for(o);
    view! {
        <article class="sp-rule" data-rule-outcome=o.id()>
            <h3>{text::decision(o)} " (" {o.id()} ")"</h3>
            <p><strong>{ui::TO_DO}</strong></p>
            <ul>{spec.actions.iter().map(|&a| view! { <li>{text::action(a)}</li> }).collect_view()}</ul>
            <p><strong>{ui::NOT_TO_DO}</strong></p>
            <ul>{spec.avoid.iter().map(|&x| view! { <li>{text::avoid(x)}</li> }).collect_view()}</ul>
            {(!templates.is_empty()).then(|| view! {
                <p><strong>{words::TEMPLATES}</strong></p>
                <ul>{templates.into_iter().map(|t| view! { <li>{book::offer(t)}</li> }).collect_view()}</ul>
            })}
            {sources(spec.sources)}
        </article>
    }
}

fn case_row(case: &'static WorkedCase) -> impl IntoView {
    view! {
        <tr>
            <td>{case.name}</td>
            <td>{book::answers(case)}</td>
            <td>{book::result(case)}</td>
        </tr>
    }
}

pub(super) fn view() -> impl IntoView {
    view! {
        <section class="sp-rulebook" data-rulebook="">
            <h1 tabindex="-1">{words::TITLE}</h1>
            <p>{words::GENERATED}</p>
            <p>{ui::ABOUT_RULES} " " {VERSION} ", " {ui::VALID_AS_OF} " " {VALID_AS_OF} "."</p>
            <p>{ui::NEW_CODE_NOTICE}</p>
            <h2>{words::RULES}</h2>
            <p class="sp-hint">{words::HOW_TO_READ}</p>
            {book::tables()
                .into_iter()
                .map(|(heading, rules)| {
                    view! {
                        <h3>{heading}</h3>
                        {rules.iter().map(rule_view).collect_view()}
                    }
                })
                .collect_view()}
            <h2>{words::OUTCOMES}</h2>
            {Outcome::ALL.iter().map(|&o| outcome_view(o)).collect_view()}
            <h2>{words::PATH_ADVICE}</h2>
            <p class="sp-hint">{words::PATH_ADVICE_INTRO}</p>
            {PATH_ADVICE
                .iter()
                .map(|advice| {
                    let when: Vec<String> = advice.when.iter().map(|&c| book::path_condition(c)).collect();
                    view! {
                        <article class="sp-rule">
                            <h3>{words::WHEN} " " {when.join(words::OR)}</h3>
                            <ul>
                                {advice.actions.iter().map(|&a| view! { <li>{text::action(a)}</li> }).collect_view()}
                                {advice.avoid.iter().map(|&x| view! { <li>{words::AVOID_PREFIX} " " {text::avoid(x)}</li> }).collect_view()}
                            </ul>
                            {sources(advice.sources)}
                        </article>
                    }
                })
                .collect_view()}
            <h2>{words::INTERPRETATIONS}</h2>
            <ul>
                {Interpretation::ALL
                    .iter()
                    .map(|&i| view! { <li>{text::interpretation(i)} " (" {book::validation(i)} ")"</li> })
                    .collect_view()}
            </ul>
            <h2>{words::REGISTRY}</h2>
            <div class="sp-table-scroll">
                <table class="sp-table">
                    <thead>
                        <tr>
                            <th scope="col">{words::COL_SOURCE}</th>
                            <th scope="col">{words::COL_STANDING}</th>
                            <th scope="col">{words::COL_CHECKED}</th>
                            <th scope="col">{words::COL_OFFICIAL}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Source::ALL
                            .iter()
                            .map(|&s| {
                                let e = s.entry();
                                view! {
                                    <tr data-source=s.id()>
                                        <td>{e.reference}</td>
                                        <td>{text::standing_note(e.standing).unwrap_or(words::IN_FORCE)}</td>
                                        <td>{e.checked}</td>
                                        <td>{e.official.unwrap_or("–")}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <h2>{words::CASES}</h2>
            <p class="sp-hint">{words::CASES_INTRO}</p>
            <div class="sp-table-scroll">
                <table class="sp-table" data-worked-cases="">
                    <thead>
                        <tr>
                            <th scope="col">{words::COL_SITUATION}</th>
                            <th scope="col">{words::COL_ANSWERS}</th>
                            <th scope="col">{words::COL_DECISION}</th>
                        </tr>
                    </thead>
                    <tbody>{CASES.iter().map(case_row).collect_view()}</tbody>
                </table>
            </div>
            <a class="sp-button" href="#" data-action="close-rulebook">{words::CLOSE}</a>
        </section>
    }
}
