//! Parts of the guide's screens that do not change once shown, written as
//! HTML text: the page sets each in one go (`inner_html`) instead of
//! building it element by element, which makes an answer faster and the
//! wasm smaller (view code is compiled per element). The static first
//! screen (`prerender`) is the header and the question written by the same
//! functions, so the two cannot drift apart.

pub mod header;
pub mod outcome;
pub mod question;
pub mod reference;
pub mod training;

use crate::engine::{Evaluation, Fact, Source, Value};
use crate::text;

/// Text made safe inside HTML elements and attribute values.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The rule that decided, with a link to it in the rule book: on the
/// outcome screen and in a training case's feedback.
pub(crate) fn deciding_rule(evaluation: &Evaluation) -> String {
    evaluation
        .deciding_rule()
        .map(|rule| {
            let id = rule.id.id();
            format!(
                "<p class=\"sp-deciding-rule\" data-deciding-rule=\"{id}\">{} <a href=\"#regles/{id}\">{} {id}</a></p>",
                escape(text::ui::DECIDING_RULE),
                escape(text::ui::RULE)
            )
        })
        .unwrap_or_default()
}

/// The answers given, as the rows of a description list: the question's
/// short name, the answer.
pub fn answer_rows(answers: &[(Fact, Value)]) -> String {
    answers
        .iter()
        .map(|&(fact, value)| {
            format!(
                "<div class=\"sp-answer-row\"><dt>{}</dt><dd>{}</dd></div>",
                escape(text::question(fact).short),
                escape(text::questions::label(fact, value))
            )
        })
        .collect()
}

/// A source's exact words as markup (a blockquote of its passages), or,
/// where the repository does not hold its text, a note that it is cited
/// without being quoted: on outcome screens and in the reference. The rule
/// book writes the same blockquote from its own blocks, in HTML and in
/// Markdown.
pub(crate) fn passage_inner_html(source: Source) -> String {
    let passages = source.passages();
    if passages.is_empty() {
        return format!("<p class=\"sp-hint\">{}</p>", escape(text::ui::NOT_QUOTED));
    }
    let quoted: String = passages
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    format!("<blockquote>{quoted}</blockquote>")
}
