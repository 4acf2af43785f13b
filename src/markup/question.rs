//! A question as HTML text: the error summary (hidden until Continuer is
//! pressed without an answer), the question with its hint, its longer
//! explanation collapsed, its own error message (hidden), its answers and
//! Continuer. The one writing of a question: the guide's question screen
//! sets it in a form, the static first screen (`prerender`) in the page,
//! and both show and hide the error the same way (`app::question`,
//! `static/first-screen.js`).

use super::escape;
use crate::engine::{Fact, Value};
use crate::text::{self, questions, ui};

/// The question `fact` with the answers it may take now, `selected`
/// checked; `so_far` words some hints after the answers already given.
pub fn question(
    fact: Fact,
    answers: &[Value],
    selected: Option<Value>,
    so_far: &[(Fact, Value)],
) -> String {
    let first_answer = answers
        .first()
        .map(|v| format!("#sp-{fact}-{}", v.as_str()))
        .unwrap_or_default();
    let more = questions::how_to_choose(fact, so_far)
        .map(|more| {
            format!(
                "<details class=\"sp-more\"><summary>{}</summary><p>{}</p></details>",
                escape(questions::HOW_TO_CHOOSE),
                escape(more)
            )
        })
        .unwrap_or_default();
    let error = escape(questions::error(fact));
    format!(
        "<div class=\"sp-question\" data-question=\"{fact}\">\
<div class=\"sp-error-summary\" tabindex=\"-1\" aria-labelledby=\"sp-error-summary-title\" hidden>\
<h2 id=\"sp-error-summary-title\">{summary_title}</h2>\
<ul><li><a href=\"{first_answer}\">{error}</a></li></ul></div>\
<fieldset class=\"sp-fieldset\" aria-describedby=\"sp-hint-{fact}\">\
<legend class=\"sp-legend\"><h1 tabindex=\"-1\">{title}</h1></legend>\
<p class=\"sp-hint\" id=\"sp-hint-{fact}\">{hint}</p>{more}\
<p class=\"sp-error\" id=\"sp-error-{fact}\" hidden>\
<span class=\"sp-visually-hidden\">{error_prefix} </span>{error}</p>\
<div class=\"sp-radios\">{radios}</div>\
</fieldset>\
<button type=\"submit\" class=\"sp-button\" data-action=\"next\">{next}</button>\
</div>",
        summary_title = escape(questions::ERROR_SUMMARY_TITLE),
        title = escape(text::question(fact).title),
        hint = escape(questions::short_hint(fact, so_far)),
        error_prefix = escape(ui::ERROR_PREFIX),
        radios = radios(fact, answers, selected),
        next = escape(ui::CONTINUE),
    )
}

/// The answers `fact` may take now, as radio buttons; `selected` checked.
/// Where the question groups its answers, each group is a fieldset under
/// its short heading; « Je ne sais pas » carries, right beside it, what it
/// counts as. The page listens for their changes on the element that holds
/// them.
fn radios(fact: Fact, answers: &[Value], selected: Option<Value>) -> String {
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
            escape(questions::label(fact, value))
        )
    };
    if answers.iter().all(|&v| questions::group(fact, v).is_none()) {
        return answers.iter().map(radio).collect();
    }
    questions::GROUPS
        .iter()
        .map(|&heading| {
            let inside: String = answers
                .iter()
                .filter(|&&v| questions::group(fact, v) == Some(heading))
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
