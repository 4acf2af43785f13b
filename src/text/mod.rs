//! Every French sentence the guide shows, split by who reviews it:
//! `guidance` (the legal guidance), `letters` (reply templates), `ui`
//! (interface words), `local` (the local configuration), `reference`,
//! `rulebook` and `training` (their pages). The verbatim law lives with
//! its source in the engine's registry. French typography (a no-break space
//! before « : ; ! ? » and inside guillemets) is checked by a test that
//! names the place.

pub mod accessibility;
pub mod frame;
mod guidance;
mod letters;
pub mod local;
pub mod questions;
pub mod reference;
pub mod rulebook;
pub mod training;
pub mod ui;

pub use guidance::*;
pub use letters::{template, words as templates, TemplateText};
pub use local::config_problem;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Fact, Source, Standing};

    #[test]
    fn unsure_counts_as_the_answer_that_keeps_the_secret() {
        assert_eq!(
            unsure_note(Fact::Covered).as_deref(),
            Some("«\u{a0}Je ne sais pas\u{a0}» compte comme «\u{a0}Oui\u{a0}».")
        );
        assert_eq!(
            unsure_note(Fact::Consent).as_deref(),
            Some("«\u{a0}Je ne sais pas\u{a0}» compte comme «\u{a0}Non\u{a0}».")
        );
        assert_eq!(unsure_note(Fact::Requester), None);
        for &fact in Fact::ALL {
            assert!(
                !question(fact).hint.contains("compte comme"),
                "{fact}: the hint repeats what « Je ne sais pas » counts as; the answer's own note says it"
            );
        }
    }

    #[test]
    fn a_source_that_is_not_simply_in_force_is_cited_with_its_standing() {
        for &source in Source::ALL {
            let cited = citation(source);
            match source.standing() {
                Standing::InForce => assert_eq!(cited, source.reference()),
                Standing::OldPenalCode | Standing::OldPenalCodeLead => {
                    assert!(cited.contains("ancien Code pénal"), "{source}: {cited}")
                }
                Standing::Lead => assert!(cited.contains("à vérifier"), "{source}: {cited}"),
                Standing::CaseLaw => assert!(cited.contains("jurisprudence"), "{source}: {cited}"),
            }
        }
    }

    /// French typography: a no-break space before « : ; ! ? » and inside
    /// guillemets, in every string of the guide's French. A plain space
    /// there looks the same on screen, so the message names the place.
    #[test]
    fn french_punctuation_takes_a_no_break_space() {
        let files = [
            ("src/text/guidance.rs", include_str!("guidance.rs")),
            ("src/text/letters.rs", include_str!("letters.rs")),
            ("src/text/ui.rs", include_str!("ui.rs")),
            ("src/text/local.rs", include_str!("local.rs")),
            (
                "src/text/accessibility.rs",
                include_str!("accessibility.rs"),
            ),
            ("src/text/questions.rs", include_str!("questions.rs")),
            ("src/text/frame.rs", include_str!("frame.rs")),
            ("src/text/reference.rs", include_str!("reference.rs")),
            ("src/text/rulebook.rs", include_str!("rulebook.rs")),
            ("src/text/training.rs", include_str!("training.rs")),
            ("src/training.rs", include_str!("../training.rs")),
            ("src/rulebook.rs", include_str!("../rulebook.rs")),
        ];
        let mut faults = Vec::new();
        for (file, source) in files {
            // The tests themselves hold punctuation as characters, not French.
            let source = source.split("#[cfg(test)]").next().unwrap_or(source);
            let (mut in_string, mut escaped, mut line, mut previous) = (false, false, 1, '\n');
            for c in source.chars() {
                if c == '\n' {
                    line += 1;
                }
                if in_string {
                    let fault = (previous == ' ' && matches!(c, ':' | ';' | '!' | '?' | '»'))
                        || (previous == '«' && c == ' ');
                    if fault {
                        faults.push(format!("{file}:{line}: plain space beside « {c} »"));
                    }
                }
                if c == '"' && !escaped {
                    in_string = !in_string;
                }
                escaped = c == '\\' && !escaped;
                previous = c;
            }
        }
        assert!(
            faults.is_empty(),
            "use a no-break space (\\u{{a0}}):\n{}",
            faults.join("\n")
        );
    }
}
