#![forbid(unsafe_code)]
#![deny(missing_docs)]
//! The decision model of the Walloon circular of 2 June 2022 on
//! professional secrecy in the CPAS: facts in, evaluation out.
//!
//! Pure Rust with no web dependency, so it is tested natively and runs
//! unchanged in the browser. The rules are data ([`rules::RULE_BASE`]),
//! read by one evaluator ([`evaluate()`]); every rule, outcome and piece of
//! advice carries its sources ([`Source`]). Wording for users is not here:
//! the page's text module gives each id its French. One exception: the
//! registry of sources (`sources.rs`) holds each source's citation, its
//! official reference and the circular's exact words, in French as the
//! texts are, because they are legal data a lawyer checks beside the rules,
//! not the guide's own words.
//!
//! A crate of its own, depending on serde alone, so nothing web can creep
//! in and its tests build without the web stack.

pub mod advice;
pub mod evaluate;
pub mod facts;
mod ids;
pub mod interpretations;
pub mod outcome;
pub mod report;
pub mod rules;
pub mod sources;
pub mod templates;
pub mod vocabulary;

pub use advice::{Reminder, When};
pub use evaluate::evaluate;
pub use facts::{Choice, Fact, FactError, Facts, Given, Kind, Value};
pub use interpretations::Interpretation;
pub use outcome::Outcome;
pub use report::{Evaluation, Status, Step};
pub use rules::{RuleId, VALID_AS_OF, VERSION};
pub use sources::{Document, Source, Standing};
pub use templates::Template;
pub use vocabulary::{Action, Adviser, Avoid};
