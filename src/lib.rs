//! secret-pro: the guide CPAS staff open when someone asks them for
//! information covered by professional secrecy.

pub mod app;
pub mod config;
pub mod markup;
pub mod prerender;
pub mod rulebook;
pub mod text;
pub mod training;
pub mod validation_record;
pub mod worked_cases;

/// The rule engine, a crate of its own with no web dependency.
pub use secret_pro_engine as engine;
