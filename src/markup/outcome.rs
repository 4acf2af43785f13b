//! The outcome screen's parts that do not change once shown, as HTML text:
//! everything but the back link, the reply templates and the buttons,
//! which the page builds because they act. The printed record is this
//! screen, so the print-only lines are here too.

use super::{escape, passage_inner_html};
use crate::config::Config;
use crate::engine::{Evaluation, Fact, Source, Value, VERSION};
use crate::text::{self, local, ui};

/// The sources, cited one after the other.
fn references(sources: &[Source]) -> String {
    let cited: Vec<String> = sources.iter().map(|&s| text::citation(s)).collect();
    escape(&cited.join(" ; "))
}

/// Items of a list, each text escaped.
fn items<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    texts
        .into_iter()
        .map(|t| format!("<li>{}</li>", escape(t)))
        .collect()
}

/// A reason or a reminder, with the sources it rests on.
fn sourced(text: &str, sources: &[Source]) -> String {
    format!(
        "{} <span class=\"sp-source\">{} {}</span>",
        escape(text),
        escape(ui::SOURCE),
        references(sources)
    )
}

/// Who to turn to in this CPAS, as its administrator set it.
fn local_block(config: &Config) -> String {
    if config.is_empty() {
        return String::new();
    }
    let line = |label: &str, value: &Option<String>| {
        value
            .as_deref()
            .map(|v| format!("<p>{} {}</p>", escape(label), escape(v)))
            .unwrap_or_default()
    };
    format!(
        "<div class=\"sp-local\" data-local-config=\"\"><p><strong>{}</strong>{}</p>{}{}</div>",
        escape(local::YOUR_CPAS),
        config
            .cpas
            .as_deref()
            .map(|c| format!(" ({})", escape(c)))
            .unwrap_or_default(),
        line(local::DESIGNATED, &config.designated),
        line(local::CONTACT, &config.contact),
    )
}

/// A date as Belgian records write it: day/month/year, two-digit day and
/// month.
pub fn date(day: u32, month: u32, year: u32) -> String {
    format!("{day:02}/{month:02}/{year}")
}

/// The print-only heading and the decision. The page puts the words to
/// say aloud right under it, where the request came orally.
/// `printed_on`: today, as [`date`] writes it.
pub fn top(evaluation: &Evaluation, config: &Config, printed_on: &str) -> String {
    let Some(outcome) = evaluation.outcome() else {
        return String::new();
    };
    format!(
        "<div class=\"sp-print-only\"><p class=\"sp-print-title\">{title}</p>{cpas}<p>{printed} {printed_on} · {about} {VERSION}</p></div>\
<p class=\"sp-kicker\">{kicker}</p><h1 tabindex=\"-1\">{decision}</h1>",
        title = escape(ui::PRINT_RECORD_TITLE),
        cpas = config
            .cpas
            .as_deref()
            .map(|name| format!("<p>{}</p>", escape(name)))
            .unwrap_or_default(),
        printed = escape(ui::PRINTED_ON),
        printed_on = escape(printed_on),
        about = escape(ui::ABOUT_RULES),
        kicker = escape(ui::DECISION),
        decision = escape(text::decision(outcome)),
    )
}

/// What to do, then what not to do, then why (collapsed: the reasons and
/// their sources are for later) with the rule that decided, shown: the
/// part before the written reply templates.
pub fn body(evaluation: &Evaluation, config: &Config) -> String {
    let reasons: String = evaluation
        .decisive_rules()
        .map(|rule| {
            format!(
                "<li data-rule=\"{}\">{}</li>",
                rule.id.id(),
                sourced(text::reason(rule.id), rule.sources)
            )
        })
        .collect();
    format!(
        "<h2>{to_do}</h2><ul class=\"sp-checklist\" data-list=\"actions\">{actions}</ul>\
{local}\
<h2>{not_to_do}</h2><ul class=\"sp-donts\" data-list=\"avoid\">{avoid}</ul>\
<details class=\"sp-more sp-why\" data-more=\"why\"><summary>{why}</summary><ul class=\"sp-reasons\">{reasons}</ul></details>{deciding}",
        why = escape(ui::WHY),
        deciding = super::deciding_rule(evaluation),
        to_do = escape(ui::TO_DO),
        actions = items(evaluation.actions().into_iter().map(text::action)),
        local = local_block(config),
        not_to_do = escape(ui::NOT_TO_DO),
        avoid = items(evaluation.avoid().into_iter().map(text::avoid)),
    )
}

/// A part shown on demand: collapsed on screen, opened for printing.
fn collapsed(title: &str, list: &str, inner: String) -> String {
    format!(
        "<details class=\"sp-more\" data-more=\"{list}\"><summary>{}</summary>{inner}</details>",
        escape(title)
    )
}

/// From the points to verify to the version of the rules: the part after
/// the reply templates, each part collapsed.
pub fn tail(evaluation: &Evaluation, answers: &[(Fact, Value)]) -> String {
    let mut html = String::from("<div class=\"sp-more-list\">");
    if !evaluation.unsure.is_empty() {
        html.push_str(&collapsed(
            ui::TO_VERIFY,
            "unsure",
            format!(
                "<p>{}</p><ul data-list=\"unsure\">{}</ul>",
                escape(ui::to_verify_intro(evaluation.adviser())),
                items(evaluation.unsure.iter().map(|&f| text::question(f).title))
            ),
        ));
    }
    let interpretations = evaluation.interpretations();
    if !interpretations.is_empty() {
        html.push_str(&collapsed(
            ui::INTERPRETATIONS,
            "interpretations",
            format!(
                "<p>{}</p><ul data-list=\"interpretations\">{}</ul>",
                escape(ui::INTERPRETATIONS_INTRO),
                items(interpretations.into_iter().map(text::interpretation))
            ),
        ));
    }
    let reminders: String = evaluation
        .reminders()
        .into_iter()
        .map(|r| format!("<li>{}</li>", sourced(text::reminder(r), r.sources())))
        .collect();
    html.push_str(&collapsed(
        ui::REMINDERS,
        "reminders",
        format!("<ul>{reminders}</ul>"),
    ));
    html.push_str(&collapsed(
        ui::YOUR_ANSWERS,
        "answers",
        format!(
            "<dl class=\"sp-answers\">{}</dl>",
            super::answer_rows(answers)
        ),
    ));
    let sources: String = evaluation
        .citations()
        .into_iter()
        .map(|source| {
            format!(
                "<li><details><summary>{}</summary><div data-passage=\"{}\">{}</div></details></li>",
                escape(&text::citation(source)),
                source.id(),
                passage_inner_html(source)
            )
        })
        .collect();
    html.push_str(&collapsed(
        ui::SOURCES,
        "sources",
        format!(
            "<p class=\"sp-hint\">{}</p><ul class=\"sp-sources\" data-list=\"sources\">{sources}</ul>",
            escape(ui::SOURCES_HINT)
        ),
    ));
    html.push_str(&collapsed(
        ui::ABOUT_THESE_RULES,
        "about",
        format!(
            "<div class=\"sp-about\"><p>{circular}</p><p>{version}</p><p>{new_code}</p><p class=\"sp-print-only\">{no_data}</p></div>",
            circular = escape(ui::CIRCULAR),
            version = escape(&ui::rules_version()),
            new_code = escape(ui::NEW_CODE_NOTICE),
            no_data = escape(ui::PRINT_NO_PERSONAL_DATA),
        ),
    ));
    html.push_str("</div>");
    html.push_str(&crate::rulebook::outcome_validation(evaluation));
    html
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_written_day_month_year_with_two_digits() {
        assert_eq!(super::date(1, 2, 2026), "01/02/2026");
        assert_eq!(super::date(28, 11, 2026), "28/11/2026");
    }
}
