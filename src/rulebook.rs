//! The rule book for legal review, read off the rule tables, the French
//! text and the source registry: no second copy of any rule. The same
//! pieces feed `docs/regles.md` (Markdown, here) and the guide's
//! `#regles` page (`app::rules`), so a lawyer reads in both what the
//! engine runs.

use crate::engine::rules::{all_rules, Condition, Rule, Section, Then, RULE_BASE, SHARED_SECRET};
use crate::engine::templates::offers;
use crate::engine::{
    interpretations::Trigger, Fact, Interpretation, Outcome, RuleId, Source, Template, Validation,
    Value,
};
use crate::text::{self, rulebook as words};

/// A worked case as the rule book shows it: its situation, the answers
/// given, and what the engine decides. Built from `tests/scenarios/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkedCase {
    /// The situation in words, as the case names it.
    pub name: &'static str,
    /// The answers, in the order the facts are listed.
    pub answers: &'static [(Fact, Value)],
    /// The decision, or `None` when the case stops at a question.
    pub outcome: Option<Outcome>,
    /// The rule that decided, where the case names it.
    pub rule: Option<RuleId>,
    /// The next question, for a case that is not complete.
    pub next_question: Option<Fact>,
}

/// A condition as the user meets it: the question, then the answers that
/// satisfy it ("Je ne sais pas" included where it counts so).
pub fn condition(c: &Condition) -> String {
    let accepted: Vec<&str> = c
        .fact
        .values()
        .into_iter()
        .filter(|&v| c.accepts(v))
        .map(text::answer)
        .collect();
    format!(
        "« {} » : {}",
        text::question(c.fact).title,
        accepted.join(words::OR)
    )
}

/// A section's heading as conditions, or "always" when it has none.
pub fn section_heading(section: &Section) -> String {
    if section.heading.is_empty() {
        words::ALWAYS.to_string()
    } else {
        let parts: Vec<String> = section.heading.iter().map(condition).collect();
        format!("{} {}", words::WHEN, parts.join(words::AND))
    }
}

/// What a rule decides, in words.
pub fn decision(then: Then) -> String {
    match then {
        Then::Outcome(o) => format!("{} ({})", text::decision(o), o.id()),
        Then::Branch { fact, yes, no } => format!(
            "{} « {} » : {} → {} ({}) ; {} → {} ({})",
            words::THEN_ASK,
            text::question(fact).title,
            text::answer(Value::Yes),
            text::decision(yes),
            yes.id(),
            words::OTHERWISE,
            text::decision(no),
            no.id()
        ),
        Then::Table(_) => words::SHARED_SECRET_TABLE.to_string(),
    }
}

/// The interpretations a rule triggers.
pub fn interpretations(rule: RuleId) -> Vec<Interpretation> {
    Interpretation::ALL
        .iter()
        .copied()
        .filter(|i| match i.trigger() {
            Trigger::Fired(ids) => ids.contains(&rule),
            Trigger::ReadWith(id, _, _) => id == rule,
        })
        .collect()
}

/// Who validated a reading, in words.
pub fn validation(i: Interpretation) -> String {
    match i.validation() {
        Validation::NotYet => words::NOT_YET_VALIDATED.to_string(),
        Validation::By { who, on } => format!("{} {who}, {on}", words::VALIDATED_BY),
    }
}

/// Where a template is offered, in words.
pub fn offer(template: Template) -> String {
    let (_, when) = offers(template);
    let title = text::template(template).title;
    match when {
        Some((fact, choice)) => format!(
            "{title} ({} « {} » : {})",
            words::ONLY_IF,
            text::question(fact).short,
            text::answer(Value::Choice(choice))
        ),
        None => title.to_string(),
    }
}

/// The templates an outcome offers.
pub fn templates_for(outcome: Outcome) -> Vec<Template> {
    Template::ALL
        .iter()
        .copied()
        .filter(|&t| offers(t).0.contains(&outcome))
        .collect()
}

/// The tables in reading order, the shared-secrecy test last.
pub fn tables() -> Vec<(String, &'static [Rule])> {
    let mut tables: Vec<(String, &'static [Rule])> = RULE_BASE
        .iter()
        .map(|s| (section_heading(s), s.rules))
        .collect();
    tables.push((words::SHARED_SECRET_TITLE.to_string(), SHARED_SECRET));
    tables
}

/// A case's answers, as "question : answer" lines joined.
pub fn answers(case: &WorkedCase) -> String {
    case.answers
        .iter()
        .map(|&(f, v)| format!("{} : {}", text::question(f).short, text::answer(v)))
        .collect::<Vec<_>>()
        .join(" ; ")
}

/// A case's result, in words.
pub fn result(case: &WorkedCase) -> String {
    match (case.outcome, case.next_question) {
        (Some(o), _) => match case.rule {
            Some(r) => format!("{} ({}, {r})", text::decision(o), o.id()),
            None => format!("{} ({})", text::decision(o), o.id()),
        },
        (None, Some(f)) => format!("{} « {} »", words::ASKS_NEXT, text::question(f).title),
        (None, None) => String::new(),
    }
}

fn quote(out: &mut String, source: Source) {
    out.push_str(&format!("  - {}\n", text::citation(source)));
    let entry = source.entry();
    if entry.passages.is_empty() {
        out.push_str(&format!("    {}\n", text::ui::NOT_QUOTED));
    }
    for p in entry.passages {
        out.push_str(&format!("\n    > {p}\n"));
    }
    if !entry.passages.is_empty() {
        out.push('\n');
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The whole rule book as Markdown (`docs/regles.md`).
pub fn markdown(cases: &[WorkedCase]) -> String {
    let mut out = String::new();
    let w = &mut out;
    w.push_str(&format!("# {}\n\n", words::TITLE));
    w.push_str(&format!("{}\n\n", words::GENERATED));
    w.push_str(&format!(
        "{} {}, {} {}.\n\n{}\n\n",
        text::ui::ABOUT_RULES,
        crate::engine::VERSION,
        text::ui::VALID_AS_OF,
        crate::engine::VALID_AS_OF,
        text::ui::NEW_CODE_NOTICE
    ));
    w.push_str(&format!(
        "## {}\n\n{}\n\n",
        words::RULES,
        words::HOW_TO_READ
    ));
    for (heading, rules) in tables() {
        w.push_str(&format!("### {heading}\n\n"));
        for rule in rules {
            w.push_str(&format!("#### {}\n\n", rule.id));
            let conditions: Vec<String> = rule.when.iter().map(condition).collect();
            let conditions = if conditions.is_empty() {
                words::NO_CONDITION.to_string()
            } else {
                conditions.join(words::AND)
            };
            w.push_str(&format!("- **{}** : {conditions}\n", words::CONDITIONS));
            w.push_str(&format!(
                "- **{}** : {}\n",
                words::DECISION,
                decision(rule.then)
            ));
            w.push_str(&format!(
                "- **{}** : {}\n",
                words::REASON,
                text::reason(rule.id)
            ));
            for i in interpretations(rule.id) {
                w.push_str(&format!(
                    "- **{}** : {} ({})\n",
                    words::INTERPRETATION,
                    text::interpretation(i),
                    validation(i)
                ));
            }
            w.push_str(&format!("- **{}** :\n", words::SOURCES));
            for &s in rule.sources {
                quote(w, s);
            }
            w.push('\n');
        }
    }
    w.push_str(&format!("## {}\n\n", words::OUTCOMES));
    for &o in Outcome::ALL {
        let spec = o.spec();
        w.push_str(&format!("### {} ({})\n\n", text::decision(o), o.id()));
        w.push_str(&format!("**{}**\n\n", text::ui::TO_DO));
        for &a in spec.actions {
            w.push_str(&format!("- {}\n", text::action(a)));
        }
        w.push_str(&format!("\n**{}**\n\n", text::ui::NOT_TO_DO));
        for &x in spec.avoid {
            w.push_str(&format!("- {}\n", text::avoid(x)));
        }
        let templates = templates_for(o);
        if !templates.is_empty() {
            w.push_str(&format!("\n**{}**\n\n", words::TEMPLATES));
            for t in templates {
                w.push_str(&format!("- {}\n", offer(t)));
            }
        }
        let sources: Vec<String> = spec.sources.iter().map(|&s| text::citation(s)).collect();
        w.push_str(&format!(
            "\n{} : {}\n\n",
            words::SOURCES,
            sources.join(" ; ")
        ));
    }
    w.push_str(&format!(
        "## {}\n\n{}\n\n",
        words::PATH_ADVICE,
        words::PATH_ADVICE_INTRO
    ));
    for advice in crate::engine::advice::PATH_ADVICE {
        let when: Vec<String> = advice.when.iter().map(|&c| path_condition(c)).collect();
        w.push_str(&format!("### {} {}\n\n", words::WHEN, when.join(words::OR)));
        if !advice.unless.is_empty() {
            let unless: Vec<String> = advice.unless.iter().map(|&c| path_condition(c)).collect();
            w.push_str(&format!("{} {}\n\n", words::UNLESS, unless.join(words::OR)));
        }
        if !advice.outcomes.is_empty() {
            let only: Vec<&str> = advice.outcomes.iter().map(|o| o.id()).collect();
            w.push_str(&format!("{} {}\n\n", words::FOR_OUTCOMES, only.join(", ")));
        }
        if !advice.except.is_empty() {
            let except: Vec<&str> = advice.except.iter().map(|o| o.id()).collect();
            w.push_str(&format!(
                "{} {}\n\n",
                words::EXCEPT_OUTCOMES,
                except.join(", ")
            ));
        }
        for &a in advice.actions {
            w.push_str(&format!("- {}\n", text::action(a)));
        }
        for &x in advice.avoid {
            w.push_str(&format!("- {} {}\n", words::AVOID_PREFIX, text::avoid(x)));
        }
        let sources: Vec<String> = advice.sources.iter().map(|&s| text::citation(s)).collect();
        w.push_str(&format!(
            "\n{} : {}\n\n",
            words::SOURCES,
            sources.join(" ; ")
        ));
    }
    w.push_str(&format!("## {}\n\n", words::INTERPRETATIONS));
    for &i in Interpretation::ALL {
        w.push_str(&format!(
            "- {} ({})\n",
            text::interpretation(i),
            validation(i)
        ));
    }
    w.push_str(&format!("\n## {}\n\n", words::REGISTRY));
    w.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        words::COL_SOURCE,
        words::COL_STANDING,
        words::COL_CHECKED,
        words::COL_OFFICIAL,
        words::COL_DOCUMENT
    ));
    for &s in Source::ALL {
        let e = s.entry();
        w.push_str(&format!(
            "| {} (`{}`) | {} | {} | {} | {} |\n",
            cell(e.reference),
            s.id(),
            cell(text::standing_note(e.standing).unwrap_or(words::IN_FORCE)),
            e.checked,
            cell(e.official.unwrap_or("–")),
            e.document.map_or(words::NOT_HELD, |d| d.path())
        ));
    }
    w.push_str(&format!("\n## {}\n\n", words::CASES));
    w.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        words::COL_SITUATION,
        words::COL_ANSWERS,
        words::COL_DECISION
    ));
    for case in cases {
        w.push_str(&format!(
            "| {} | {} | {} |\n",
            cell(case.name),
            cell(&answers(case)),
            cell(&result(case))
        ));
    }
    out
}

/// A path condition, in words.
pub fn path_condition(c: crate::engine::When) -> String {
    match c {
        crate::engine::When::Read(fact, value) => format!(
            "« {} » : {}",
            text::question(fact).title,
            text::answer(value)
        ),
        crate::engine::When::Fired(rule) => format!("{} {rule}", words::RULE_FIRED),
    }
}

/// Every rule id the book shows, in reading order (for its tests).
pub fn rule_ids() -> Vec<RuleId> {
    all_rules().map(|r| r.id).collect()
}
