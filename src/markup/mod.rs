//! Parts of the guide's screens that do not change once shown, written as
//! HTML text: the page sets each in one go (`inner_html`) instead of
//! building it element by element, which makes an answer faster and the
//! wasm smaller (view code is compiled per element). The static first
//! screen (`prerender`) is written from the same functions.

pub mod outcome;
pub mod reference;
pub mod training;

use crate::engine::{Fact, Source, Value};
use crate::text;

/// Text made safe inside HTML elements and attribute values.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The answers `fact` may take now, as radio buttons; `selected` checked.
/// Where the question groups its answers, each group is a fieldset under
/// its short heading; « Je ne sais pas » carries, right beside it, what it
/// counts as. The page listens for their changes on the element that holds
/// them.
pub fn radios(fact: Fact, answers: &[Value], selected: Option<Value>) -> String {
    let radio = |&value: &Value| {
        let id = format!("sp-{}-{}", fact, value.as_str());
        let note = (value == Value::Unsure)
            .then(|| text::unsure_note(fact))
            .flatten();
        let (described, note) = match note {
            Some(note) => (
                format!(" aria-describedby=\"{id}-note\""),
                format!(
                    "<span class=\"sp-radio-note\" id=\"{id}-note\">{}</span>",
                    escape(&note)
                ),
            ),
            None => (String::new(), String::new()),
        };
        format!(
            "<div class=\"sp-radio\"><input type=\"radio\" id=\"{id}\" name=\"{fact}\" value=\"{}\"{}{described}><label for=\"{id}\">{}</label>{note}</div>",
            value.as_str(),
            if selected == Some(value) { " checked" } else { "" },
            escape(text::questions::label(fact, value))
        )
    };
    if answers
        .iter()
        .all(|&v| text::questions::group(fact, v).is_none())
    {
        return answers.iter().map(radio).collect();
    }
    text::questions::GROUPS
        .iter()
        .map(|&heading| {
            let inside: String = answers
                .iter()
                .filter(|&&v| text::questions::group(fact, v) == Some(heading))
                .map(radio)
                .collect();
            if inside.is_empty() {
                return String::new();
            }
            format!(
                "<fieldset class=\"sp-group\"><legend class=\"sp-group-title\">{}</legend>{inside}</fieldset>",
                escape(heading)
            )
        })
        .collect()
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
/// without being quoted. The one rendering of a passage: outcome screens,
/// the reference and the rule book all use it.
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
