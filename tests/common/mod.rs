//! Helpers shared by the native tests of the web crate.
// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use std::path::Path;

use secret_pro::engine::{evaluate, Evaluation, Fact, Facts, Status, Value};
use secret_pro::text;

/// What [`every_state`] shows of each state.
type Visit<'a> = dyn FnMut(&[(Fact, Value)], &Facts, &Evaluation) + 'a;

/// Every state the guide can reach from no answer, answering each question
/// every way it can be answered: `visit` sees the answers given in their
/// order, the facts, and their evaluation.
pub fn every_state(mut visit: impl FnMut(&[(Fact, Value)], &Facts, &Evaluation)) {
    fn explore(facts: &Facts, so_far: &mut Vec<(Fact, Value)>, visit: &mut Visit<'_>) {
        let evaluation = evaluate(facts);
        visit(so_far, facts, &evaluation);
        if let Status::Incomplete(question) = evaluation.status {
            for answer in facts.answers_for(question) {
                let next = facts
                    .clone()
                    .with(question, answer)
                    .expect("offered answer");
                so_far.push((question, answer));
                explore(&next, so_far, visit);
                so_far.pop();
            }
        }
    }
    explore(&Facts::new(), &mut Vec::new(), &mut visit);
}

/// Every complete path the engine can reach: the answers given and the
/// evaluation they end in.
pub fn every_path() -> Vec<(Facts, Evaluation)> {
    let mut found = Vec::new();
    every_state(|_, facts, evaluation| {
        if let Status::Complete(_) = evaluation.status {
            found.push((facts.clone(), evaluation.clone()));
        }
    });
    found
}

/// The complete paths where `keep` holds: at least one, or the test that
/// asks for them would check nothing.
pub fn paths_where(keep: impl Fn(&Evaluation) -> bool) -> Vec<Evaluation> {
    let kept: Vec<_> = every_path()
        .into_iter()
        .map(|(_, e)| e)
        .filter(|e| keep(e))
        .collect();
    assert!(!kept.is_empty(), "no complete path is of the kind checked");
    kept
}

/// The evaluation of the facts written as JSON (the scenario files' form).
pub fn facts(json: &str) -> Evaluation {
    evaluate(&serde_json::from_str(json).expect("valid facts"))
}

/// What a complete outcome screen tells staff to do, in the page's words:
/// the decision, the actions, the things to avoid.
pub fn what_to_do(e: &Evaluation) -> Vec<String> {
    let outcome = e.outcome().expect("complete");
    let mut all = vec![text::decision(outcome).to_string()];
    all.extend(e.actions().into_iter().map(|a| text::action(a).to_string()));
    all.extend(e.avoid().into_iter().map(|x| text::avoid(x).to_string()));
    all
}

/// Whether this run regenerates the generated files instead of checking them.
pub fn regenerating() -> bool {
    std::env::var_os("SECRET_PRO_REGENERATE").is_some()
}

/// Fails unless the generated file at `path` (relative to the repository)
/// is `expected`, showing where they first differ; when regenerating,
/// writes it. `regenerate`: the command the failure tells to run.
pub fn check_generated(path: &str, expected: &str, regenerate: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let current = std::fs::read_to_string(&file);
    if current.as_deref().ok() == Some(expected) {
        return;
    }
    if regenerating() {
        std::fs::write(&file, expected).expect("write the generated file");
        return;
    }
    let difference = match &current {
        Ok(current) => first_difference(current, expected),
        Err(e) => format!("it cannot be read: {e}"),
    };
    panic!("{path} is not what the rules, words and scenarios give today (- the file, + today):\n{difference}\nRegenerate it with:\n  {regenerate}\nthen review and commit the diff.");
}

/// Where `current` and `expected` first differ, as a short unified-like
/// diff: the line number, up to two lines before, then the file's lines
/// (`-`) and today's (`+`) up to the last difference, eight of each at
/// most, long lines cut around the first character that differs.
pub fn first_difference(current: &str, expected: &str) -> String {
    const CONTEXT: usize = 2;
    const SHOWN: usize = 8;
    const WIDTH: usize = 120;
    let old: Vec<&str> = current.lines().collect();
    let new: Vec<&str> = expected.lines().collect();
    let start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let same_end = old[start..]
        .iter()
        .rev()
        .zip(new[start..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = &old[start..old.len() - same_end];
    let added = &new[start..new.len() - same_end];
    if removed.is_empty() && added.is_empty() {
        return "the lines are the same: the files differ in line endings or the final newline"
            .to_string();
    }
    let column = match (removed.first(), added.first()) {
        (Some(a), Some(b)) => a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count(),
        _ => 0,
    };
    let clip = |line: &str| {
        let length = line.chars().count();
        if length <= WIDTH {
            return line.to_string();
        }
        let from = column.saturating_sub(WIDTH / 3).min(length - WIDTH);
        let cut: String = line.chars().skip(from).take(WIDTH).collect();
        let before = if from > 0 { "…" } else { "" };
        let after = if from + WIDTH < length { "…" } else { "" };
        format!("{before}{cut}{after}")
    };
    let mut out = format!("@@ line {} @@\n", start + 1);
    for line in &old[start.saturating_sub(CONTEXT)..start] {
        out.push_str(&format!(" {}\n", clip(line)));
    }
    for (sign, lines) in [('-', removed), ('+', added)] {
        for line in lines.iter().take(SHOWN) {
            out.push_str(&format!("{sign}{}\n", clip(line)));
        }
        if lines.len() > SHOWN {
            out.push_str(&format!("{sign}… {} more lines\n", lines.len() - SHOWN));
        }
    }
    out
}
