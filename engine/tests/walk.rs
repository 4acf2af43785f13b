//! The exhaustive walk: from no answer at all, every possible answer to
//! every question the engine asks, until each path ends.

use std::collections::BTreeSet;

use secret_pro_engine::{evaluate, rules, Choice, Fact, Facts, Outcome, RuleId, Status, Value};

struct Walk {
    paths: usize,
    longest: Vec<Fact>,
    outcomes: BTreeSet<Outcome>,
    fired: BTreeSet<RuleId>,
}

fn explore(facts: &Facts, asked: &mut Vec<Fact>, walk: &mut Walk) {
    let evaluation = evaluate(facts);
    match evaluation.status {
        Status::Incomplete(question) => {
            assert!(
                !asked.contains(&question),
                "{question} asked twice on the path {asked:?}"
            );
            let answers = facts.answers_for(question);
            assert!(
                !answers.is_empty(),
                "no answer possible to {question} after {asked:?}"
            );
            asked.push(question);
            for answer in answers {
                let next = facts
                    .clone()
                    .with(question, answer)
                    .expect("an offered answer is valid");
                explore(&next, asked, walk);
            }
            asked.pop();
        }
        Status::Complete(outcome) => {
            walk.paths += 1;
            walk.outcomes.insert(outcome);
            walk.fired.extend(evaluation.decisive_rules().map(|r| r.id));
            let last = evaluation
                .trace
                .last()
                .expect("a complete evaluation read rules");
            assert!(last.fired, "path {asked:?} ended without a rule firing");
            let read = evaluation.read_facts();
            for fact in asked.iter() {
                assert!(
                    read.contains(fact),
                    "{fact} was asked on {asked:?} but no rule read it"
                );
            }
            assert_eq!(
                asked.first(),
                Some(&Fact::Situation),
                "situation is asked first"
            );
            // Data that already left is a breach whether or not the secret
            // covers it (R50): nothing more is asked.
            if facts.get(Fact::Situation) == Some(Value::Choice(Choice::AlreadyDisclosed)) {
                assert_eq!(asked.len(), 1, "{asked:?}: a breach asks nothing more");
            } else {
                assert_eq!(
                    asked.get(1),
                    Some(&Fact::Covered),
                    "covered is asked second"
                );
            }
            if facts.get(Fact::Covered) == Some(Value::Yes)
                || facts.get(Fact::Covered) == Some(Value::Unsure)
            {
                let third: &[Fact] = match facts.get(Fact::Situation) {
                    Some(Value::Choice(Choice::Request)) => &[Fact::Origin, Fact::Requester],
                    Some(Value::Choice(Choice::CouncillorDisclosure)) => &[Fact::DiscloseTo],
                    Some(Value::Choice(Choice::OwnInitiative)) => &[Fact::Danger],
                    other => panic!("{other:?}: a situation the walk does not know"),
                };
                assert!(
                    asked[2..].starts_with(third),
                    "{asked:?} should continue with {third:?}"
                );
            }
            if asked.len() > walk.longest.len() {
                walk.longest = asked.clone();
            }
        }
    }
}

#[test]
fn every_path_ends_in_an_outcome_and_reaches_every_rule() {
    let mut walk = Walk {
        paths: 0,
        longest: Vec::new(),
        outcomes: BTreeSet::new(),
        fired: BTreeSet::new(),
    };
    explore(&Facts::new(), &mut Vec::new(), &mut walk);

    let ids: Vec<&str> = walk.longest.iter().map(|f| f.id()).collect();
    println!(
        "{} paths; longest has {} questions: {}",
        walk.paths,
        ids.len(),
        ids.join(" > ")
    );

    let unreached: Vec<_> = Outcome::ALL
        .iter()
        .filter(|o| !walk.outcomes.contains(o))
        .collect();
    assert!(
        unreached.is_empty(),
        "outcomes never reached: {unreached:?}"
    );
    let unfired: Vec<_> = rules::all_rules()
        .map(|r| r.id)
        .filter(|id| !walk.fired.contains(id))
        .collect();
    assert!(unfired.is_empty(), "rules never fired: {unfired:?}");
}
