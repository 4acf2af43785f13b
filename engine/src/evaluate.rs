//! The one evaluator: reads the rule tables in order with three-valued
//! logic and says either what to ask next or what to do, with its trace.
//! What the result then reports is in `report`.

use super::facts::{Fact, Facts, Value};
use super::outcome::Outcome;
use super::report::{push_new, Evaluation, Status, Step};
use super::rules::{Condition, Rule, Test, Then, ASKED_FIRST, RULE_BASE};

/// Evaluates a set of facts against the rule base.
///
/// ```
/// use secret_pro_engine::{evaluate, Facts, Outcome};
///
/// let facts: Facts = serde_json::from_str(
///     r#"{ "situation": "request", "covered": true, "origin": "external",
///          "requester": "police", "danger": false, "form": "oral" }"#,
/// ).unwrap();
/// let evaluation = evaluate(&facts);
/// assert_eq!(evaluation.outcome(), Some(Outcome::NoAnswerOral));
/// assert_eq!(evaluation.trace.last().unwrap().rule.id.id(), "R33");
/// ```
pub fn evaluate(facts: &Facts) -> Evaluation {
    let mut trace = Vec::new();
    let status = walk(facts, &mut trace);
    let read_as_unsure: Vec<Fact> = trace
        .iter()
        .filter(|s| s.fired)
        .flat_map(|s| s.rule.when)
        .filter(|c| c.test == Test::Unsure)
        .map(|c| c.fact)
        .collect();
    let mut unsure = Vec::new();
    push_new(
        &mut unsure,
        trace
            .iter()
            .flat_map(|s| &s.facts)
            .filter(|(fact, value)| *value == Value::Unsure && !read_as_unsure.contains(fact))
            .map(|&(fact, _)| fact),
    );
    Evaluation {
        status,
        trace,
        unsure,
    }
}

fn walk(facts: &Facts, trace: &mut Vec<Step>) -> Status {
    if let Some(&first) = ASKED_FIRST.iter().find(|&&f| facts.get(f).is_none()) {
        return Status::Incomplete(first);
    }
    for section in RULE_BASE {
        if let Truth::No = check(facts, section.heading, &mut Vec::new()) {
            continue;
        }
        if let Some(status) = read_table(facts, section.heading, section.rules, trace) {
            return status;
        }
    }
    // The sections cover every answer (the exhaustive walk test proves it);
    // were one to fall through, the secret is the rule (circular §4).
    Status::Complete(Outcome::KeepSecret)
}

/// Reads `rules` in order, each under `heading`; `None` when none fired.
fn read_table(
    facts: &Facts,
    heading: &'static [Condition],
    rules: &'static [Rule],
    trace: &mut Vec<Step>,
) -> Option<Status> {
    for rule in rules {
        let mut read = Vec::new();
        match check(facts, heading.iter().chain(rule.when), &mut read) {
            Truth::No => trace.push(Step {
                rule,
                fired: false,
                facts: read,
            }),
            Truth::Unknown(fact) => return Some(Status::Incomplete(fact)),
            Truth::Yes => {
                trace.push(Step {
                    rule,
                    fired: true,
                    facts: read,
                });
                return Some(decide(facts, rule.then, trace));
            }
        }
    }
    None
}

fn decide(facts: &Facts, then: Then, trace: &mut Vec<Step>) -> Status {
    match then {
        Then::Outcome(outcome) => Status::Complete(outcome),
        Then::Branch { fact, yes, no } => match facts.get(fact) {
            None => Status::Incomplete(fact),
            Some(value) => {
                if let Some(step) = trace.last_mut() {
                    step.facts.push((fact, value));
                }
                Status::Complete(if Test::Yes.holds(fact, value) {
                    yes
                } else {
                    no
                })
            }
        },
        Then::Table(rules) => {
            read_table(facts, &[], rules, trace).unwrap_or(Status::Complete(Outcome::KeepSecret))
        }
    }
}

/// Kleene truth of a conjunction.
enum Truth {
    Yes,
    No,
    /// Undecided; the first unknown fact, reading left to right.
    Unknown(Fact),
}

/// Reads conditions left to right, recording the answers read, and stops
/// at the first that fails: a known failure decides even after an unknown.
fn check<'a>(
    facts: &Facts,
    conditions: impl IntoIterator<Item = &'a Condition>,
    read: &mut Vec<(Fact, Value)>,
) -> Truth {
    let mut first_unknown = None;
    for condition in conditions {
        match facts.get(condition.fact) {
            None => {
                first_unknown.get_or_insert(condition.fact);
            }
            Some(value) => {
                if !read.iter().any(|(f, _)| *f == condition.fact) {
                    read.push((condition.fact, value));
                }
                if !condition.accepts(value) {
                    return Truth::No;
                }
            }
        }
    }
    first_unknown.map_or(Truth::Yes, Truth::Unknown)
}
