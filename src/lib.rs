//! secret-pro: the guide CPAS staff open when someone asks them for
//! information covered by professional secrecy.

pub mod app;
pub mod config;
pub mod engine;
pub mod rulebook;
pub mod text;
pub mod training;
pub mod worked_cases;
