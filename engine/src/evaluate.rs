//! The one evaluator: reads the rule tables in order with three-valued
//! logic and says either what to ask next or what to do, with its trace.

use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

use super::advice::{Action, Adviser, Avoid, PathAdvice, Reminder, When, PATH_ADVICE};
use super::facts::{Choice, Fact, Facts, Value};
use super::interpretations::{Interpretation, Trigger};
use super::outcome::Outcome;
use super::rules::{Condition, Rule, Test, Then, ASKED_FIRST, RULE_BASE};
use super::sources::Source;

/// Where the evaluation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The facts decide: this is what to do.
    Complete(Outcome),
    /// One more fact is needed: ask this one.
    Incomplete(Fact),
}

/// One rule read on the way, and whether it fired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The rule read.
    pub rule: &'static Rule,
    /// Whether all its conditions held.
    pub fired: bool,
    /// The answers it read (its section's heading included), in reading order.
    pub facts: Vec<(Fact, Value)>,
}

/// The result of evaluating a set of facts (spec §4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// Complete with an outcome, or the next question.
    pub status: Status,
    /// Every rule read that fired or not, in order.
    pub trace: Vec<Step>,
    /// The facts answered "je ne sais pas" that the evaluation read as
    /// their strict answer: points to verify with the [`Evaluation::adviser`].
    /// A fact a rule read as "unsure" itself (R3U) is the decision, not a
    /// point to verify.
    pub unsure: Vec<Fact>,
}

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
                Status::Complete(if holds(fact, value, Test::Yes) {
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
                if !holds(condition.fact, value, condition.test) {
                    return Truth::No;
                }
            }
        }
    }
    first_unknown.map_or(Truth::Yes, Truth::Unknown)
}

impl Condition {
    /// Whether this answer passes the condition ("je ne sais pas" read as
    /// the fact's strict answer).
    pub fn accepts(&self, value: Value) -> bool {
        holds(self.fact, value, self.test)
    }
}

fn holds(fact: Fact, value: Value, test: Test) -> bool {
    let yes = match value {
        Value::Yes => Some(true),
        Value::No => Some(false),
        Value::Unsure => Some(fact.strict_answer()),
        Value::Choice(_) => None,
    };
    match (test, value, yes) {
        (Test::Is(c), Value::Choice(v), _) => v == c,
        (Test::OneOf(cs), Value::Choice(v), _) => cs.contains(&v),
        (Test::Yes, _, Some(b)) => b,
        (Test::No, _, Some(b)) => !b,
        (Test::Unsure, Value::Unsure, _) => true,
        _ => false,
    }
}

fn push_new<T: PartialEq>(list: &mut Vec<T>, items: impl IntoIterator<Item = T>) {
    for item in items {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

impl Evaluation {
    /// The outcome, once the facts decide.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.status {
            Status::Complete(o) => Some(o),
            Status::Incomplete(_) => None,
        }
    }

    /// The fact to ask next, while the facts do not decide.
    pub fn next_question(&self) -> Option<Fact> {
        match self.status {
            Status::Incomplete(f) => Some(f),
            Status::Complete(_) => None,
        }
    }

    /// The rules that fired, which together decided the outcome.
    pub fn decisive_rules(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        self.trace.iter().filter(|s| s.fired).map(|s| s.rule)
    }

    fn path_advice(&self) -> impl Iterator<Item = &'static PathAdvice> + '_ {
        let outcome = self.outcome();
        PATH_ADVICE.iter().filter(move |advice| {
            outcome.is_some_and(|o| {
                (advice.outcomes.is_empty() || advice.outcomes.contains(&o))
                    && !advice.except.contains(&o)
            }) && advice.when.iter().any(|&w| self.shows(w))
                && !advice.unless.iter().any(|&w| self.shows(w))
        })
    }

    /// Whether the path taken shows this.
    pub fn shows(&self, when: When) -> bool {
        match when {
            When::Read(fact, value) => self.read(fact) == Some(value),
            When::Fired(id) => self.decisive_rules().any(|r| r.id == id),
        }
    }

    /// The answer the evaluation read for `fact`, if it read one.
    pub fn read(&self, fact: Fact) -> Option<Value> {
        self.trace
            .iter()
            .flat_map(|s| &s.facts)
            .find(|(f, _)| *f == fact)
            .map(|(_, v)| *v)
    }

    /// Every fact the evaluation depended on: those asked first and those
    /// the trace read. Any other fact may change without changing the result.
    pub fn read_facts(&self) -> Vec<Fact> {
        let mut facts = ASKED_FIRST.to_vec();
        push_new(
            &mut facts,
            self.trace
                .iter()
                .flat_map(|s| s.facts.iter().map(|(f, _)| *f)),
        );
        facts
    }

    /// The sources of the decisive rules, the outcome and the procedure,
    /// without repeats; empty while incomplete.
    pub fn citations(&self) -> Vec<Source> {
        let Some(outcome) = self.outcome() else {
            return Vec::new();
        };
        let mut sources = Vec::new();
        push_new(
            &mut sources,
            self.decisive_rules()
                .flat_map(|r| r.sources.iter().copied()),
        );
        push_new(&mut sources, outcome.spec().sources.iter().copied());
        push_new(
            &mut sources,
            self.path_advice().flat_map(|a| a.sources.iter().copied()),
        );
        sources
    }

    /// What to do now; empty while incomplete.
    pub fn actions(&self) -> Vec<Action> {
        let Some(outcome) = self.outcome() else {
            return Vec::new();
        };
        let examiner = self.adviser() == Adviser::LegalService;
        let mut actions = Vec::new();
        push_new(
            &mut actions,
            outcome
                .spec()
                .actions
                .iter()
                .chain(self.path_advice().flat_map(|a| a.actions))
                .map(|&a| if examiner { a.for_examiner() } else { a }),
        );
        actions
    }

    /// Whom the user turns to with a doubt: the DG, unless the user is the
    /// one examining the request.
    pub fn adviser(&self) -> Adviser {
        if self.read(Fact::Role) == Some(Value::Choice(Choice::Examiner)) {
            Adviser::LegalService
        } else {
            Adviser::Dg
        }
    }

    /// What every outcome recalls, but where it would contradict the
    /// decision; empty while incomplete.
    pub fn reminders(&self) -> Vec<Reminder> {
        self.outcome().map_or_else(Vec::new, |outcome| {
            Reminder::ALL
                .iter()
                .copied()
                .filter(|r| r.applies_to(outcome))
                .collect()
        })
    }

    /// What not to do; empty while incomplete.
    pub fn avoid(&self) -> Vec<Avoid> {
        let Some(outcome) = self.outcome() else {
            return Vec::new();
        };
        let mut avoid = outcome.spec().avoid.to_vec();
        push_new(
            &mut avoid,
            self.path_advice().flat_map(|a| a.avoid.iter().copied()),
        );
        avoid
    }

    /// The model's interpretations that shaped this result.
    pub fn interpretations(&self) -> Vec<Interpretation> {
        Interpretation::ALL
            .iter()
            .copied()
            .filter(|i| match i.trigger() {
                Trigger::Fired(ids) => self.decisive_rules().any(|r| ids.contains(&r.id)),
                Trigger::ReadWith(id, fact, choice) => self
                    .trace
                    .iter()
                    .any(|s| s.rule.id == id && s.facts.contains(&(fact, Value::Choice(choice)))),
            })
            .collect()
    }
}

/// The trace step as spec §4 shows it.
impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct ReadFacts<'a>(&'a [(Fact, Value)]);
        impl Serialize for ReadFacts<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(self.0.len()))?;
                for (fact, value) in self.0 {
                    map.serialize_entry(fact.id(), value)?;
                }
                map.end()
            }
        }
        let mut step = s.serialize_struct("Step", 3)?;
        step.serialize_field("rule", &self.rule.id)?;
        step.serialize_field("fired", &self.fired)?;
        step.serialize_field("facts", &ReadFacts(&self.facts))?;
        step.end()
    }
}

/// The evaluation as spec §4 shows it: `status` with `next_question` or
/// `outcome`, then the trace, and for a complete one its citations, actions,
/// things to avoid, interpretations and templates; `unsure` lists the facts to verify.
impl Serialize for Evaluation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        match self.status {
            Status::Incomplete(fact) => {
                map.serialize_entry("status", "incomplete")?;
                map.serialize_entry("next_question", &fact)?;
            }
            Status::Complete(outcome) => {
                map.serialize_entry("status", "complete")?;
                map.serialize_entry("outcome", &outcome)?;
            }
        }
        map.serialize_entry("trace", &self.trace)?;
        if self.outcome().is_some() {
            map.serialize_entry("citations", &self.citations())?;
            map.serialize_entry("actions", &self.actions())?;
            map.serialize_entry("avoid", &self.avoid())?;
            map.serialize_entry("interpretations", &self.interpretations())?;
            map.serialize_entry("templates", &self.templates())?;
        }
        map.serialize_entry("unsure", &self.unsure)?;
        map.end()
    }
}
