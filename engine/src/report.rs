//! What an evaluation reports: its status and trace, and for a complete
//! one the citations, actions, things to avoid, interpretations,
//! reminders and templates, gathered from the tables in one place.

use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

use super::advice::{PathAdvice, Reminder, When, PATH_ADVICE};
use super::facts::{Choice, Fact, Value};
use super::interpretations::{Interpretation, Trigger};
use super::outcome::Outcome;
use super::rules::{Rule, ASKED_FIRST};
use super::sources::Source;
use super::templates::{self, Template};
use super::vocabulary::{Action, Adviser, Avoid};

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

/// Adds the items not in the list yet, in order.
pub(crate) fn push_new<T: PartialEq>(list: &mut Vec<T>, items: impl IntoIterator<Item = T>) {
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

    /// The rule that decided: the last rule that fired.
    pub fn deciding_rule(&self) -> Option<&'static Rule> {
        self.decisive_rules().last()
    }

    /// The path advice this evaluation shows, in [`PATH_ADVICE`]'s order.
    pub fn path_advice(&self) -> impl Iterator<Item = &'static PathAdvice> + '_ {
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
    pub(crate) fn shows(&self, when: When) -> bool {
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

    /// The sources of the decisive rules, the outcome and the path advice
    /// shown, without repeats; empty while incomplete.
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

    /// The templates this evaluation offers; none while incomplete.
    pub fn templates(&self) -> Vec<Template> {
        let Some(outcome) = self.outcome() else {
            return Vec::new();
        };
        Template::ALL
            .iter()
            .copied()
            .filter(|&t| {
                let (outcomes, when) = templates::offers(t);
                outcomes.contains(&outcome) && when.is_none_or(|w| self.shows(w))
            })
            .collect()
    }

    /// The sources `template` cites. A text that leaves the CPAS cites the
    /// same sources whatever the answers, so that it reveals nothing of what
    /// the CPAS knows about the person (a danger lead in a refusal would); a
    /// note that stays inside cites the whole evaluation's.
    pub fn template_sources(&self, template: Template) -> Vec<Source> {
        match template.sent_out() {
            Some(fixed) => fixed.to_vec(),
            None => self.citations(),
        }
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
