//! Where help is missing: signals counted in memory and added to the database in batches
//! (`signals.rs`), the population by age (`population.rs`), the supply of services against it
//! (`supply.rs`).

mod population;
mod signals;
mod supply;

pub use population::{PopulationImport, PopulationImportError};
pub(crate) use signals::{PendingSignals, TallyCache};
