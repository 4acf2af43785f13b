//! The rule base reads as the spec's tables say: ids in order, each
//! condition fitting its fact, every rule and outcome with its sources.

use std::collections::BTreeSet;

use secret_pro_engine::rules::{all_rules, Test, Then, RULE_BASE, SHARED_SECRET};
use secret_pro_engine::{Fact, Kind, Outcome, RuleId, Source};

#[test]
fn rule_ids_follow_the_spec_in_order() {
    let ids: Vec<&str> = all_rules().map(|r| r.id.id()).collect();
    assert_eq!(
        ids,
        [
            "R50", "R01", "R10", "R11", "R2P", "R20", "R21", "R22", "R23", "R3A", "R30", "R31",
            "R3S", "R32", "R33", "R34", "R35", "R36", "R37", "R38", "R39", "R3U", "R3Z", "R40",
            "R4S", "R4C", "R41", "R42", "R43", "R4Z", "S1", "S2", "S3", "S4", "S5", "S6"
        ]
    );
}

#[test]
fn every_rule_id_names_exactly_one_rule_in_reading_order() {
    let ids: Vec<RuleId> = all_rules().map(|r| r.id).collect();
    assert_eq!(ids, RuleId::ALL);
}

#[test]
fn every_condition_tests_a_value_its_fact_takes() {
    let conditions = RULE_BASE
        .iter()
        .flat_map(|s| s.heading.iter())
        .chain(all_rules().flat_map(|r| r.when.iter()));
    for condition in conditions {
        let fits = match (condition.fact.kind(), condition.test) {
            (Kind::YesNo, Test::Yes | Test::No | Test::Unsure) => true,
            (Kind::OneOf(values), Test::Is(c)) => values.contains(&c),
            (Kind::OneOf(values), Test::OneOf(cs)) => cs.iter().all(|c| values.contains(c)),
            _ => false,
        };
        assert!(
            fits,
            "{condition:?} tests a value {} does not take",
            condition.fact
        );
    }
    for rule in all_rules() {
        if let Then::Branch { fact, .. } = rule.then {
            assert_eq!(fact.kind(), Kind::YesNo, "{} branches on {fact}", rule.id);
        }
    }
}

#[test]
fn every_fact_is_read_by_some_rule() {
    let mut read: BTreeSet<Fact> = RULE_BASE
        .iter()
        .flat_map(|s| s.heading.iter().map(|c| c.fact))
        .collect();
    for rule in all_rules() {
        read.extend(rule.when.iter().map(|c| c.fact));
        if let Then::Branch { fact, .. } = rule.then {
            read.insert(fact);
        }
    }
    read.insert(Fact::Situation);
    let unread: Vec<_> = Fact::ALL.iter().filter(|f| !read.contains(f)).collect();
    assert!(unread.is_empty(), "facts no rule reads: {unread:?}");
}

#[test]
fn the_shared_secret_test_and_open_sections_end_with_a_rule_that_always_fires() {
    assert!(SHARED_SECRET.last().unwrap().when.is_empty());
    for section in ["request, external", "own_initiative"] {
        let section = RULE_BASE.iter().find(|s| s.name == section).unwrap();
        assert!(
            section.rules.last().unwrap().when.is_empty(),
            "{} has no last rule",
            section.name
        );
    }
}

#[test]
fn every_rule_and_outcome_cites_a_source_and_says_what_to_do() {
    for rule in all_rules() {
        assert!(!rule.sources.is_empty(), "{} cites nothing", rule.id);
    }
    for &outcome in Outcome::ALL {
        let spec = outcome.spec();
        assert!(!spec.sources.is_empty(), "{outcome} cites nothing");
        assert!(!spec.actions.is_empty(), "{outcome} says nothing to do");
        assert!(!spec.avoid.is_empty(), "{outcome} says nothing to avoid");
    }
}

#[test]
fn only_the_spec_disclosing_outcomes_disclose() {
    let disclosing: Vec<&str> = Outcome::ALL
        .iter()
        .filter(|o| o.spec().discloses)
        .map(|o| o.id())
        .collect();
    assert_eq!(
        disclosing,
        [
            "testimony_allowed",
            "disclose_consent",
            "disclose_legal_basis",
            "share_shared_secret",
            // Version 3: what a function in the CPAS's own handling needs, the
            // facts committed against staff, what the child services need.
            "internal_procedure",
            "staff_protection",
            "child_protection"
        ]
    );
}

#[test]
fn each_source_has_its_own_reference() {
    let references: BTreeSet<&str> = Source::ALL.iter().map(|s| s.reference()).collect();
    assert_eq!(
        references.len(),
        Source::ALL.len(),
        "two sources read the same"
    );
}

#[test]
fn r37_asks_what_the_shared_secrecy_test_asks() {
    // R37 cannot hand over to the shared-secrecy table (when it does not
    // fire, R38 and after are read), so it repeats that table's questions:
    // changing one without the other must fail here.
    let facts_read = |rules: &[secret_pro_engine::rules::Rule]| -> BTreeSet<Fact> {
        rules
            .iter()
            .flat_map(|r| {
                let branch = match r.then {
                    Then::Branch { fact, .. } => Some(fact),
                    _ => None,
                };
                r.when.iter().map(|c| c.fact).chain(branch)
            })
            .collect()
    };
    let r37 = all_rules()
        .find(|r| r.id == RuleId::R37)
        .expect("R37 is a rule");
    let mut asked = facts_read(std::slice::from_ref(r37));
    asked.remove(&Fact::Requester);
    assert_eq!(asked, facts_read(SHARED_SECRET));
}
