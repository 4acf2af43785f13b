//! What an evaluation reports beyond its outcome, where the mutation
//! tester found nothing checking it: reminders, the sources of a note
//! that stays inside, which rules an interpretation reads, where a
//! template is offered, which sources are leads, and the messages that
//! refuse a bad fact set.

use secret_pro_engine::templates::offers;
use secret_pro_engine::{
    evaluate, Choice, Evaluation, Fact, Facts, Interpretation, Outcome, Reminder, RuleId, Source,
    Template, Value, When,
};

fn facts(json: &str) -> Evaluation {
    evaluate(&serde_json::from_str(json).expect("valid facts"))
}

fn refused(json: &str) -> String {
    serde_json::from_str::<Facts>(json)
        .expect_err("refused")
        .to_string()
}

#[test]
fn every_outcome_recalls_the_reminders_but_the_one_that_would_contradict_it() {
    let own = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "person_concerned"}"#,
    );
    let internal = facts(
        r#"{"situation": "request", "covered": true, "origin": "internal", "requester": "internal_procedure"}"#,
    );
    let police = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "police", "danger": false, "form": "oral"}"#,
    );
    let all: Vec<Reminder> = Reminder::ALL.to_vec();
    let without: Vec<Reminder> = all
        .iter()
        .copied()
        .filter(|&r| r != Reminder::SameWordsWhetherKnown)
        .collect();
    assert_eq!(
        own.reminders(),
        without,
        "the person herself is told what concerns her"
    );
    assert_eq!(internal.reminders(), without, "the CPAS's own handling");
    assert_eq!(police.reminders(), all);
    assert!(facts(r#"{"situation": "request"}"#).reminders().is_empty());
}

#[test]
fn a_note_that_stays_inside_cites_the_whole_evaluation_and_a_letter_its_own() {
    let e = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "landlord", "danger": false, "form": "written", "role": "examiner", "identifies_person": true, "consent": false, "cites_legal_basis": false}"#,
    );
    assert_eq!(e.template_sources(Template::ReasonedOpinion), e.citations());
    assert_eq!(
        e.template_sources(Template::AnswerInadmissible),
        Template::AnswerInadmissible.sent_out().unwrap()
    );
    assert_ne!(
        e.citations(),
        Template::AnswerInadmissible.sent_out().unwrap()
    );
}

#[test]
fn an_interpretation_is_shown_where_the_rule_it_reads_decided_or_was_read() {
    assert!(Interpretation::PoliceIsNotTestimony.concerns(RuleId::R30));
    assert!(!Interpretation::PoliceIsNotTestimony.concerns(RuleId::R33));
    assert!(Interpretation::ConsentReadStrictly.concerns(RuleId::R42));
    assert!(!Interpretation::ConsentReadStrictly.concerns(RuleId::R43));
    // Read but not fired: the police's request passes by R30 without firing it.
    let police = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "police", "danger": false, "form": "oral"}"#,
    );
    assert_eq!(
        police.interpretations(),
        [Interpretation::PoliceIsNotTestimony]
    );
    let landlord = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "landlord", "danger": false, "form": "oral"}"#,
    );
    assert!(landlord.interpretations().is_empty());
    // An outside professional by phone: R37 is never read, so "bound is not
    // enough" is not shown, though earlier rules read who asks.
    let professional = facts(
        r#"{"situation": "request", "covered": true, "origin": "external", "requester": "external_professional", "danger": false, "form": "oral"}"#,
    );
    assert!(professional.interpretations().is_empty());
}

#[test]
fn templates_are_offered_where_the_table_says() {
    assert_eq!(
        offers(Template::AnswerRefusal),
        (
            &[Outcome::KeepSecret][..],
            Some(When::Read(Fact::Role, Value::Choice(Choice::Examiner)))
        )
    );
    assert_eq!(
        offers(Template::OralReply),
        (&[Outcome::NoAnswerOral][..], None)
    );
}

/// A lead is shown as a lead to check with the legal service; a text in
/// force, a judgment and an old Code pénal article the circular quotes are
/// not.
#[test]
fn only_leads_are_leads() {
    for source in [
        Source::CircularScope,
        Source::WhySecrecyCaseLaw,
        Source::SecrecyOffence,
    ] {
        assert!(!source.standing().is_lead(), "{source}");
    }
    for source in [
        Source::ChildMaltreatmentDecree,
        Source::WellBeingAtWork,
        Source::ReportingChildDanger,
    ] {
        assert!(source.standing().is_lead(), "{source}");
    }
}

#[test]
fn a_refused_fact_set_is_told_what_is_wrong_by_name() {
    assert_eq!(
        refused(r#"{"gossip": true}"#).split(':').next(),
        Some("unknown fact `gossip`")
    );
    assert_eq!(
        refused(r#"{"requester": true}"#),
        "fact `requester`: true is not a value it takes; expected one of \"internal_procedure\", \"colleague\", \"councillor\", \"person_concerned\", \"court\", \"parliamentary_inquiry\", \"magistrate\", \"search_or_seizure\", \"police\", \"landlord\", \"debt_collector\", \"csil_r\", \"municipal_authority\", \"control_authority\", \"external_professional\", \"other_external\" at line 1 column 19"
    );
    assert!(refused(r#"{"danger": "police"}"#).starts_with(
        "fact `danger`: \"police\" is not a value it takes; expected true, false or \"unsure\""
    ));
    assert!(refused(r#"{"danger": 2}"#).starts_with("fact `danger`: 2 is not a value it takes"));
    assert!(refused(r#"{"danger": 2.5}"#)
        .starts_with("fact `danger`: a decimal number is not a value it takes"));
    assert!(refused(r#"{"danger": null}"#).starts_with("fact `danger`: null is not"));
    assert!(refused(r#"{"danger": [true]}"#).starts_with("fact `danger`: a list is not"));
    assert!(refused(r#"{"danger": {}}"#).starts_with("fact `danger`: an object is not"));
    assert!(
        refused(r#"{"danger": true, "danger": false}"#).starts_with("fact `danger` is given twice")
    );
    assert!(refused("[]").starts_with("expected an object of facts, found a list"));
    assert!(refused(r#""request""#).starts_with("expected an object of facts, found \"request\""));
    assert!(refused(r#"{"origin": "internal", "requester": "police"}"#).starts_with(
        "fact `requester`: \"police\" contradicts `origin` \"internal\", which says the request comes from inside the CPAS"
    ));
}

#[test]
fn answers_given_in_order_make_the_fact_set_and_read_back_in_the_spec_s_order() {
    let facts = Facts::from_answers([
        (Fact::Origin, Value::Choice(Choice::External)),
        (Fact::Situation, Value::Choice(Choice::Request)),
    ])
    .expect("valid answers");
    assert_eq!(
        facts.iter().collect::<Vec<_>>(),
        [
            (Fact::Situation, Value::Choice(Choice::Request)),
            (Fact::Origin, Value::Choice(Choice::External)),
        ]
    );
    let refused = Facts::from_answers([
        (Fact::Origin, Value::Choice(Choice::Internal)),
        (Fact::Requester, Value::Choice(Choice::Police)),
    ]);
    assert!(refused.is_err());
}
