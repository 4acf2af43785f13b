//! Helpers shared by the native tests of the web crate.
// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use std::path::Path;

use secret_pro::engine::{evaluate, Evaluation, Facts, Status};

/// Every complete path the engine can reach, answering every question every
/// way it can be answered: the answers given and the evaluation they end in.
pub fn every_path() -> Vec<(Facts, Evaluation)> {
    fn explore(facts: &Facts, found: &mut Vec<(Facts, Evaluation)>) {
        let evaluation = evaluate(facts);
        match evaluation.status {
            Status::Incomplete(question) => {
                for answer in facts.answers_for(question) {
                    let next = facts
                        .clone()
                        .with(question, answer)
                        .expect("offered answer");
                    explore(&next, found);
                }
            }
            Status::Complete(_) => found.push((facts.clone(), evaluation)),
        }
    }
    let mut found = Vec::new();
    explore(&Facts::new(), &mut found);
    found
}

/// Whether this run regenerates the generated files instead of checking them.
pub fn regenerating() -> bool {
    std::env::var_os("SECRET_PRO_REGENERATE").is_some()
}

/// Fails unless the generated file at `path` (relative to the repository)
/// is `expected`; when regenerating, writes it. `regenerate`: the command
/// the failure tells to run.
pub fn check_generated(path: &str, expected: &str, regenerate: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let current = std::fs::read_to_string(&file).unwrap_or_default();
    if current == expected {
        return;
    }
    if regenerating() {
        std::fs::write(&file, expected).expect("write the generated file");
        return;
    }
    panic!("{path} is not what the rules, words and scenarios give today. Regenerate it with:\n  {regenerate}\nthen review and commit the diff.");
}
