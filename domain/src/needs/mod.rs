//! Where help is missing ("analýza potřeb"): what residents looked for and did not find, counted
//! anonymously per day (`signal.rs`, `day.rs`), read back as tables that never show a rare
//! subject (`report.rs`); the population by age from ČSÚ (`population.rs`) and the supply of
//! services per 1,000 inhabitants of an audience's age (`supply.rs`).

pub mod day;
pub mod population;
pub mod report;
pub mod signal;
pub mod supply;
pub mod view;

pub use day::Day;
pub use signal::{Signal, SignalKind};
