//! The rule book is generated, never written by hand: `docs/regles.md`
//! and `src/app/rulebook.html` must be what the rule tables, the French text,
//! the registry and `tests/scenarios/` give today. On a difference the test
//! fails with the command that regenerates them, so every change to a rule
//! reaches the lawyers as a French diff.

use std::path::{Path, PathBuf};

use secret_pro::engine::{Fact, Facts, Outcome, RuleId};
use secret_pro::rulebook;
use secret_pro::rulebook::WorkedCase;
use serde_json::Value as Json;

const REGENERATE: &str = "SECRET_PRO_REGENERATE=1 cargo test --test rulebook";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The worked cases as the scenario files give them today (error cases
/// left out: they have no answers to show).
fn scenario_cases() -> Vec<WorkedCase> {
    let dir = root().join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/scenarios")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("scenario file");
        let raw: Vec<Json> = serde_json::from_str(&text).expect("an array of cases");
        for case in raw {
            let expect = &case["expect"];
            if expect.get("error").is_some() {
                continue;
            }
            let Ok(facts) = serde_json::from_value::<Facts>(case["facts"].clone()) else {
                continue;
            };
            let name = case["name"].as_str().expect("a name").to_string();
            cases.push(WorkedCase {
                // The test lives as long as the process: leaking gives the
                // 'static data the rule book's type holds.
                name: Box::leak(name.into_boxed_str()),
                answers: Box::leak(facts.iter().collect::<Vec<_>>().into_boxed_slice()),
                outcome: expect["outcome"].as_str().and_then(Outcome::from_id),
                rule: expect["rule"].as_str().and_then(RuleId::from_id),
                next_question: expect["next_question"].as_str().and_then(Fact::from_id),
            });
        }
    }
    cases
}

fn check(path: &Path, expected: &str) {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == expected {
        return;
    }
    if std::env::var_os("SECRET_PRO_REGENERATE").is_some() {
        std::fs::write(path, expected).expect("write the generated file");
        return;
    }
    panic!(
        "{} is not what the rules, texts and scenarios give today. Regenerate it with:\n  {REGENERATE}\nthen review and commit the diff.",
        path.display()
    );
}

#[test]
fn the_rulebook_page_is_generated_from_the_rules() {
    check(
        &root().join("src/app/rulebook.html"),
        &rulebook::html(&scenario_cases()),
    );
}

#[test]
fn docs_regles_is_generated_from_the_rules() {
    check(
        &root().join("docs/regles.md"),
        &rulebook::markdown(&scenario_cases()),
    );
}

#[test]
fn the_rule_book_shows_every_rule_with_its_reason_and_sources() {
    let book = rulebook::markdown(&scenario_cases());
    for id in rulebook::rule_ids() {
        assert!(
            book.contains(&format!("#### {id}\n")),
            "{id} missing from the rule book"
        );
    }
    for entry in secret_pro::engine::Source::ALL {
        assert!(
            book.contains(entry.reference()),
            "{entry} missing from the registry table"
        );
    }
    assert!(
        book.contains("ancien Code pénal"),
        "old-code standing rendered"
    );
}
