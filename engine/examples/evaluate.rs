//! Evaluates fact sets natively, for the browser parity test: reads a JSON
//! array of fact-set texts on stdin, prints a JSON array of
//! `{"ok": evaluation}` or `{"error": message}`.

use std::io::Read;

use secret_pro_engine::{evaluate, Facts};
use serde_json::{json, Value};

fn main() {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read stdin: {e}");
        std::process::exit(2);
    }
    let texts: Vec<String> = match serde_json::from_str(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("stdin is not a JSON array of strings: {e}");
            std::process::exit(2);
        }
    };
    let results: Vec<Value> = texts
        .iter()
        .map(|text| match serde_json::from_str::<Facts>(text) {
            Ok(facts) => json!({ "ok": evaluate(&facts) }),
            Err(e) => json!({ "error": e.to_string() }),
        })
        .collect();
    println!("{}", Value::Array(results));
}
