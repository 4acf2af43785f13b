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

/// From the print-only heading to what not to do: the part before the
/// reply templates. `printed_on`: today, as [`date`] writes it.
pub fn head(evaluation: &Evaluation, config: &Config, printed_on: &str) -> String {
    let Some(outcome) = evaluation.outcome() else {
        return String::new();
    };
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
        "<div class=\"sp-print-only\"><p class=\"sp-print-title\">{title}</p>{cpas}<p>{printed} {printed_on} · {about} {VERSION}</p></div>\
<p class=\"sp-kicker\">{kicker}</p><h1 tabindex=\"-1\">{decision}</h1>\
<h2>{why}</h2><ul class=\"sp-reasons\">{reasons}</ul>\
<h2>{to_do}</h2><ul class=\"sp-checklist\" data-list=\"actions\">{actions}</ul>\
{local}\
<h2>{not_to_do}</h2><ul class=\"sp-donts\" data-list=\"avoid\">{avoid}</ul>",
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
        why = escape(ui::WHY),
        to_do = escape(ui::TO_DO),
        actions = items(evaluation.actions().into_iter().map(text::action)),
        local = local_block(config),
        not_to_do = escape(ui::NOT_TO_DO),
        avoid = items(evaluation.avoid().into_iter().map(text::avoid)),
    )
}

/// From the points to verify to the version of the rules: the part after
/// the reply templates.
pub fn tail(evaluation: &Evaluation, answers: &[(Fact, Value)]) -> String {
    let mut html = String::new();
    if !evaluation.unsure.is_empty() {
        html.push_str(&format!(
            "<h2>{}</h2><p>{}</p><ul data-list=\"unsure\">{}</ul>",
            escape(ui::TO_VERIFY),
            escape(ui::to_verify_intro(evaluation.adviser())),
            items(evaluation.unsure.iter().map(|&f| text::question(f).title))
        ));
    }
    let interpretations = evaluation.interpretations();
    if !interpretations.is_empty() {
        html.push_str(&format!(
            "<h2>{}</h2><p>{}</p><ul data-list=\"interpretations\">{}</ul>",
            escape(ui::INTERPRETATIONS),
            escape(ui::INTERPRETATIONS_INTRO),
            items(interpretations.into_iter().map(text::interpretation))
        ));
    }
    let reminders: String = evaluation
        .reminders()
        .into_iter()
        .map(|r| format!("<li>{}</li>", sourced(text::reminder(r), r.sources())))
        .collect();
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
    html.push_str(&format!(
        "<h2>{reminders_title}</h2><ul>{reminders}</ul>\
<h2>{answers_title}</h2><dl class=\"sp-answers\">{answers}</dl>\
<h2>{sources_title}</h2><p class=\"sp-hint\">{sources_hint}</p><ul class=\"sp-sources\" data-list=\"sources\">{sources}</ul>\
<div class=\"sp-about\"><p>{circular}</p><p>{version}</p><p>{new_code}</p><p class=\"sp-print-only\">{no_data}</p></div>",
        reminders_title = escape(ui::REMINDERS),
        answers_title = escape(ui::YOUR_ANSWERS),
        answers = super::answer_rows(answers),
        sources_title = escape(ui::SOURCES),
        sources_hint = escape(ui::SOURCES_HINT),
        circular = escape(ui::CIRCULAR),
        version = escape(&ui::rules_version()),
        new_code = escape(ui::NEW_CODE_NOTICE),
        no_data = escape(ui::PRINT_NO_PERSONAL_DATA),
    ));
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
