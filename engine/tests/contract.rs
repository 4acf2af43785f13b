//! `docs/contract.md` names every fact, value and outcome the engine
//! knows, so the contract written for people cannot fall behind the code.

use secret_pro_engine::{Choice, Fact, Outcome};

#[test]
fn the_contract_lists_every_fact_value_and_outcome() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/contract.md");
    let contract = std::fs::read_to_string(path).expect("docs/contract.md");
    let missing: Vec<String> = Fact::ALL
        .iter()
        .map(|f| f.id())
        .chain(Choice::ALL.iter().map(|c| c.id()))
        .chain(Outcome::ALL.iter().map(|o| o.id()))
        .filter(|id| !contract.contains(&format!("`{id}`")))
        .map(str::to_string)
        .collect();
    assert!(
        missing.is_empty(),
        "docs/contract.md does not name: {missing:?}"
    );
}
