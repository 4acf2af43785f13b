//! Helpers shared by the native tests of the web crate.

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
