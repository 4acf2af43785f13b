#![forbid(unsafe_code)]
#![deny(missing_docs)]
//! The decision model of the Walloon circular of 2 June 2022 on
//! professional secrecy in the CPAS: facts in, evaluation out.
//!
//! Pure Rust with no web dependency, so it is tested natively and runs
//! unchanged in the browser. The rules are data ([`rules::RULE_BASE`]),
//! read by one evaluator ([`evaluate`]); every rule, outcome and piece of
//! advice carries its sources ([`Source`]). Wording for users is not here:
//! the page's text module gives each id its French.
//!
//! A crate of its own, depending on serde alone, so nothing web can creep
//! in and its tests build without the web stack.

pub mod advice;
pub mod evaluate;
pub mod facts;
pub mod interpretations;
pub mod outcome;
pub mod rules;
pub mod sources;
pub mod templates;

pub use advice::{Action, Adviser, Avoid, Reminder, When};
pub use evaluate::{evaluate, Evaluation, Status, Step};
pub use facts::{Choice, Fact, FactError, Facts, Given, Kind, Value};
pub use interpretations::{Interpretation, Validation};
pub use outcome::Outcome;
pub use rules::{RuleId, VALID_AS_OF, VERSION};
pub use sources::{Document, Source, Standing};
pub use templates::Template;
