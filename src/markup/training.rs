//! The training mode's parts that do not change once shown, as HTML text:
//! the list of cases, a case's situation and reactions, its feedback and
//! links. The page builds the form's controls and shows the feedback when
//! asked.

use super::escape;
use crate::engine::Evaluation;
use crate::text::{self, training as words};
use crate::training::{Vignette, VIGNETTES};

/// The links at the foot of the list and of a case.
fn back_to_guide() -> String {
    format!("<a href=\"#\">{}</a>", escape(words::BACK_TO_GUIDE))
}

fn all_cases() -> String {
    format!("<a href=\"#formation\">{}</a>", escape(words::ALL_CASES))
}

/// The list of cases, inside the section at `#formation`.
pub fn list() -> String {
    let cases: String = VIGNETTES
        .iter()
        .map(|v| {
            format!(
                "<li><a href=\"#formation/{id}\" data-case-link=\"{id}\">{}</a></li>",
                escape(v.title),
                id = v.id
            )
        })
        .collect();
    format!(
        "<h1 tabindex=\"-1\">{}</h1><p>{}</p><ol class=\"sp-cases\">{cases}</ol><p>{}</p>",
        escape(words::TITLE),
        escape(words::INTRO),
        back_to_guide()
    )
}

/// What the section says for an address naming no case.
pub fn unknown_case() -> String {
    format!(
        "<h1 tabindex=\"-1\">{}</h1><p class=\"sp-error\" role=\"alert\">{}</p><p>{}</p>",
        escape(words::TITLE),
        escape(words::UNKNOWN_CASE),
        all_cases()
    )
}

/// A case's title and situation.
pub fn situation(v: &Vignette) -> String {
    format!(
        "<p>{}</p><h1 tabindex=\"-1\">{}</h1><p class=\"sp-situation\">{}</p>",
        all_cases(),
        escape(v.title),
        escape(v.situation)
    )
}

/// The question and its reactions as radio buttons (value: the reaction's
/// index), inside the case's fieldset.
pub fn reactions(v: &Vignette) -> String {
    let radios: String = v
        .reactions
        .iter()
        .enumerate()
        .map(|(i, (reaction, _))| {
            format!(
                "<div class=\"sp-radio\"><input type=\"radio\" id=\"sp-{id}-{i}\" name=\"reaction\" value=\"{i}\"><label for=\"sp-{id}-{i}\">{}</label></div>",
                escape(reaction),
                id = v.id
            )
        })
        .collect();
    format!(
        "<legend class=\"sp-legend\"><h2>{}</h2></legend><div class=\"sp-radios\">{radios}</div>",
        escape(words::WHAT_DO_YOU_DO)
    )
}

/// The index of the right reaction.
pub fn right(v: &Vignette) -> usize {
    v.reactions
        .iter()
        .position(|(_, ok)| *ok)
        .unwrap_or_default()
}

/// What the guide says of the case, once a reaction is checked: whether it
/// was the right one (a mark and words, not colour alone), which is, what
/// the engine decides, why, the rule that decides, the sources.
pub fn feedback(v: &Vignette, evaluation: &Evaluation, chose_right: bool) -> String {
    let sources: String = evaluation
        .citations()
        .iter()
        .map(|&s| format!("<li>{}</li>", escape(&text::citation(s))))
        .collect();
    let rule = super::deciding_rule(evaluation);
    format!(
        "<p class=\"sp-verdict\"><span aria-hidden=\"true\">{mark}</span> <strong>{verdict}</strong></p><p>{the_right_one} {right}</p><p>{says} <strong>{decision}</strong></p><p>{why} {explanation}</p>{rule}<ul class=\"sp-sources\">{sources}</ul>",
        mark = if chose_right { words::RIGHT_MARK } else { words::WRONG_MARK },
        verdict = escape(if chose_right { words::RIGHT } else { words::WRONG }),
        the_right_one = escape(words::THE_RIGHT_ONE),
        right = escape(v.reactions[right(v)].0),
        says = escape(words::GUIDE_SAYS),
        decision = evaluation.outcome().map(|o| escape(text::decision(o))).unwrap_or_default(),
        why = escape(words::WHY),
        explanation = escape(v.explanation),
    )
}

/// The links under a case: the next case, all cases, the guide.
pub fn links(next: Option<&Vignette>) -> String {
    let next = next
        .map(|n| {
            format!(
                "<a class=\"sp-next-case\" href=\"#formation/{}\">{}</a> · ",
                n.id,
                escape(words::NEXT_CASE)
            )
        })
        .unwrap_or_default();
    format!("{next}{} · {}", all_cases(), back_to_guide())
}
