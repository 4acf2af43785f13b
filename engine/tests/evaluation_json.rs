//! The evaluation's JSON shape (spec §4) and the errors' messages (spec §1),
//! as a page or a script calling the engine sees them.

use secret_pro_engine::{evaluate, Facts};
use serde_json::{json, Value};

fn evaluate_json(facts: Value) -> Result<Value, String> {
    let facts: Facts = serde_json::from_value(facts).map_err(|e| e.to_string())?;
    Ok(serde_json::to_value(evaluate(&facts)).unwrap())
}

#[test]
fn an_incomplete_evaluation_names_the_next_question_and_no_outcome() {
    let out = evaluate_json(json!({"situation": "request", "covered": true, "origin": "external"}))
        .unwrap();
    assert_eq!(out["status"], "incomplete");
    assert_eq!(out["next_question"], "requester");
    assert!(out.get("outcome").is_none());
}

#[test]
fn a_complete_evaluation_has_outcome_trace_citations_and_actions() {
    let out = evaluate_json(json!({
        "situation": "request", "covered": true, "origin": "external",
        "requester": "police", "danger": "unsure", "form": "oral"
    }))
    .unwrap();
    assert_eq!(out["status"], "complete");
    assert_eq!(out["outcome"], "no_answer_oral");
    assert!(out.get("next_question").is_none());
    let last = out["trace"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["rule"], "R33");
    assert_eq!(last["fired"], true);
    assert_eq!(last["facts"]["form"], "oral");
    let r32 = out["trace"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["rule"] == "R32")
        .unwrap()
        .clone();
    assert_eq!(r32["fired"], false);
    assert_eq!(r32["facts"]["danger"], "unsure");
    assert_eq!(out["unsure"], json!(["danger"]));
    assert!(out["citations"]
        .as_array()
        .unwrap()
        .contains(&json!("circular-3-external")));
    assert!(out["actions"]
        .as_array()
        .unwrap()
        .contains(&json!("answer_nothing")));
    assert_eq!(out["interpretations"], json!(["police_is_not_testimony"]));
}

#[test]
fn the_examiner_is_told_the_procedure_whatever_the_outcome() {
    let out = evaluate_json(json!({
        "situation": "request", "covered": true, "origin": "external", "requester": "landlord",
        "danger": false, "form": "written", "role": "examiner", "identifies_person": false
    }))
    .unwrap();
    assert_eq!(out["outcome"], "request_inadmissible");
    for action in ["write_reasoned_opinion", "official_answer_double_signature"] {
        assert!(
            out["actions"].as_array().unwrap().contains(&json!(action)),
            "{action}"
        );
    }
    assert!(out["citations"]
        .as_array()
        .unwrap()
        .contains(&json!("circular-3-president")));
}

#[test]
fn every_error_names_the_fact_at_fault() {
    let cases = [
        (json!({"situation": "gossip"}), "`situation`"),
        (json!({"covered": 3}), "`covered`"),
        (json!({"covered": null}), "`covered`"),
        (json!({"nom": "Dupont"}), "`nom`"),
        (
            json!({"origin": "internal", "requester": "police"}),
            "`requester`",
        ),
        (
            json!({"testimony_required": "court"}),
            "`testimony_required`",
        ),
    ];
    for (facts, named) in cases {
        let message = evaluate_json(facts.clone()).unwrap_err();
        assert!(message.contains(named), "{facts} gave {message:?}");
    }
}

#[test]
fn a_wrong_value_lists_the_values_the_fact_takes() {
    let message = evaluate_json(json!({"form": "fax"})).unwrap_err();
    assert!(message.contains("\"oral\", \"written\""), "{message}");
}

// Facts may come from another serde format than JSON (a script's YAML, a
// binary format): a value JSON cannot carry, such as raw bytes, is refused
// saying what was expected, for the whole and for one fact's value.
#[test]
fn bytes_from_another_format_are_refused_saying_what_was_expected() {
    use serde::de::value::{BytesDeserializer, Error, MapDeserializer};
    use serde::Deserialize;

    let whole = Facts::deserialize(BytesDeserializer::<Error>::new(b"situation")).unwrap_err();
    assert!(whole.to_string().contains("an object of facts"), "{whole}");

    let entry = [("covered", BytesDeserializer::<Error>::new(b"yes"))];
    let one = Facts::deserialize(MapDeserializer::<_, Error>::new(entry.into_iter())).unwrap_err();
    assert!(
        one.to_string().contains("true, false or a text value"),
        "{one}"
    );
}
