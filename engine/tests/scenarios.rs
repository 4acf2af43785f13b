//! Runs the worked cases of spec §5: every file in `tests/scenarios/`, and
//! every file or folder listed in `$SCENARIOS` (paths separated by `:`).
//! A failing case is reported by name with what was expected and what came.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use secret_pro_engine::advice::PATH_ADVICE;
use secret_pro_engine::{
    evaluate, rules, Action, Avoid, Evaluation, Fact, Facts, Interpretation, Outcome, RuleId,
    Source, Template,
};
use serde_json::value::RawValue;
use serde_json::Value as Json;

/// What a case expects: exactly one of the three; an outcome may also
/// name the rule that decides it, so the right outcome for the wrong
/// reason fails, and pin what the outcome says ([`Says`]).
#[derive(Debug, PartialEq)]
enum Expect {
    Outcome(Outcome, Option<RuleId>, Says),
    NextQuestion(Fact),
    Error,
}

/// What a complete evaluation must say, cite and offer, each list exactly
/// and in order, where the case gives it: `citations` (source ids),
/// `actions`, `avoid`, `templates`, `interpretations`.
#[derive(Debug, Default, PartialEq)]
struct Says {
    citations: Option<Vec<Source>>,
    actions: Option<Vec<Action>>,
    avoid: Option<Vec<Avoid>>,
    templates: Option<Vec<Template>>,
    interpretations: Option<Vec<Interpretation>>,
}

impl Says {
    fn holds_for(&self, e: &Evaluation) -> bool {
        self.citations.as_ref().is_none_or(|c| *c == e.citations())
            && self.actions.as_ref().is_none_or(|a| *a == e.actions())
            && self.avoid.as_ref().is_none_or(|x| *x == e.avoid())
            && self.templates.as_ref().is_none_or(|t| *t == e.templates())
            && self
                .interpretations
                .as_ref()
                .is_none_or(|i| *i == e.interpretations())
    }

    fn is_complete(&self) -> bool {
        self.citations.is_some()
            && self.actions.is_some()
            && self.avoid.is_some()
            && self.templates.is_some()
            && self.interpretations.is_some()
    }
}

fn ids<T: fmt::Display>(list: &[T]) -> String {
    let ids: Vec<String> = list.iter().map(|i| format!("\"{i}\"")).collect();
    format!("[{}]", ids.join(", "))
}

impl fmt::Display for Says {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(c) = &self.citations {
            write!(f, "\n    citations {}", ids(c))?;
        }
        if let Some(a) = &self.actions {
            write!(f, "\n    actions {}", ids(a))?;
        }
        if let Some(x) = &self.avoid {
            write!(f, "\n    avoid {}", ids(x))?;
        }
        if let Some(t) = &self.templates {
            write!(f, "\n    templates {}", ids(t))?;
        }
        if let Some(i) = &self.interpretations {
            write!(f, "\n    interpretations {}", ids(i))?;
        }
        Ok(())
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expect::Outcome(o, None, says) => write!(f, "outcome {o}{says}"),
            Expect::Outcome(o, Some(r), says) => write!(f, "outcome {o} decided by {r}{says}"),
            Expect::NextQuestion(q) => write!(f, "next_question {q}"),
            Expect::Error => f.write_str("an error"),
        }
    }
}

struct Case {
    file: PathBuf,
    name: String,
    /// Kept as written, so a fact given twice reaches the parser.
    facts: Box<RawValue>,
    expect: Expect,
}

/// The result of running one case.
enum Actual {
    Evaluated(Evaluation),
    Refused(String),
}

impl Actual {
    fn matches(&self, expect: &Expect) -> bool {
        match (self, expect) {
            (Actual::Evaluated(e), Expect::Outcome(o, rule, says)) => {
                e.outcome() == Some(*o)
                    && rule.is_none_or(|r| e.deciding_rule().map(|d| d.id) == Some(r))
                    && says.holds_for(e)
            }
            (Actual::Evaluated(e), Expect::NextQuestion(q)) => e.next_question() == Some(*q),
            (Actual::Refused(_), Expect::Error) => true,
            _ => false,
        }
    }
}

impl fmt::Display for Actual {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actual::Evaluated(e) => write!(f, "{}", serde_json::to_string(e).unwrap_or_default()),
            Actual::Refused(message) => write!(f, "error: {message}"),
        }
    }
}

fn run(case: &Case) -> Actual {
    match serde_json::from_str::<Facts>(case.facts.get()) {
        Ok(facts) => Actual::Evaluated(evaluate(&facts)),
        Err(e) => Actual::Refused(e.to_string()),
    }
}

fn parse_expect(expect: &Json) -> Result<Expect, String> {
    let mut object = expect
        .as_object()
        .ok_or("`expect` is not an object")?
        .clone();
    let rule = match object.remove("rule") {
        None => None,
        Some(Json::String(id)) => {
            Some(RuleId::from_id(&id).ok_or(format!("`expect.rule`: unknown rule \"{id}\""))?)
        }
        Some(other) => return Err(format!("`expect.rule` is not a string: {other}")),
    };
    let says = Says {
        citations: id_list(&mut object, "citations", Source::from_id)?,
        actions: id_list(&mut object, "actions", Action::from_id)?,
        avoid: id_list(&mut object, "avoid", Avoid::from_id)?,
        templates: id_list(&mut object, "templates", Template::from_id)?,
        interpretations: id_list(&mut object, "interpretations", Interpretation::from_id)?,
    };
    if (rule.is_some() || says != Says::default()) && !object.contains_key("outcome") {
        return Err(
            "`expect.rule`, `citations`, `actions`, `avoid`, `templates` and `interpretations` go only beside `outcome`"
                .into(),
        );
    }
    if object.len() != 1 {
        return Err(format!(
            "`expect` must hold exactly one key, it holds {}",
            object.len()
        ));
    }
    let (key, value) = object.iter().next().expect("one key");
    let text = || {
        value
            .as_str()
            .ok_or(format!("`expect.{key}` is not a string"))
    };
    match key.as_str() {
        "outcome" => Outcome::from_id(text()?)
            .map(|o| Expect::Outcome(o, rule, says))
            .ok_or(format!("`expect.outcome`: unknown outcome {value}")),
        "next_question" => Fact::from_id(text()?)
            .map(Expect::NextQuestion)
            .ok_or(format!("`expect.next_question`: unknown fact {value}")),
        "error" if *value == Json::Bool(true) => Ok(Expect::Error),
        _ => Err(format!(
            "`expect.{key}` is not one of outcome, next_question, error: true"
        )),
    }
}

/// An optional list of ids under `key`, each known to `from_id`.
fn id_list<T>(
    object: &mut serde_json::Map<String, Json>,
    key: &str,
    from_id: fn(&str) -> Option<T>,
) -> Result<Option<Vec<T>>, String> {
    let Some(value) = object.remove(key) else {
        return Ok(None);
    };
    let items = value
        .as_array()
        .ok_or(format!("`expect.{key}` is not a list"))?;
    items
        .iter()
        .map(|item| {
            let id = item
                .as_str()
                .ok_or(format!("`expect.{key}`: {item} is not a text"))?;
            from_id(id).ok_or(format!("`expect.{key}`: unknown id \"{id}\""))
        })
        .collect::<Result<Vec<T>, String>>()
        .map(Some)
}

/// A case with its facts as written.
#[derive(serde::Deserialize)]
struct RawEntry {
    facts: Option<Box<RawValue>>,
}

fn load_file(path: &Path) -> Result<Vec<Case>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let entries: Vec<serde_json::Map<String, Json>> = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not an array of cases: {e}", path.display()))?;
    let raw: Vec<RawEntry> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    entries
        .iter()
        .zip(raw)
        .enumerate()
        .map(|(i, (entry, raw))| {
            let at = |what: String| format!("{} case {}: {what}", path.display(), i + 1);
            let name = entry["name"]
                .as_str()
                .ok_or_else(|| at("no `name`".into()))?
                .to_string();
            // Beside `name`, a case may carry `titre`: the situation in French,
            // as the rule book shows it.
            if entry.get("titre").is_some_and(|t| !t.is_string()) {
                return Err(at(format!("{name}: `titre` is not a string")));
            }
            let facts = raw.facts.ok_or_else(|| at(format!("{name}: no `facts`")))?;
            let expect = parse_expect(&entry["expect"]).map_err(|e| at(format!("{name}: {e}")))?;
            Ok(Case {
                file: path.to_path_buf(),
                name,
                facts,
                expect,
            })
        })
        .collect()
}

fn json_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !path.is_dir() {
        return Err(format!("scenario path {} does not exist", path.display()));
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))? {
        let p = entry.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            files.extend(json_files(&p)?);
        } else if p.extension().is_some_and(|x| x == "json") {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

fn load(paths: &[PathBuf]) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match json_files(path) {
            Ok(files) => {
                for file in files {
                    match load_file(&file) {
                        Ok(c) => cases.extend(c),
                        Err(e) => problems.push(e),
                    }
                }
            }
            Err(e) => problems.push(e),
        }
    }
    assert!(
        problems.is_empty(),
        "scenario files could not be read:\n{}",
        problems.join("\n")
    );
    cases
}

fn own_dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("tests/scenarios")
}

fn extra_paths() -> Vec<PathBuf> {
    std::env::var("SCENARIOS")
        .map(|v| {
            v.split(':')
                .filter(|p| !p.is_empty())
                .map(PathBuf::from)
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_scenario_gives_what_it_expects() {
    let mut paths = vec![own_dir()];
    paths.extend(extra_paths());
    let cases = load(&paths);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let actual = run(case);
            (!actual.matches(&case.expect)).then(|| {
                format!(
                    "FAIL {} ({})\n  expected: {}\n  actual:   {}",
                    case.name,
                    case.file.display(),
                    case.expect,
                    actual
                )
            })
        })
        .collect();
    println!("{} scenarios from {} path(s)", cases.len(), paths.len());
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Our own cases must exercise the whole model, so a rule nobody tests
/// cannot hide.
#[test]
fn own_scenarios_cover_every_rule_outcome_question_and_error_kind() {
    let cases = load(&[own_dir()]);
    assert!(
        cases.len() >= 60,
        "only {} scenarios of our own",
        cases.len()
    );
    let without_reason: Vec<&str> = cases
        .iter()
        .filter(|c| matches!(c.expect, Expect::Outcome(_, None, _)))
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        without_reason.is_empty(),
        "our own cases name the rule that decides (\"rule\" beside \"outcome\"): {without_reason:?}"
    );

    let mut fired = BTreeSet::new();
    let mut outcomes = BTreeSet::new();
    let mut questions = BTreeSet::new();
    let mut error_kinds = BTreeSet::new();
    for case in &cases {
        match (run(case), &case.expect) {
            (Actual::Evaluated(e), _) => {
                fired.extend(e.decisive_rules().map(|r| r.id));
                outcomes.extend(e.outcome());
                questions.extend(e.next_question());
            }
            (Actual::Refused(message), Expect::Error) => {
                error_kinds.insert(error_kind(&message));
            }
            (Actual::Refused(_), _) => {}
        }
    }
    let missing_rules: Vec<_> = rules::all_rules()
        .map(|r| r.id)
        .filter(|id| !fired.contains(id))
        .collect();
    let missing_outcomes: Vec<_> = Outcome::ALL
        .iter()
        .filter(|o| !outcomes.contains(o))
        .collect();
    let asked: BTreeSet<Fact> = all_askable_facts();
    let missing_questions: Vec<_> = asked.iter().filter(|f| !questions.contains(f)).collect();
    let missing_errors: Vec<_> = ERROR_KINDS
        .iter()
        .filter(|k| !error_kinds.contains(*k))
        .collect();
    assert!(
        missing_rules.is_empty(),
        "rules never fired: {missing_rules:?}"
    );
    assert!(
        missing_outcomes.is_empty(),
        "outcomes never reached: {missing_outcomes:?}"
    );
    assert!(
        missing_questions.is_empty(),
        "questions never asked: {missing_questions:?}"
    );
    assert!(
        missing_errors.is_empty(),
        "error kinds never tested: {missing_errors:?}"
    );
}

const ERROR_KINDS: &[&str] = &[
    "unknown fact",
    "wrong value",
    "repeated",
    "contradiction",
    "not an object",
];

fn error_kind(message: &str) -> &'static str {
    if message.contains("unknown fact") {
        "unknown fact"
    } else if message.contains("given twice") {
        "repeated"
    } else if message.contains("contradicts") {
        "contradiction"
    } else if message.contains("is not a value it takes") {
        "wrong value"
    } else if message.contains("expected an object of facts") {
        "not an object"
    } else {
        "other"
    }
}

/// Every fact some rule reads, plus those asked first: each is a step of
/// the asking order.
fn all_askable_facts() -> BTreeSet<Fact> {
    let mut facts: BTreeSet<Fact> = rules::ASKED_FIRST.iter().copied().collect();
    for section in rules::RULE_BASE {
        facts.extend(section.heading.iter().map(|c| c.fact));
    }
    for rule in rules::all_rules() {
        facts.extend(rule.when.iter().map(|c| c.fact));
        if let rules::Then::Branch { fact, .. } = rule.then {
            facts.insert(fact);
        }
    }
    facts
}

#[test]
fn a_missing_scenarios_path_is_refused() {
    let missing = own_dir().join("no-such-file.json");
    let result = std::panic::catch_unwind(|| load(&[missing]));
    let message = result
        .err()
        .and_then(|e| e.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    assert!(message.contains("does not exist"), "got: {message:?}");
}

/// Our own cases pin, for every outcome, what it says, cites and offers,
/// and every piece of path advice on a path that shows it: a source, an
/// action or a template lost or moved fails a case.
#[test]
fn own_scenarios_pin_what_every_outcome_and_path_advice_says() {
    let cases = load(&[own_dir()]);
    let mut pinned = BTreeSet::new();
    let mut advised = BTreeSet::new();
    for case in &cases {
        let Expect::Outcome(outcome, _, says) = &case.expect else {
            continue;
        };
        if !says.is_complete() {
            continue;
        }
        pinned.insert(*outcome);
        if let Actual::Evaluated(e) = run(case) {
            advised.extend(
                e.path_advice()
                    .filter_map(|a| PATH_ADVICE.iter().position(|p| p == a)),
            );
        }
    }
    let unpinned: Vec<_> = Outcome::ALL
        .iter()
        .filter(|o| !pinned.contains(o))
        .collect();
    assert!(
        unpinned.is_empty(),
        "no case pins citations, actions, avoid, templates and interpretations of: {unpinned:?}"
    );
    // Each entry, not each action: an action that several entries or an
    // outcome also give would hide an entry no case shows.
    let unshown: Vec<_> = PATH_ADVICE
        .iter()
        .enumerate()
        .filter(|(i, _)| !advised.contains(i))
        .map(|(_, a)| (a.when, a.actions, a.avoid))
        .collect();
    assert!(
        unshown.is_empty(),
        "path advice no pinned case shows: {unshown:?}"
    );
}
