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
    let drawn = drawn(fact, answers);
    let first_answer = drawn
        .iter()
        .flat_map(|(_, values)| values.first())
        .next()
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
        "<div data-question=\"{fact}\">\
<div class=\"sp-error-summary\" tabindex=\"-1\" hidden><div role=\"alert\">\
<h2>{summary_title}</h2>\
<ul><li><a href=\"{first_answer}\">{error}</a></li></ul></div></div>\
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
        radios = radios(fact, &drawn, selected),
        next = escape(ui::CONTINUE),
    )
}

/// The answers `fact` may take now in the order they are drawn: under the
/// question's group headings, in the groups' order, where it groups them;
/// else in one untitled group, as the engine gives them. The error
/// summary links to the first answer drawn.
fn drawn(fact: Fact, answers: &[Value]) -> Vec<(Option<&'static str>, Vec<Value>)> {
    if answers.iter().all(|&v| questions::group(fact, v).is_none()) {
        return vec![(None, answers.to_vec())];
    }
    questions::GROUPS
        .iter()
        .map(|&heading| {
            let inside = answers
                .iter()
                .copied()
                .filter(|&v| questions::group(fact, v) == Some(heading))
                .collect::<Vec<_>>();
            (Some(heading), inside)
        })
        .filter(|(_, inside)| !inside.is_empty())
        .collect()
}

/// The answers as radio buttons, group by group; `selected` checked. Each
/// titled group is a fieldset under its short heading; « Je ne sais pas »
/// carries, right beside it, what it counts as.
fn radios(fact: Fact, drawn: &[(Option<&str>, Vec<Value>)], selected: Option<Value>) -> String {
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
    drawn
        .iter()
        .map(|(heading, values)| {
            let inside: String = values.iter().map(radio).collect();
            match heading {
                None => inside,
                Some(heading) => format!(
                    "<fieldset class=\"sp-group\"><legend class=\"sp-group-title\">{}</legend>{inside}</fieldset>",
                    escape(heading)
                ),
            }
        })
        .collect()
}
