//! The record of the validations lawyers gave (`law/validations.txt`): who,
//! when, which rule base version, and what it covers. The file's header
//! documents its format. `build.rs` parses it with this same code at build
//! time: a bad entry fails the build with its line number, and the entries
//! are compiled in (`crate::rulebook::RECORDED`), so the guide carries no parser and no
//! header.

use secret_pro_engine::{Interpretation, Outcome, RuleId};

/// The record as the repository holds it.
pub const RECORD: &str = include_str!("../law/validations.txt");

/// What a validation covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The whole rule book.
    Whole,
    /// One rule: its conditions, decision, reason and sources.
    Rule(RuleId),
    /// One outcome's texts: the decision, what to do and not to do.
    Outcome(Outcome),
    /// One of the guide's interpretations.
    Interpretation(Interpretation),
}

/// One validation a lawyer gave, its words borrowed from the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Validation<'a> {
    /// The day it was given, `YYYY-MM-DD`.
    pub on: &'a str,
    /// The lawyer, as he or she agreed to be named.
    pub who: &'a str,
    /// The lawyer's function and body.
    pub function: &'a str,
    /// The rule base version read.
    pub version: &'a str,
    /// What it covers.
    pub scope: Scope,
}

impl Validation<'_> {
    /// The validation as Rust source, for the table `build.rs` writes.
    pub fn rust_source(&self) -> String {
        let scope = match self.scope {
            Scope::Whole => "Scope::Whole".to_string(),
            Scope::Rule(r) => format!("Scope::Rule(RuleId::{r:?})"),
            Scope::Outcome(o) => format!("Scope::Outcome(Outcome::{o:?})"),
            Scope::Interpretation(i) => format!("Scope::Interpretation(Interpretation::{i:?})"),
        };
        format!(
            "Validation {{ on: {:?}, who: {:?}, function: {:?}, version: {:?}, scope: {scope} }},",
            self.on, self.who, self.function, self.version
        )
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&text[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&text[8..10].parse::<u8>().unwrap_or(0))
}

fn scope(text: &str) -> Result<Scope, String> {
    let (kind, id) = text.split_once(' ').unwrap_or((text, ""));
    let unknown = |what: &str| format!("unknown {what} \"{id}\"");
    match (kind, id.trim()) {
        ("whole", "") => Ok(Scope::Whole),
        ("rule", id) => RuleId::from_id(id)
            .map(Scope::Rule)
            .ok_or_else(|| unknown("rule")),
        ("outcome", id) => Outcome::from_id(id)
            .map(Scope::Outcome)
            .ok_or_else(|| unknown("outcome")),
        ("interpretation", id) => Interpretation::from_id(id)
            .map(Scope::Interpretation)
            .ok_or_else(|| unknown("interpretation")),
        _ => Err(format!(
            "scope \"{text}\" is not one of: whole, rule <id>, outcome <id>, interpretation <id>"
        )),
    }
}

fn entry(line: &str) -> Result<Validation<'_>, String> {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let [on, who, function, version, scope_text] = fields[..] else {
        return Err(format!(
            "{} field(s); expected 5 separated by \" | \": date | name | function | rule base version | scope",
            fields.len()
        ));
    };
    if !is_date(on) {
        return Err(format!("date \"{on}\" is not YYYY-MM-DD"));
    }
    for (what, value) in [("name", who), ("function", function), ("version", version)] {
        if value.is_empty() {
            return Err(format!("the {what} is empty"));
        }
    }
    Ok(Validation {
        on,
        who,
        function,
        version,
        scope: scope(scope_text)?,
    })
}

/// Every validation `text` records, in its order, or the first bad entry
/// as "line N: what is wrong".
pub fn parse(text: &str) -> Result<Vec<Validation<'_>>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
        .map(|(i, line)| entry(line).map_err(|why| format!("line {}: {why}", i + 1)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "# a comment\n\
        \n\
        2027-01-15 | Prénom Nom | juriste, Fédération des CPAS | 2022-06-02.2 | rule R33\n\
        2027-02-01 | Autre Nom | avocat | 2022-06-02.1 | whole\n\
        2027-02-02 | Autre Nom | avocat | 2022-06-02.1 | outcome keep_secret\n\
        2027-02-03 | Autre Nom | avocat | 2022-06-02.1 | interpretation police_is_not_testimony\n";

    #[test]
    fn a_record_is_read_line_by_line_with_its_scope() {
        let read = parse(FIXTURE).expect("the fixture reads");
        assert_eq!(read.len(), 4);
        assert_eq!(read[0].who, "Prénom Nom");
        assert_eq!(read[0].function, "juriste, Fédération des CPAS");
        assert_eq!(read[0].version, "2022-06-02.2");
        assert_eq!(read[0].scope, Scope::Rule(RuleId::R33));
        assert_eq!(read[1].scope, Scope::Whole);
        assert_eq!(read[2].scope, Scope::Outcome(Outcome::KeepSecret));
        assert_eq!(
            read[3].scope,
            Scope::Interpretation(Interpretation::PoliceIsNotTestimony)
        );
    }

    /// The table `build.rs` compiles in: each entry as the Rust that
    /// builds it, every kind of scope.
    #[test]
    fn each_entry_is_written_as_the_rust_that_builds_it() {
        let written: Vec<String> = parse(FIXTURE)
            .expect("the fixture reads")
            .iter()
            .map(Validation::rust_source)
            .collect();
        assert_eq!(
            written,
            [
                r#"Validation { on: "2027-01-15", who: "Prénom Nom", function: "juriste, Fédération des CPAS", version: "2022-06-02.2", scope: Scope::Rule(RuleId::R33) },"#,
                r#"Validation { on: "2027-02-01", who: "Autre Nom", function: "avocat", version: "2022-06-02.1", scope: Scope::Whole },"#,
                r#"Validation { on: "2027-02-02", who: "Autre Nom", function: "avocat", version: "2022-06-02.1", scope: Scope::Outcome(Outcome::KeepSecret) },"#,
                r#"Validation { on: "2027-02-03", who: "Autre Nom", function: "avocat", version: "2022-06-02.1", scope: Scope::Interpretation(Interpretation::PoliceIsNotTestimony) },"#,
            ]
        );
    }

    #[test]
    fn a_bad_entry_is_refused_naming_its_line() {
        let bad = |line: &str| parse(&format!("# header\n\n{line}\n")).unwrap_err();
        assert!(bad("2027-01-15 | Nom | juriste | 2022-06-02.2").starts_with("line 3: 4 field(s)"));
        assert!(bad("15/01/2027 | Nom | juriste | 2022-06-02.2 | whole").contains("not YYYY-MM-DD"));
        assert!(bad("2027-13-15 | Nom | juriste | 2022-06-02.2 | whole").contains("not YYYY-MM-DD"));
        assert!(bad("2027-01-15 |  | juriste | 2022-06-02.2 | whole").contains("name is empty"));
        assert!(bad("2027-01-15 | Nom | juriste | 2022-06-02.2 | rule R99")
            .contains("unknown rule \"R99\""));
        assert!(
            bad("2027-01-15 | Nom | juriste | 2022-06-02.2 | outcome nope")
                .contains("unknown outcome")
        );
        assert!(bad("2027-01-15 | Nom | juriste | 2022-06-02.2 | all").contains("is not one of"));
    }
}
